//! Loading the Annex A guidance on demand: the first Annex A page to need it starts one fetch
//! of the catalog file; every control card then reads the shared result.

use crate::domain::catalog::CATALOG_VERSION;
use crate::domain::guidance::GuidanceBook;
use crate::io::guidance::parse_guidance;
use crate::platform::fetch::fetch_own_text;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The file with the guidance, next to the app. The catalog version in the query string makes
/// browsers fetch the file again after the content changes.
fn guidance_url() -> String {
    format!("annex_a.json?v={CATALOG_VERSION}")
}

/// Where the guidance is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum GuidanceState {
    #[default]
    NotLoaded,
    Loading,
    Ready(Arc<GuidanceBook>),
    Failed(String),
}

impl AppState {
    /// Starts loading the guidance unless it is loaded or loading already. A failed load is
    /// tried again, which is what "Try again" does.
    pub fn ensure_guidance(&self) {
        let guidance = self.guidance;
        let needed = guidance.with_untracked(|current| {
            matches!(current, GuidanceState::NotLoaded | GuidanceState::Failed(_))
        });
        if !needed {
            return;
        }
        guidance.set(GuidanceState::Loading);
        spawn_local(async move {
            let outcome = match fetch_own_text(&guidance_url()).await {
                Ok(text) => match parse_guidance(&text) {
                    Ok(book) => GuidanceState::Ready(Arc::new(book)),
                    Err(error) => GuidanceState::Failed(error),
                },
                Err(error) => GuidanceState::Failed(error.to_string()),
            };
            guidance.set(outcome);
        });
    }
}
