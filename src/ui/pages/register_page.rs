//! One register of the management system's records: what it is for, a form to add an entry,
//! the CSV export, and the entries with links to edit them. The documents register also lists
//! the documents the standard asks for and which entry covers each.

use crate::domain::catalog::catalog;
use crate::domain::checks;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::records::{Record, RegisterKind, RegisterSpec};
use crate::platform::location;
use crate::state::notices::Spot;
use crate::state::records::RecordsState;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::undo_notice::UndoNotice;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// One entry as the list shows it: its name and the few facts worth a glance.
#[derive(Debug, Clone, PartialEq)]
struct EntryRow {
    id: String,
    name: String,
    facts: Vec<(&'static str, String)>,
}

impl EntryRow {
    /// The name and up to four more fields that are set, in the register's order.
    fn of(spec: &RegisterSpec, record: &Record) -> EntryRow {
        let name = record.text(spec.name_field).trim();
        let facts = spec
            .fields
            .iter()
            .filter(|field| field.key != spec.name_field)
            .map(|field| (field.label, record.display(field)))
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(label, value)| (label, first_line(&value)))
            .take(4)
            .collect();
        EntryRow {
            id: record.id.clone(),
            name: if name.is_empty() {
                "(no name)".to_owned()
            } else {
                name.to_owned()
            },
            facts,
        }
    }
}

/// The first line of a text, shortened to a glance.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let mut short: String = line.chars().take(120).collect();
    if short.len() < line.len() || text.lines().nth(1).is_some() {
        short.push('…');
    }
    short
}

/// A document the standard asks for and the entries that cover it.
#[derive(Debug, Clone, PartialEq)]
struct RequiredRow {
    item_id: &'static str,
    title: &'static str,
    covered_by: Vec<String>,
}

/// The documents the standard asks for (in scope) and which entries serve each.
fn required_rows(assessment: &crate::domain::assessment::Assessment) -> Vec<RequiredRow> {
    let documents = assessment.records.get(RegisterKind::Documents);
    checks::required_documents(catalog(), assessment)
        .into_iter()
        .filter(|required| required.in_scope)
        .map(|required| RequiredRow {
            item_id: required.item.id,
            title: required.item.title,
            covered_by: documents
                .records
                .iter()
                .filter(|record| record.has("items", required.item.id))
                .map(|record| record.id.clone())
                .collect(),
        })
        .collect()
}

/// The page of one register.
#[component]
pub fn RegisterPage(kind: RegisterKind) -> impl IntoView {
    let state = AppState::expect();
    let records = RecordsState::expect();
    let spec = kind.spec();
    let new_name = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(id) = state.add_record(kind, &new_name.get_untracked()) {
            new_name.set(String::new());
            location::set_hash(&Route::Record { kind, id }.href());
        }
    };
    let rows = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.records
                .get(kind)
                .records
                .iter()
                .map(|record| EntryRow::of(spec, record))
                .collect::<Vec<_>>()
        })
    });
    let list = move || {
        let rows = rows.get();
        if rows.is_empty() {
            return view! { <p class="empty-note">{format!("No {} recorded yet.", spec.singular)}</p> }.into_any();
        }
        let cards = rows
            .into_iter()
            .map(|row| {
                let delete_id = row.id.clone();
                let heading_id = format!("entry-{}", row.id);
                let labelled_by = heading_id.clone();
                let href = Route::Record { kind, id: row.id.clone() }.href();
                let facts = row
                    .facts
                    .into_iter()
                    .map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })
                    .collect_view();
                view! {
                    <li class="card system-card" aria-labelledby=labelled_by>
                        <h2 id=heading_id>
                            <a href=href.clone()>{row.name.clone()}</a>
                            <span class="system-id">{row.id.clone()}</span>
                        </h2>
                        <dl class="facts">{facts}</dl>
                        <p class="button-row">
                            <a class="button button-small" href=href>
                                "Edit"<span class="visually-hidden">{format!(" {} {}", row.id, row.name)}</span>
                            </a>
                            <button type="button" class="button button-small button-danger"
                                on:click=move |_| records.delete(state, kind, &delete_id)>
                                {format!("Delete {} {}", row.id, row.name)}
                            </button>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="system-list" aria-label=spec.title>{cards}</ul> }.into_any()
    };
    let required = (kind == RegisterKind::Documents).then(|| view! { <RequiredDocumentsCover /> });
    let label = spec.add_label;
    view! {
        <p class="breadcrumb"><a href=Route::Records.href()>"Records"</a></p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">{spec.title}</h1>
        <p class="lead">{spec.intro}</p>
        <p class="serves">{format!("Serves ISO/IEC 42001 {}.", spec.serves)}</p>
        <UndoNotice
            id="record-undo"
            message=Signal::derive(move || records.undo_message())
            on_undo=Callback::new(move |()| records.undo(state))
        />
        <form class="card add-system" on:submit=add>
            <div class="field">
                <label for="new-record-name">{label}</label>
                <input id="new-record-name" type="text" maxlength=MAX_TEXT_CHARS
                    prop:value=move || new_name.get()
                    on:input=move |event| new_name.set(event_target_value(&event)) />
            </div>
            <button type="submit" class="button">{format!("Add {}", spec.singular)}</button>
        </form>
        <p class="button-row">
            <button type="button" class="button button-secondary"
                on:click=move |_| state.export_register_csv(kind)>
                {format!("Export {} as CSV", spec.title)}
            </button>
        </p>
        <SpotNotices spot=Spot::Records />
        {list}
        {required}
    }
}

/// The documents the standard asks for and whether an entry of the register serves each.
#[component]
fn RequiredDocumentsCover() -> impl IntoView {
    let state = AppState::expect();
    let rows = Memo::new(move |_| state.assessment.with(required_rows));
    let summary = move || {
        rows.with(|rows| {
            let covered = rows.iter().filter(|row| !row.covered_by.is_empty()).count();
            format!(
                "{covered} of {} documents the standard asks for are recorded here.",
                rows.len()
            )
        })
    };
    let body = move || {
        rows.get()
            .into_iter()
            .map(|row| {
                let state_text = if row.covered_by.is_empty() {
                    "Not recorded".to_owned()
                } else {
                    format!("Recorded in {}", row.covered_by.join(", "))
                };
                view! {
                    <tr>
                        <th scope="row"><a href=Route::Item { id: row.item_id.to_owned() }.href()>{row.item_id}</a></th>
                        <td>{row.title}</td>
                        <td>{state_text}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="required-documents-heading">
            <h2 id="required-documents-heading">"Documents the standard asks for"</h2>
            <p>{summary}</p>
            <p class="field-help">"An entry covers a document when its \"Serves\" field lists the item."</p>
            <div class="table-scroll" tabindex="0" role="group" aria-label="Documents the standard asks for (scroll sideways on small screens)">
                <table class="document-table">
                    <thead><tr><th scope="col">"Item"</th><th scope="col">"Title"</th><th scope="col">"In this register"</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
