//! The Statement of Applicability: the document header (organisation, scope, version,
//! approver) with the bulk change of undecided controls, the findings, for every Annex A
//! control whether and why it applies, and the organisation's own controls.
//!
//! Each area folds down to its heading and how many of its controls are decided; on a narrow
//! screen only the first area with undecided controls starts open.
//!
//! The first areas are drawn with the page and the rest right after its first paint: the 38
//! entries' form fields are the most any section draws, and drawing them all before the
//! first paint made moving to the SoA the slowest move of the app.

use crate::domain::catalog::{catalog, Clause};
use crate::domain::progress::soa_area_progress;
use crate::domain::soa::{self, InclusionReason};
use crate::platform::timer;
use crate::state::folds::{fold_open, narrow_screen};
use crate::state::notices::Spot;
use crate::state::route::Route;
use crate::state::soa::SoaState;
use crate::state::AppState;
use crate::ui::components::fold_toggle::FoldToggle;
use crate::ui::components::own_controls::OwnControls;
use crate::ui::components::soa_control_row::{soa_entry_id, SoaControlRow};
use crate::ui::components::soa_findings::SoaFindings;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::components::text_field::TextField;
use crate::ui::components::undo_notice::UndoNotice;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// How many areas are drawn with the page; the rest follow after its first paint. Two areas
/// (five controls) fill more than the first screen below the document details and findings.
const AREAS_DRAWN_FIRST: usize = 2;

