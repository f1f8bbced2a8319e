//! A radar view of readiness per Annex A area, drawn by the app as SVG: one spoke per area,
//! rings at 25, 50, 75 and 100 %, and the readiness as a filled shape.
//!
//! The picture's accessible name lists every area's figure, and the readiness table beside it
//! holds the same figures, so nothing depends on seeing the shape.

use crate::domain::catalog::catalog;
use crate::domain::limits::one_decimal;
use crate::state::AppState;
use leptos::prelude::*;

/// The centre of the picture and the radius of the 100 % ring, in SVG units.
pub const CENTRE: f64 = 150.0;
pub const RADIUS: f64 = 105.0;

/// The farthest a point is drawn, in percent of the radius: the ring the labels sit on.
pub const LABEL_PERCENT: u32 = 120;

/// The point at `percent` of the radius along spoke `index` of `count`. Spoke 0 points up and
/// the others follow clockwise at equal angles (SVG's y axis points down, hence the minus).
/// Percentages beyond the labels' ring are drawn on it.
pub fn point(index: usize, count: usize, percent: u32) -> (f64, f64) {
    let angle = std::f64::consts::TAU * index as f64 / count.max(1) as f64;
    let reach = RADIUS * f64::from(percent.min(LABEL_PERCENT)) / 100.0;
    (CENTRE + reach * angle.sin(), CENTRE - reach * angle.cos())
}

/// The points of a polygon through the spokes at the given percentages, one spoke per
/// percentage, as an SVG `points` list. A tenth of a unit is finer than a screen pixel.
pub fn polygon(percents: &[u32]) -> String {
    let points: Vec<String> = percents
        .iter()
        .enumerate()
        .map(|(index, percent)| {
            let (x, y) = point(index, percents.len(), *percent);
            format!("{},{}", one_decimal(x), one_decimal(y))
        })
        .collect();
    points.join(" ")
}

/// The radar chart of the Annex A areas' readiness.
#[component]
pub fn AreaRadar() -> impl IntoView {
    let state = AppState::expect();
    let areas = catalog().annex_a_areas();
    let count = areas.len();
    let percents = Memo::new(move |_| {
        state.summary.with(|summary| {
            areas
                .iter()
                .map(|area| summary.part(area.id).and_then(|r| r.percent()).unwrap_or(0))
                .collect::<Vec<u32>>()
        })
    });
    let label = move || {
        let figures: Vec<String> = areas
            .iter()
            .zip(percents.get())
            .map(|(area, percent)| format!("{} {percent}%", area.id))
            .collect();
        format!("Readiness per Annex A area: {}", figures.join(", "))
    };
    let rings = [25, 50, 75, 100]
        .map(|percent| view! { <polygon class="radar-ring" points=polygon(&vec![percent; count])></polygon> });
    let spokes = areas
        .iter()
        .enumerate()
        .map(|(index, area)| {
            let (x, y) = point(index, count, 100);
            let (label_x, label_y) = point(index, count, LABEL_PERCENT);
            let coordinate = one_decimal;
            view! {
                <line class="radar-spoke" x1=coordinate(CENTRE) y1=coordinate(CENTRE) x2=coordinate(x) y2=coordinate(y)></line>
                <text class="radar-label" x=coordinate(label_x) y=coordinate(label_y)>{area.id}</text>
            }
        })
        .collect_view();
    let shape = move || polygon(&percents.get());
    view! {
        <svg class="radar" viewBox="0 0 300 300" width="300" height="300" role="img" aria-label=label>
            {rings}
            {spokes}
            <polygon class="radar-shape" points=shape></polygon>
        </svg>
    }
}
