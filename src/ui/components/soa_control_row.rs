//! One Annex A control in the Statement of Applicability: its purpose in one line, whether it
//! applies, why it is included or excluded (`SoaDecisionFields`), with its implementation
//! status and a hint from the organisation profile.

use crate::domain::catalog::Item;
use crate::domain::profile::RoleHint;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::soa_decision_fields::SoaDecisionFields;
use crate::ui::components::status_badge::StatusBadge;
use leptos::prelude::*;

/// The element ID of a control's SoA entry, used to move focus to it from a finding.
pub fn soa_entry_id(control_id: &str) -> String {
    format!("soa-{}", control_id.replace('.', "-"))
}

/// The SoA entry of one control.
#[component]
pub fn SoaControlRow(
    /// The control.
    control: &'static Item,
) -> impl IntoView {
    let state = AppState::expect();
    let control_id = control.id;
    let entry_id = soa_entry_id(control_id);
    let title_id = format!("{entry_id}-title");
    let labelled_by = title_id.clone();
    let status = Signal::derive(move || state.summary.with(|s| s.item(control_id).status()));
    let hint = Memo::new(move |_| {
        state
            .assessment
            .with(|a| RoleHint::for_control(&a.profile, control.roles).sentence())
    });
    let owner = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.item(control_id)
                .map(|record| record.owner.trim().to_owned())
                .filter(|owner| !owner.is_empty())
        })
    });
    // The control's questions are on its Annex A area's page.
    let area_href = Route::Item {
        id: control_id.to_owned(),
    }
    .href();
    view! {
        <section class="soa-row" id=entry_id.clone() tabindex="-1" aria-labelledby=labelled_by>
            <div class="soa-row-head">
                <h3 id=title_id>
                    <span class="item-id">{control_id}</span>
                    " "
                    {control.title}
                </h3>
                <StatusBadge status=status />
            </div>
            <p class="soa-purpose">{control.purpose}</p>
            {move || hint.get().map(|text| view! { <p class="role-hint">{text}</p> })}
            <SoaDecisionFields control_id=control_id.to_owned() entry_id=entry_id.clone() />
            <p class="soa-meta">
                {move || match owner.get() {
                    Some(owner) => format!("Owner: {owner}. "),
                    None => "No owner yet. ".to_owned(),
                }}
                <a href=area_href>
                    "Answer its questions and add notes"
                    <span class="visually-hidden">{format!(" for {control_id}")}</span>
                </a>
            </p>
        </section>
    }
}
