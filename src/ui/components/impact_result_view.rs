//! The result of an impact assessment and exactly how it was reached: the level before and
//! after measures side by side, the EU AI Act Annex III flag, the reasons in words that quote
//! the questions, each harm with its rating step by step, the sections marked as not
//! applicable, and what is still open.
//!
//! Every figure comes from `domain::impact::score` and every sentence from
//! `domain::impact_text`; this component only lays them out.

use crate::domain::impact::{HarmRating, ImpactResult, OpenPoint};
use crate::domain::impact_text::{explain_harm, explain_level, open_point_label, ImpactText};
use crate::platform::page;
use crate::ui::components::harm_question_view::question_element_id;
use leptos::prelude::*;
use std::sync::Arc;

/// The element an open point's button moves focus to.
pub fn open_point_target(point: OpenPoint) -> String {
    match point {
        OpenPoint::AnnexIii => "impact-annex-iii".to_owned(),
        OpenPoint::PeopleReached => "impact-people-reached".to_owned(),
        OpenPoint::Harm(id) | OpenPoint::Measure(id) => question_element_id(id),
        OpenPoint::Likelihood(id) => format!("{}-likelihood", question_element_id(id)),
        OpenPoint::Reversibility(id) => format!("{}-reversibility", question_element_id(id)),
        OpenPoint::Reason(section_id) => format!("impact-section-{section_id}-reason"),
    }
}

/// "Level 3 (high)" or "Not assessed yet".
fn level_text(level: Option<crate::domain::impact::ImpactLevel>) -> String {
    level.map_or_else(|| "Not assessed yet".to_owned(), |level| level.label())
}

/// The harms, worst first (after measures, then before), each with its rating steps (open at
/// once when `open`, as on the print view, where a closed disclosure would print nothing).
fn harm_items(harms: &[HarmRating], text: &ImpactText, open: bool) -> impl IntoView {
    let mut ordered: Vec<&HarmRating> = harms.iter().collect();
    ordered.sort_by(|a, b| b.after.cmp(&a.after).then(b.before.cmp(&a.before)));
    ordered
        .into_iter()
        .map(|harm| {
            let summary = format!(
                "{} \u{2014} {} before measures, {} after",
                text.question(harm.question.id),
                harm.before.label(),
                harm.after.label()
            );
            let steps = explain_harm(harm, text)
                .into_iter()
                .map(|step| view! { <li>{step}</li> })
                .collect_view();
            view! {
                <li>
                    <details open=open>
                        <summary>{summary}</summary>
                        <ol class="calculation">{steps}</ol>
                    </details>
                </li>
            }
        })
        .collect_view()
}

/// The result panel. With `links`, open points are buttons that move focus to them.
#[component]
pub fn ImpactResultView(
    #[prop(into)] result: Signal<ImpactResult>,
    text: Arc<ImpactText>,
    /// Whether open points are buttons to the question (false on the print view).
    links: bool,
) -> impl IntoView {
    let text = StoredValue::new(text);
    let before = move || result.with(|result| level_text(result.before));
    let after = move || result.with(|result| level_text(result.level));
    let flag = move || {
        result.with(|result| {
            result.annex_iii.map(|area| {
                view! {
                    <p class="flag annex-iii-flag">
                        <strong>"EU AI Act Annex III: "</strong>
                        {format!("used for {}, an area listed as high-risk. The level is at least 3.", area.short_name())}
                    </p>
                }
            })
        })
    };
    let provisional = move || {
        result.with(|result| {
            let open = result.open.len();
            result.is_provisional().then(|| {
                format!(
                    "Provisional: {open} point{} still open. Until answered, the more serious answer is assumed.",
                    if open == 1 { " is" } else { "s are" }
                )
            })
        })
    };
    let open_points = move || {
        result.with(|result| {
            text.with_value(|text| {
                result
                    .open
                    .iter()
                    .map(|point| {
                        let label = open_point_label(*point, text);
                        let target = open_point_target(*point);
                        if links {
                            view! {
                                <li>
                                    <button type="button" class="link-button" on:click=move |_| page::focus_element(&target)>
                                        {label}
                                    </button>
                                </li>
                            }
                            .into_any()
                        } else {
                            view! { <li>{label}</li> }.into_any()
                        }
                    })
                    .collect_view()
            })
        })
    };
    let reasons = move || {
        result.with(|result| {
            text.with_value(|text| {
                explain_level(result, text)
                    .into_iter()
                    .map(|reason| view! { <li>{reason}</li> })
                    .collect_view()
            })
        })
    };
    let harms = move || {
        result.with(|result| text.with_value(|text| harm_items(&result.harms, text, !links)))
    };
    let no_harms = move || result.with(|result| result.harms.is_empty());
    let not_applicable = move || {
        result.with(|result| {
            text.with_value(|text| {
                result
                    .not_applicable
                    .iter()
                    .map(|section| view! { <li>{text.title(section.id).to_owned()}</li> })
                    .collect_view()
            })
        })
    };
    let any_not_applicable = move || result.with(|result| !result.not_applicable.is_empty());
    view! {
        <section class="impact-result" aria-labelledby="impact-result-title">
            <h2 id="impact-result-title">"Impact level"</h2>
            <dl class="impact-levels">
                <div>
                    <dt>"Before measures"</dt>
                    <dd class="impact-level">{before}</dd>
                </div>
                <div>
                    <dt>"After measures"</dt>
                    <dd class="impact-level">{after}</dd>
                </div>
            </dl>
            {flag}
            <p class="provisional">{provisional}</p>
            <Show when=move || result.with(ImpactResult::is_provisional)>
                // A short list is shown at once; a long one (a new assessment) starts folded. It is
                // decided once, so later answers never fold a list the user opened.
                <details class="open-points" open=result.with_untracked(|result| result.open.len() <= 5)>
                    <summary>{move || result.with(|result| format!("What is still open ({})", result.open.len()))}</summary>
                    <ul class="open-questions">{open_points}</ul>
                </details>
            </Show>
            <h3>"Why"</h3>
            <ul class="level-reasons">{reasons}</ul>
            <h3>"Each harm"</h3>
            <Show when=move || !no_harms() fallback=|| view! { <p>"No answer describes a harm yet."</p> }>
                <ul class="harm-list">{harms}</ul>
            </Show>
            <Show when=any_not_applicable>
                <h3>"Sections marked as not applicable"</h3>
                <ul>{not_applicable}</ul>
            </Show>
        </section>
    }
}
