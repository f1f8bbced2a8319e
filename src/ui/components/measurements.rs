//! An objective's measurements: a small line chart against the target, the table of
//! measurements (the chart's text alternative) with a delete button each, and a form to add one.

use crate::domain::records::{Measurement, RegisterKind};
use crate::state::records::RecordsState;
use crate::state::AppState;
use leptos::prelude::*;

const WIDTH: i64 = 320;
const HEIGHT: i64 = 120;
const MARGIN: i64 = 10;

/// The chart's points and target line in SVG units, computed with integers so that no float
/// formatting is needed.
#[derive(Debug, Clone, PartialEq)]
struct ChartGeometry {
    points: String,
    dots: Vec<(i64, i64)>,
    target_y: Option<i64>,
}

fn geometry(measurements: &[Measurement], target: Option<i64>) -> ChartGeometry {
    let values: Vec<i64> = measurements.iter().map(|m| m.value.thousandths()).collect();
    let lowest = values.iter().copied().chain(target).min().unwrap_or(0);
    let highest = values.iter().copied().chain(target).max().unwrap_or(0);
    let span = (highest - lowest).max(1);
    let first_day = measurements.first().map_or(0, |m| m.date.day_number());
    let last_day = measurements.last().map_or(0, |m| m.date.day_number());
    let days = (last_day - first_day).max(1);
    let y = |value: i64| HEIGHT - MARGIN - (value - lowest) * (HEIGHT - 2 * MARGIN) / span;
    let dots: Vec<(i64, i64)> = measurements
        .iter()
        .map(|m| {
            let x = if measurements.len() == 1 {
                WIDTH / 2
            } else {
                MARGIN + (m.date.day_number() - first_day) * (WIDTH - 2 * MARGIN) / days
            };
            (x, y(m.value.thousandths()))
        })
        .collect();
    let points = dots
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    ChartGeometry {
        points,
        dots,
        target_y: target.map(y),
    }
}

/// The measurements of one objective.
#[component]
pub fn Measurements(
    /// The objective's ID.
    record_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let records = RecordsState::expect();
    let id = StoredValue::new(record_id);
    let data = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.records
                .get(RegisterKind::Objectives)
                .record(&id.get_value())
                .map(|record| {
                    (
                        record.measurements.clone(),
                        record.number("target"),
                        record.text("unit").to_owned(),
                    )
                })
                .unwrap_or_default()
        })
    });
    let date = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if state.add_measurement(
            &id.get_value(),
            &date.get_untracked(),
            &value.get_untracked(),
            &comment.get_untracked(),
        ) {
            value.set(String::new());
            comment.set(String::new());
        }
    };
    let chart = move || {
        let (measurements, target, unit) = data.get();
        if measurements.is_empty() {
            return None;
        }
        let shape = geometry(&measurements, target.map(|t| t.thousandths()));
        let latest = measurements
            .last()
            .map(|m| format!("{} {unit} on {}", m.value, m.date))
            .unwrap_or_default();
        let label = match target {
            Some(target) => format!(
                "Chart of {} measurements; the latest is {latest}; the target is {target} {unit}.",
                measurements.len()
            ),
            None => format!(
                "Chart of {} measurements; the latest is {latest}.",
                measurements.len()
            ),
        };
        let dots = shape
            .dots
            .into_iter()
            .map(|(x, y)| view! { <circle cx=x cy=y r="3" class="chart-dot" /> })
            .collect_view();
        Some(view! {
            <svg class="measure-chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label>
                {shape.target_y.map(|y| view! { <line x1=MARGIN x2=WIDTH - MARGIN y1=y y2=y class="chart-target" /> })}
                <polyline points=shape.points class="chart-line" />
                {dots}
            </svg>
        })
    };
    let rows = move || {
        let (measurements, _, _) = data.get();
        measurements
            .into_iter()
            .enumerate()
            .map(|(index, m)| {
                let label = format!("Delete the measurement of {}", m.date);
                view! {
                    <tr>
                        <th scope="row">{m.date.to_string()}</th>
                        <td>{m.value.to_string()}</td>
                        <td>{m.comment.clone()}</td>
                        <td><button type="button" class="button button-small button-danger"
                            on:click=move |_| records.delete_measurement(state, &id.get_value(), index)>{label}</button></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="measurements-heading">
            <h2 id="measurements-heading">"Measurements"</h2>
            {chart}
            <div class="table-scroll" tabindex="0" role="group" aria-label="Measurements (scroll sideways on small screens)">
                <table class="document-table">
                    <thead><tr><th scope="col">"Date"</th><th scope="col">"Value"</th><th scope="col">"Comment"</th><th scope="col"><span class="visually-hidden">"Delete"</span></th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <form class="measure-form" on:submit=add>
                <div class="field">
                    <label for="measure-date">"Date of the measurement"</label>
                    <input id="measure-date" type="date" prop:value=move || date.get()
                        on:input=move |event| date.set(event_target_value(&event)) />
                </div>
                <div class="field">
                    <label for="measure-value">"Value"</label>
                    <input id="measure-value" type="text" inputmode="decimal" prop:value=move || value.get()
                        on:input=move |event| value.set(event_target_value(&event)) />
                </div>
                <div class="field field-wide">
                    <label for="measure-comment">"Comment"</label>
                    <input id="measure-comment" type="text" maxlength=crate::domain::limits::MAX_TEXT_CHARS prop:value=move || comment.get()
                        on:input=move |event| comment.set(event_target_value(&event)) />
                </div>
                <button type="submit" class="button">"Add measurement"</button>
            </form>
        </section>
    }
}
