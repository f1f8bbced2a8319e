//! One entry of a register: every field of its register's spec, what the consistency check
//! says about it, and the parts some registers add (a document's fingerprint, an objective's
//! measurements). Every change is saved as it is made.

use crate::domain::checks::Place;
use crate::domain::records::RegisterKind;
use crate::platform::location;
use crate::state::notices::Spot;
use crate::state::records::RecordsState;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::fingerprint_panel::FingerprintPanel;
use crate::ui::components::measurements::Measurements;
use crate::ui::components::record_field::RecordField;
use crate::ui::components::record_findings::RecordFindings;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// What a register adds below an entry's fields.
fn extra_part(kind: RegisterKind, record_id: &str) -> Option<AnyView> {
    let id = record_id.to_owned();
    match kind {
        RegisterKind::Documents => Some(view! { <FingerprintPanel record_id=id /> }.into_any()),
        RegisterKind::Objectives => Some(view! { <Measurements record_id=id /> }.into_any()),
        RegisterKind::Reviews => Some(view! {
            <p class="notice notice-info">"Each line of the decisions of a review that has been held becomes an action in the action plan, where you give it an owner and a due date."</p>
        }.into_any()),
        RegisterKind::Incidents => Some(view! {
            <p class="notice notice-info">"The corrective action of an open entry becomes an action in the action plan, where you give it an owner and a due date."</p>
        }.into_any()),
        _ => None,
    }
}

/// The editor of one entry.
#[component]
pub fn RecordPage(kind: RegisterKind, record_id: String) -> impl IntoView {
    let state = AppState::expect();
    let records = RecordsState::expect();
    let spec = kind.spec();
    let exists = state
        .assessment
        .with_untracked(|a| a.records.get(kind).record(&record_id).is_some());
    if !exists {
        return view! { <NotFoundPage what=Route::Record { kind, id: record_id }.href() /> }
            .into_any();
    }
    let id = StoredValue::new(record_id.clone());
    let name = state.record_value(kind, record_id.clone(), spec.name_field);
    let title = move || {
        let name = name.get();
        let name = if name.trim().is_empty() {
            "(no name)".to_owned()
        } else {
            name
        };
        format!("{} {name}", id.get_value())
    };
    let fields = spec
        .fields
        .iter()
        .map(|field| view! { <RecordField kind=kind record_id=record_id.clone() field=field /> })
        .collect_view();
    let delete = move |_| {
        records.delete(state, kind, &id.get_value());
        location::set_hash(&Route::Register { kind }.href());
    };
    view! {
        <p class="breadcrumb">
            <a href=Route::Records.href()>"Records"</a>" › "
            <a href=Route::Register { kind }.href()>{spec.title}</a>
        </p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">{title}</h1>
        <p class="serves">{format!("{} · serves ISO/IEC 42001 {}", spec.title, spec.serves)}</p>
        <SpotNotices spot=Spot::Records />
        <RecordFindings place=Place::Record(kind, record_id.clone()) />
        <form class="card system-form" on:submit=|event| event.prevent_default()>
            {fields}
        </form>
        {extra_part(kind, &record_id)}
        <p class="button-row">
            <a class="button button-secondary" href=Route::Register { kind }.href()>"Back to the register"</a>
            <button type="button" class="button button-danger" on:click=delete>
                {move || format!("Delete {}", title())}
            </button>
        </p>
    }
    .into_any()
}
