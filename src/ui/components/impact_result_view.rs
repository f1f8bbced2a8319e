//! The result of an impact assessment, and exactly how it was reached: impact points, the
//! level thresholds in points and in percent for this system, severe answers, mitigation
//! points and their threshold, points per section, and the questions still open.
//!
//! Every figure comes from `domain::impact::score`; this component only lays them out, in
//! the order a reviewer would recompute them by hand (docs/impact-method.md).

use crate::domain::impact::{
    ImpactResult, Points, LEVEL_THRESHOLDS, MITIGATION_THRESHOLD, SEVERE_FLOOR,
    SEVERE_MITIGATED_FLOOR,
};
use crate::domain::impact_catalog::{question_text, IMPACT_SECTIONS, IMPACT_TEXT};
use crate::platform::page;
use crate::ui::components::impact_question_view::question_element_id;
use leptos::prelude::*;

/// "23 of 57 points (40%)".
fn points_text(points: Points) -> String {
    match points.percent() {
        Some(percent) => format!(
            "{} of {} points ({percent}%)",
            points.scored, points.possible
        ),
        None => "no answers yet".to_owned(),
    }
}

/// The wording of a question, or its ID if the text is missing.
fn question_label(question_id: &str) -> String {
    question_text(question_id).map_or_else(|| question_id.to_owned(), |text| text.text.to_owned())
}

/// The calculation steps, as sentences.
fn steps(result: &ImpactResult) -> Vec<String> {
    let impact = result.impact;
    let mut steps = vec![format!(
        "Impact points: {} from the answered impact questions.",
        points_text(impact)
    )];
    let thresholds: Vec<String> = LEVEL_THRESHOLDS
        .iter()
        .enumerate()
        .map(|(index, percent)| {
            format!(
                "level {} from {} points ({percent}%)",
                index + 2,
                impact.threshold(*percent)
            )
        })
        .collect();
    steps.push(format!(
        "Thresholds for these {} possible points: level 1 below {} points; {}.",
        impact.possible,
        impact.threshold(LEVEL_THRESHOLDS[0]),
        thresholds.join("; ")
    ));
    if !result.severe.is_empty() {
        steps.push(format!(
            "{} answer(s) at the most serious option ({}), so the level is at least {SEVERE_FLOOR}.",
            result.severe.len(),
            result.severe.join(", ")
        ));
    }
    if let Some(gross) = result.gross_level {
        steps.push(format!("Level before measures: {}.", gross.label()));
    }
    let mitigation = result.mitigation;
    let reached = if mitigation.reaches(MITIGATION_THRESHOLD) {
        "reached"
    } else {
        "not reached"
    };
    steps.push(format!(
        "Measures in place: {}. The level drops by one from {} points ({MITIGATION_THRESHOLD}%): {reached}{}.",
        points_text(mitigation),
        mitigation.threshold(MITIGATION_THRESHOLD),
        if result.severe.is_empty() {
            String::new()
        } else {
            format!("; with a severe answer it stays at least {SEVERE_MITIGATED_FLOOR}")
        }
    ));
    if let Some(level) = result.level {
        steps.push(format!(
            "Result: {}{}.",
            level.label(),
            if result.mitigated {
                ", one lower thanks to the measures"
            } else {
                ""
            }
        ));
    }
    steps
}

/// The result panel. With `links`, open questions are buttons that move focus to them.
#[component]
pub fn ImpactResultView(
    #[prop(into)] result: Signal<ImpactResult>,
    /// Whether open questions are buttons to the question (false on the print view).
    links: bool,
) -> impl IntoView {
    let level = move || {
        result.with(|result| match result.level {
            Some(level) => level.label(),
            None => "Not assessed yet".to_owned(),
        })
    };
    let provisional = move || {
        result.with(|result| {
            let open = result.unanswered.len();
            (result.is_provisional()).then(|| {
                format!(
                    "Provisional: {open} question{} unanswered. The level can still change.",
                    if open == 1 { " is" } else { "s are" }
                )
            })
        })
    };
    let open_questions = move || {
        result.with(|result| {
            result
                .unanswered
                .iter()
                .map(|question_id| {
                    let label = question_label(question_id);
                    let question_id = *question_id;
                    if links {
                        view! {
                            <li>
                                <button type="button" class="link-button" on:click=move |_| page::focus_element(&question_element_id(question_id))>
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
    };
    let calculation = move || {
        result.with(|result| {
            steps(result)
                .into_iter()
                .map(|step| view! { <li>{step}</li> })
                .collect_view()
        })
    };
    let sections = move || {
        result.with(|result| {
            result
                .sections
                .iter()
                .zip(IMPACT_SECTIONS.iter().zip(IMPACT_TEXT))
                .filter(|(points, _)| points.asked > 0)
                .map(|(points, (section, text))| {
                    let scored = if points.points.possible == 0 {
                        "—".to_owned()
                    } else {
                        format!("{} of {}", points.points.scored, points.points.possible)
                    };
                    view! {
                        <tr>
                            <th scope="row">{text.title}</th>
                            <td>{scored}</td>
                            <td>{format!("{} of {}", points.answered, points.asked)}</td>
                            <td>{section.part.title()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="impact-result" aria-labelledby="impact-result-title">
            <h2 id="impact-result-title">"Impact level"</h2>
            <p class="big-figure impact-level">{level}</p>
            <p class="provisional">{provisional}</p>
            <ul class="open-questions">{open_questions}</ul>
            <h3>"How the level was reached"</h3>
            <ol class="calculation">{calculation}</ol>
            <h3>"Points per section"</h3>
            <div class="table-scroll" tabindex="0" role="group" aria-label="Points per section (scroll sideways on small screens)">
                <table class="section-points">
                    <thead>
                        <tr>
                            // The part comes last: on a phone the figures stay in view.
                            <th scope="col">"Section"</th>
                            <th scope="col">"Points"</th>
                            <th scope="col">"Answered"</th>
                            <th scope="col">"Part"</th>
                        </tr>
                    </thead>
                    <tbody>{sections}</tbody>
                </table>
            </div>
        </section>
    }
}
