//! The other frameworks: the NIST AI RMF crosswalk and the ISO/IEC 27001 reuse hints, each
//! loaded on demand from a file beside the app by the first page that needs it, checked
//! against the compiled catalog, and kept for the rest of the visit; the crosswalk's CSV
//! export.

use crate::domain::catalog::{catalog, CATALOG_FILES_TAG};
use crate::domain::iso27001_reuse::Iso27001Reuse;
use crate::domain::nist_crosswalk::{self, Crosswalk, CrosswalkCoverage};
use crate::io::csv_nist::nist_csv;
use crate::io::framework_data::{
    parse_crosswalk, parse_iso27001_reuse, ISO27001_FILE_NAME, NIST_FILE_NAME,
};
use crate::platform::{clock, fetch::fetch_own_text};
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Where a framework file is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Loaded<T> {
    #[default]
    NotLoaded,
    Loading,
    Ready(Arc<T>),
    Failed(String),
}

impl<T> Loaded<T> {
    /// The loaded value, if it is ready.
    pub fn ready(&self) -> Option<Arc<T>> {
        match self {
            Loaded::Ready(value) => Some(value.clone()),
            _ => None,
        }
    }

    /// Whether a load should start: never tried, or tried and failed ("Try again").
    fn needs_load(&self) -> bool {
        matches!(self, Loaded::NotLoaded | Loaded::Failed(_))
    }
}

/// The framework files, provided by `App` so that a file loaded once serves every page.
#[derive(Clone, Copy)]
pub struct FrameworksState {
    pub crosswalk: RwSignal<Loaded<Crosswalk>>,
    pub iso27001: RwSignal<Loaded<Iso27001Reuse>>,
}

impl Default for FrameworksState {
    fn default() -> Self {
        FrameworksState::new()
    }
}

/// Fetches a framework file (the catalog's content tag in the query string, so a browser
/// never pairs this app with a cached older file), reads it and checks it.
async fn load_file<T>(
    file_name: &'static str,
    parse: fn(&str) -> Result<T, String>,
    check: fn(&T) -> Result<(), String>,
) -> Result<T, String> {
    let url = format!("{file_name}?v={CATALOG_FILES_TAG}");
    let text = fetch_own_text(&url)
        .await
        .map_err(|error| format!("{file_name} could not be loaded: {error}"))?;
    let value = parse(&text)?;
    check(&value)
        .map_err(|error| format!("{file_name} does not match this version of the app ({error})"))?;
    Ok(value)
}

/// Starts loading into `slot` unless it is loaded or loading already.
fn ensure<T: Send + Sync + 'static>(
    slot: RwSignal<Loaded<T>>,
    file_name: &'static str,
    parse: fn(&str) -> Result<T, String>,
    check: fn(&T) -> Result<(), String>,
) {
    if !slot.with_untracked(Loaded::needs_load) {
        return;
    }
    slot.set(Loaded::Loading);
    spawn_local(async move {
        slot.set(match load_file(file_name, parse, check).await {
            Ok(value) => Loaded::Ready(Arc::new(value)),
            Err(error) => Loaded::Failed(error),
        });
    });
}

impl FrameworksState {
    pub fn new() -> FrameworksState {
        FrameworksState {
            crosswalk: RwSignal::new(Loaded::NotLoaded),
            iso27001: RwSignal::new(Loaded::NotLoaded),
        }
    }

    /// The state provided by `App`; a missing one is a programming error.
    pub fn expect() -> FrameworksState {
        use_context::<FrameworksState>().expect("FrameworksState is provided by App")
    }

    /// Starts loading the NIST AI RMF crosswalk unless it is loaded or loading.
    pub fn ensure_crosswalk(&self) {
        ensure(
            self.crosswalk,
            NIST_FILE_NAME,
            parse_crosswalk,
            |crosswalk| crosswalk.check(catalog()),
        );
    }

    /// Starts loading the ISO/IEC 27001 reuse hints unless they are loaded or loading.
    pub fn ensure_iso27001(&self) {
        ensure(
            self.iso27001,
            ISO27001_FILE_NAME,
            parse_iso27001_reuse,
            |reuse| reuse.check(catalog()),
        );
    }

    /// Starts the first load of the ISO/IEC 27001 reuse hints; unlike `ensure_iso27001`, it
    /// does not retry after a failure, so a view that calls it whenever it redraws cannot
    /// loop on a file that will not load.
    pub fn start_iso27001(&self) {
        if self
            .iso27001
            .with_untracked(|loaded| matches!(loaded, Loaded::NotLoaded))
        {
            self.ensure_iso27001();
        }
    }

    /// The crosswalk's coverage by the open assessment, once the crosswalk is loaded.
    pub fn coverage(&self, state: AppState) -> Option<CrosswalkCoverage> {
        let crosswalk = self.crosswalk.with(Loaded::ready)?;
        Some(
            state
                .summary
                .with(|summary| nist_crosswalk::coverage(&crosswalk, summary)),
        )
    }

    /// Offers the crosswalk with the open assessment's coverage and statuses as CSV.
    pub fn export_crosswalk_csv(&self, state: AppState) {
        let text = match self.crosswalk.with_untracked(Loaded::ready) {
            Some(crosswalk) => Ok(state.summary.with_untracked(|summary| {
                let coverage = nist_crosswalk::coverage(&crosswalk, summary);
                nist_csv(&crosswalk, &coverage, summary, catalog())
            })),
            None => Err("the crosswalk is not loaded yet".to_owned()),
        };
        let filename = format!("nist-ai-rmf-crosswalk-{}.csv", clock::today_text());
        state.offer(Spot::Frameworks, filename, "text/csv;charset=utf-8", text);
    }
}

impl AppState {
    /// Says whether the organisation holds ISO/IEC 27001 certification, which shows the reuse
    /// hints on every item card. It answers nothing.
    pub fn set_holds_iso27001(&self, holds: bool) {
        self.edit(|assessment| {
            assessment.profile.holds_iso27001 = holds;
            Ok::<(), std::convert::Infallible>(())
        });
    }
}
