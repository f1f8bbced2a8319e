//! The Annex A controls of one area, with guidance, questions and fields per control.
//!
//! The area is named in the URL (`#/annex-a/A.6`), so links and reloads land on it.

use crate::domain::catalog::catalog;
use crate::ui::components::clause_view::ClauseView;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// The Annex A page for one area.
#[component]
pub fn AnnexAPage(
    /// The area ID from the URL ("A.2" to "A.10").
    area_id: String,
) -> impl IntoView {
    match catalog()
        .annex_a_areas()
        .iter()
        .find(|area| area.id == area_id)
    {
        Some(area) => view! { <ClauseView part=area kind=PartKind::AnnexArea /> }.into_any(),
        None => view! { <NotFoundPage what=format!("Annex A, area {area_id}") /> }.into_any(),
    }
}