/// The SoA page.
#[component]
pub fn SoaPage(
    /// A control whose entry gets focus once drawn (a link to one control's decision).
    #[prop(optional)]
    focus: Option<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let soa_state = SoaState::expect();
    let focus_wanted = focus.is_some();
    if let Some(control_id) = focus {
        // The entries are drawn in this turn; focus after the route's own focus move.
        set_timeout(
            move || crate::platform::page::focus_element(&soa_entry_id(&control_id)),
            std::time::Duration::from_millis(50),
        );
    }
    let organisation = move || {
        state
            .assessment
            .with(|a| a.profile.display_name().to_owned())
    };
    let scope = move || {
        state
            .assessment
            .with(|a| a.profile.display_scope().to_owned())
    };
    let counts = move || {
        let ([applicable, excluded, undecided], own) = state.assessment.with(|a| {
            (
                soa::decision_counts(catalog(), &a.soa, &a.risks),
                a.soa.own_controls.len(),
            )
        });
        let total = applicable + excluded + undecided;
        let of = match own {
            0 => format!("of {total} controls"),
            1 => format!("of {total} controls (38 of Annex A and 1 of your own)"),
            _ => format!("of {total} controls (38 of Annex A and {own} of your own)"),
        };
        format!("{applicable} applicable, {excluded} excluded, {undecided} not decided yet, {of}.")
    };
    let bulk_reason = RwSignal::new(InclusionReason::GoodPractice);
    let reason_options = InclusionReason::ALL
        .iter()
        .map(|&reason| {
            view! {
                <option value=reason.slug() selected=move || bulk_reason.get() == reason>
                    {reason.label()}
                </option>
            }
        })
        .collect_view();
    let choose_reason = move |event: leptos::ev::Event| {
        if let Some(reason) = InclusionReason::from_slug(&event_target_value(&event)) {
            bulk_reason.set(reason);
        }
    };
    let version = move || state.assessment.with(|a| a.soa.version.clone());
    let approved_by = move || state.assessment.with(|a| a.soa.approved_by.clone());
    let narrow = narrow_screen();
    // Only a narrow screen starts with areas folded, so only there is the first open one
    // looked for (with a large risk register the look is not free).
    let first_open = narrow
        .then(|| {
            state.assessment.with_untracked(|a| {
                catalog()
                    .annex_a_areas()
                    .iter()
                    .find(|area| soa_area_progress(area, a).has_open())
                    .map(|area| area.id)
            })
        })
        .flatten();
    let area_view = move |area: &'static Clause| {
        let rows = area
            .items
            .iter()
            .map(|control| view! { <SoaControlRow control=control /> })
            .collect_view();
        let heading_id = format!("soa-area-{}", area.id.replace('.', "-"));
        let body_id = format!("{heading_id}-body");
        let fold_key = format!("soa:{}", area.id);
        let open = fold_open(&fold_key, !narrow || first_open == Some(area.id));
        let progress = move || {
            state
                .assessment
                .with(|a| soa_area_progress(area, a).sentence("controls decided"))
        };
        view! {
            <section class="soa-area" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>
                    <FoldToggle key=fold_key open=open controls=body_id.clone()>
                        {format!("{} {}", area.id, area.title)}
                    </FoldToggle>
                </h2>
                <p class="fold-progress">{progress}</p>
                <div id=body_id hidden=move || !open.get()>{rows}</div>
            </section>
        }
    };
    let all_areas = catalog().annex_a_areas();
    let (first_areas, later_areas) = all_areas.split_at(AREAS_DRAWN_FIRST.min(all_areas.len()));
    let first_areas = first_areas.iter().map(area_view).collect_view();
    // A link to one control's entry needs every entry in the page before focus moves.
    let later_drawn = RwSignal::new(focus_wanted);
    if !focus_wanted {
        timer::after_next_paint(move || {
            // The user may have left the page already; then there is nothing to draw.
            let _ = later_drawn.try_set(true);
        });
    }
    let later_areas = move || {
        later_drawn
            .get()
            .then(|| later_areas.iter().map(area_view).collect_view())
    };
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Statement of Applicability"</h1>
        <p class="lead">
            "For each of the 38 Annex A controls, and any controls of your own, decide whether it applies to you. Give at least one reason for each control you include; write a justification for each control you exclude. A control you have not decided on counts as applicable, and an exclusion only takes a control out of your readiness once it is justified. A control that a risk's treatment uses has risk treatment as a reason."
        </p>
        <section class="card soa-header" aria-labelledby="soa-header-title">
            <h2 id="soa-header-title">"Document details"</h2>
            <dl class="soa-facts">
                <dt>"Organisation"</dt>
                <dd>{organisation}</dd>
                <dt>"Scope"</dt>
                <dd class="preserve-lines">{scope}</dd>
            </dl>
            <p><a href=Route::Organisation.href()>"Edit the organisation profile"</a></p>
            <div class="field-row">
                <TextField
                    id="soa-version".to_owned()
                    label="Document version".to_owned()
                    placeholder="for example 1.0"
                    value=Signal::derive(version)
                    on_input=Callback::new(move |value| state.set_soa_header(false, value))
                />
                <TextField
                    id="soa-approved-by".to_owned()
                    label="Approved by".to_owned()
                    value=Signal::derive(approved_by)
                    on_input=Callback::new(move |value| state.set_soa_header(true, value))
                />
            </div>
            <p>{counts}</p>
            <div class="soa-bulk">
                <div class="field">
                    <label for="soa-bulk-reason">"Reason for the undecided controls"</label>
                    <select id="soa-bulk-reason" on:change=choose_reason>{reason_options}</select>
                </div>
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| soa_state.include_undecided(state, bulk_reason.get_untracked())
                >
                    "Set undecided controls to applicable"
                </button>
            </div>
            <UndoNotice
                id="soa-bulk-undo"
                message=Signal::derive(move || soa_state.included_message())
                on_undo=Callback::new(move |()| soa_state.undo(state))
            />
            <p class="button-row">
                <button type="button" class="button" on:click=move |_| state.export_soa_csv()>
                    "Export SoA CSV"
                </button>
                <a class="button button-secondary" href=Route::SoaPrint.href()>"Print view"</a>
            </p>
            <SpotNotices spot=Spot::Soa />
        </section>
        <SoaFindings />
        {first_areas}
        {later_areas}
        <OwnControls />
    }
}
