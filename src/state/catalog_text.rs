//! Loading the catalog prose on demand: the first gap analysis or Annex A page to need it
//! starts one load of both catalog files; every page then reads the shared result. The impact
//! questionnaire's wording is loaded the same way by the first page that shows it.

use crate::domain::catalog::CATALOG_FILES_TAG;
use crate::domain::catalog_text::CatalogText;
use crate::domain::impact_text::ImpactText;
use crate::io::catalog_text::{parse_whole_catalog_text, CatalogFile};
use crate::io::impact_text::{parse_impact_text, IMPACT_FILE_NAME};
use crate::platform::fetch::fetch_own_text;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Where the catalog prose is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum TextState {
    #[default]
    NotLoaded,
    Loading,
    Ready(Arc<CatalogText>),
    Failed(String),
}

/// Loads and checks both catalog files. The tag in the query string changes whenever the
/// files change, so a browser never combines this app with a cached copy of older prose.
pub(crate) async fn load_catalog_text() -> Result<CatalogText, String> {
    let mut sources = Vec::new();
    for file in [CatalogFile::Clauses, CatalogFile::AnnexA] {
        let url = format!("{}?v={CATALOG_FILES_TAG}", file.file_name());
        let source = fetch_own_text(&url)
            .await
            .map_err(|error| format!("{} could not be loaded: {error}", file.file_name()))?;
        sources.push(source);
    }
    let [clauses, annex_a] = sources.as_slice() else {
        return Err("the catalog files could not be loaded".to_owned());
    };
    let text = parse_whole_catalog_text(clauses, annex_a)?;
    text.check_covers_catalog().map_err(|error| {
        format!("the catalog files do not match this version of the app ({error})")
    })?;
    Ok(text)
}

impl AppState {
    /// A question's wording, read reactively from the loaded prose; `None` while it is not
    /// loaded (or for an ID the catalog does not have), so callers can show the ID instead.
    pub fn question_wording(&self, item_id: &str, question_id: &str) -> Option<String> {
        self.catalog_text.with(|loaded| match loaded {
            TextState::Ready(text) => text
                .get(item_id)
                .and_then(|item| item.question(question_id))
                .map(str::to_owned),
            _ => None,
        })
    }

    /// Starts loading the catalog prose unless it is loaded or loading already. A failed load
    /// is tried again, which is what "Try again" does.
    pub fn ensure_catalog_text(&self) {
        let catalog_text = self.catalog_text;
        let needed = catalog_text.with_untracked(|current| {
            matches!(current, TextState::NotLoaded | TextState::Failed(_))
        });
        if !needed {
            return;
        }
        catalog_text.set(TextState::Loading);
        spawn_local(async move {
            catalog_text.set(match load_catalog_text().await {
                Ok(text) => TextState::Ready(Arc::new(text)),
                Err(error) => TextState::Failed(error),
            });
        });
    }
}

/// Where the impact questionnaire's wording is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ImpactTextState {
    #[default]
    NotLoaded,
    Loading,
    Ready(Arc<ImpactText>),
    Failed(String),
}

/// Loads and checks the impact questionnaire's wording.
async fn load_impact_text() -> Result<ImpactText, String> {
    let url = format!("{IMPACT_FILE_NAME}?v={CATALOG_FILES_TAG}");
    let source = fetch_own_text(&url)
        .await
        .map_err(|error| format!("{IMPACT_FILE_NAME} could not be loaded: {error}"))?;
    parse_impact_text(&source)
}

impl AppState {
    /// Starts loading the impact questionnaire's wording unless it is loaded or loading
    /// already; a failed load is tried again.
    pub fn ensure_impact_text(&self) {
        let impact_text = self.impact_text;
        let needed = impact_text.with_untracked(|current| {
            matches!(
                current,
                ImpactTextState::NotLoaded | ImpactTextState::Failed(_)
            )
        });
        if !needed {
            return;
        }
        impact_text.set(ImpactTextState::Loading);
        spawn_local(async move {
            impact_text.set(match load_impact_text().await {
                Ok(text) => ImpactTextState::Ready(Arc::new(text)),
                Err(error) => ImpactTextState::Failed(error),
            });
        });
    }
}
