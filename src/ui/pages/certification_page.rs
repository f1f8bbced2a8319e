//! The road to certification: the target dates of the two audit stages, the phases and where
//! each stands, the open actions placed against the dates, and warnings where the plan cannot
//! reach them. It prints on one landscape page.

use crate::domain::catalog::catalog;
use crate::domain::certification::{self, Slot};
use crate::platform::{clock, page};
use crate::state::notices::Spot;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The columns the open actions are placed in, in time order.
const SLOTS: [Slot; 6] = [
    Slot::BeforeStageOne,
    Slot::BeforeStageTwo,
    Slot::AfterStageOne,
    Slot::AfterStageTwo,
    Slot::NoTarget,
    Slot::Undated,
];

/// The page of the road to certification.
#[component]
pub fn CertificationPage() -> impl IntoView {
    let state = AppState::expect();
    let timeline = Memo::new(move |_| {
        let today = clock::today();
        state.summary.with(|summary| {
            state.planned.with(|planned| {
                state
                    .assessment
                    .with(|a| certification::timeline_from(a, catalog(), today, summary, planned))
            })
        })
    });
    let date_text = |date: Option<crate::domain::date::IsoDate>| {
        date.map(|d| d.to_string()).unwrap_or_default()
    };
    let warnings = move || {
        let warnings = timeline.with(|t| t.warnings.clone());
        if warnings.is_empty() {
            return view! { <p class="notice notice-info">"No warnings: nothing recorded stands in the way of these dates."</p> }.into_any();
        }
        let items = warnings
            .into_iter()
            .map(|warning| view! { <li>{warning.message}</li> })
            .collect_view();
        view! {
            <section class="notice notice-warning" aria-labelledby="road-warnings-heading">
                <h2 id="road-warnings-heading">"What stands in the way"</h2>
                <ul>{items}</ul>
            </section>
        }
        .into_any()
    };
    let phases = move || {
        timeline
            .with(|t| t.phases.clone())
            .into_iter()
            .map(|phase| {
                let state_class = format!(
                    "phase phase-{}",
                    phase.state.label().to_lowercase().replace(' ', "-")
                );
                let date = phase
                    .date
                    .map(|date| format!(" · {date}"))
                    .unwrap_or_default();
                view! {
                    <li class=state_class>
                        <strong>{phase.kind.label()}</strong>
                        <span class="phase-state">{format!("{}{date}", phase.state.label())}</span>
                        <span class="phase-detail">{phase.detail}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let actions = move || {
        let placed = timeline.with(|t| t.actions.clone());
        if placed.is_empty() {
            return view! { <p>"No open actions in the action plan."</p> }.into_any();
        }
        SLOTS
            .iter()
            .filter_map(|slot| {
                let here: Vec<_> = placed.iter().filter(|action| action.slot == *slot).cloned().collect();
                (!here.is_empty()).then(|| {
                    let count = here.len();
                    let items = here
                        .into_iter()
                        .take(12)
                        .map(|action| {
                            let due = action.due_date.map(|d| format!(" (due {d}{})", if action.overdue { ", overdue" } else { "" })).unwrap_or_default();
                            view! { <li>{format!("{}{due}", action.title)}</li> }
                        })
                        .collect_view();
                    let more = (count > 12).then(|| view! { <p class="field-help">{format!("and {} more in the action plan", count - 12)}</p> });
                    view! {
                        <div class="slot">
                            <h3>{format!("{} ({count})", slot.label())}</h3>
                            <ul>{items}</ul>
                            {more}
                        </div>
                    }
                })
            })
            .collect_view()
            .into_any()
    };
    let print = move |_| {
        if let Err(error) = page::print() {
            state.report_error_at(
                Spot::Certification,
                format!("The print dialog could not open: {error}."),
            );
        }
    };
    view! {
        <div class="road-print">
            <p class="breadcrumb no-print"><a href=Route::Records.href()>"Records"</a></p>
            <h1 id=PAGE_TITLE_ID tabindex="-1">"Road to certification"</h1>
            <p class="lead">"Certification takes two audits by a certification body: stage 1 reviews how your management system is designed and documented; stage 2, usually some weeks later, checks that it works in practice, with evidence. Set the dates you aim for to see whether the plan can reach them."</p>
            <div class="card road-dates">
                <div class="field">
                    <label for="stage1-target">"Target date of stage 1"</label>
                    <input id="stage1-target" type="date"
                        prop:value=move || timeline.with(|t| date_text(t.stage1_target))
                        on:change=move |event| state.set_stage_target(1, &event_target_value(&event)) />
                </div>
                <div class="field">
                    <label for="stage2-target">"Target date of stage 2"</label>
                    <input id="stage2-target" type="date"
                        prop:value=move || timeline.with(|t| date_text(t.stage2_target))
                        on:change=move |event| state.set_stage_target(2, &event_target_value(&event)) />
                </div>
                <button type="button" class="button button-secondary no-print" on:click=print>"Print the road to certification"</button>
            </div>
            <SpotNotices spot=Spot::Certification />
            {warnings}
            <section aria-labelledby="road-phases-heading">
                <h2 id="road-phases-heading">"Phases"</h2>
                <ol class="road-phases">{phases}</ol>
            </section>
            <section aria-labelledby="road-actions-heading">
                <h2 id="road-actions-heading">"Open actions by due date"</h2>
                <div class="road-slots">{actions}</div>
                <p class="no-print"><a href=Route::Actions.href()>"Give actions owners and due dates in the action plan"</a></p>
            </section>
        </div>
    }
}
