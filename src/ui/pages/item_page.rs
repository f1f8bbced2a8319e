//! One clause item or Annex A control, reached by a link from a finding, an action or the
//! dashboard: its clause's or area's page, with focus moved to the item.
//!
//! The address (`#/item/6.1.2`) names only the item, so links elsewhere need not know where it
//! sits in the catalog.

use crate::domain::catalog::catalog;
use crate::ui::components::clause_view::ClauseView;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::part_kind::PartKind;
use leptos::prelude::*;

/// The page of the clause or area holding `item_id`, focused on that item.
#[component]
pub fn ItemPage(
    /// The item ID from the URL, such as "6.1.2" or "A.6.2.4".
    item_id: String,
) -> impl IntoView {
    let found = catalog()
        .item(&item_id)
        .and_then(|item| Some((item, catalog().part_of(item.id)?)));
    match found {
        Some((item, part)) => {
            let kind = if item.is_control() {
                PartKind::AnnexArea
            } else {
                PartKind::Clause
            };
            view! { <ClauseView part=part kind=kind focus=item.id /> }.into_any()
        }
        None => view! { <NotFoundPage what=format!("Item {item_id}") /> }.into_any(),
    }
}
