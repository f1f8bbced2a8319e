//! The list of what changed in the catalog since the answers were given: answers to check,
//! new questions, merged and reworded ones, each linking to its item. Shown on the dashboard
//! and the gap analysis until the user closes it.

use crate::domain::catalog::{catalog, Change, CATALOG_VERSION};
use crate::domain::catalog_update::{item_of, CatalogUpdate, ListedChange};
use crate::state::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// One line of the list: the question's ID as a link to the item where it is answered, and
/// what to know about it.
fn change_line(change: &ListedChange, detail: String) -> impl IntoView + use<> {
    let answered_in = match change.change {
        Change::Merged { into } => item_of(into),
        _ => change.item,
    };
    let href = Route::Item {
        id: answered_in.to_owned(),
    }
    .href();
    let title = catalog().item(change.item).map_or("", |item| item.title);
    view! {
        <li>
            <a href=href>{format!("{} ({} {})", change.question, change.item, title)}</a>
            {(!detail.is_empty()).then(|| format!(": {detail}"))}
        </li>
    }
}

/// A folded group of lines, left out when empty.
fn group(summary: String, lines: Vec<AnyView>, open: bool) -> Option<AnyView> {
    (!lines.is_empty()).then(|| {
        view! {
            <details open=open>
                <summary>{summary}</summary>
                <ul class="plain-list">{lines}</ul>
            </details>
        }
        .into_any()
    })
}

/// The list for one catalog update.
fn changes_view(update: &CatalogUpdate) -> impl IntoView + use<> {
    let changes = update.changes(catalog());
    let release = catalog()
        .releases_since(&update.from_version)
        .unwrap_or(&[]);
    let summary: Vec<&str> = release.iter().map(|release| release.summary).collect();
    let mut to_check = Vec::new();
    let mut new = Vec::new();
    let mut merged = Vec::new();
    let mut reworded = Vec::new();
    let mut changed = Vec::new();
    for change in &changes {
        match change.change {
            Change::Changed if update.to_check.contains_key(change.question) => {
                to_check.push(change_line(change, change.note.to_owned()).into_any());
            }
            Change::Changed => {
                changed.push(change_line(change, change.note.to_owned()).into_any());
            }
            Change::New => new.push(change_line(change, String::new()).into_any()),
            Change::Merged { into } if update.to_check.contains_key(into) => {
                let detail = format!(
                    "now answered once, under {into}; the two answers differed, so check it"
                );
                to_check.push(change_line(change, detail).into_any());
            }
            Change::Merged { into } => {
                let detail = format!("now answered once, under {into}");
                merged.push(change_line(change, detail).into_any());
            }
            Change::Reworded => reworded.push(change_line(change, String::new()).into_any()),
        }
    }
    let counts = format!(
        "{} answers to check, {} new questions, {} changed questions without an answer to \
         check, {} questions now answered once with a clause question, {} reworded.",
        update.to_check.len(),
        new.len(),
        changed.len(),
        merged.len(),
        reworded.len()
    );
    let to_check_count = to_check.len();
    let new_count = new.len();
    let merged_count = merged.len();
    let reworded_count = reworded.len();
    let changed_count = changed.len();
    view! {
        <p>
            {format!(
                "These answers were given against catalog {}; the app now uses catalog {CATALOG_VERSION}. ",
                update.from_version
            )}
            {summary.join(" ")}
        </p>
        <p>{counts}</p>
        <p>
            "Answers are kept where a question means the same. Where its meaning changed, the answer is kept and flagged on the question: answer it again, or choose \"Answer still right\"."
        </p>
        {group(format!("Answers to check ({to_check_count})"), to_check, true)}
        {group(format!("New questions ({new_count})"), new, false)}
        {group(format!("Changed, nothing to check ({changed_count})"), changed, false)}
        {group(format!("Answered once with a clause question ({merged_count})"), merged, false)}
        {group(format!("Reworded, answers kept ({reworded_count})"), reworded, false)}
    }
}

/// The catalog changes card, shown while the list is open.
#[component]
pub fn CatalogChanges() -> impl IntoView {
    let state = AppState::expect();
    let update = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.catalog_update
                .as_ref()
                .filter(|update| !update.list_closed)
                .cloned()
        })
    });
    move || {
        update.get().map(|update| {
            view! {
                <section class="card catalog-changes" aria-labelledby="catalog-changes-title">
                    <h2 id="catalog-changes-title">"The questions changed since these answers were given"</h2>
                    {changes_view(&update)}
                    <p class="button-row">
                        <button type="button" on:click=move |_| state.close_catalog_changes()>
                            "Close this list"
                        </button>
                    </p>
                </section>
            }
        })
    }
}
