//! A radar view of readiness per Annex A area, drawn by the app as SVG: one spoke per area,
//! rings at 25, 50, 75 and 100 %, and the readiness as a filled shape.
//!
//! The picture's accessible name lists every area's figure, and the readiness table beside it
//! holds the same figures, so nothing depends on seeing the shape.

use crate::domain::catalog::catalog;
use crate::state::AppState;
use leptos::prelude::*;

/// The centre of the picture and the radius of the 100 % ring, in SVG units.
const CENTRE: i32 = 150;
const RADIUS: i32 = 105;

/// The direction of each spoke in thousandths (sine and minus cosine of its angle), starting at
/// the top and going clockwise: one per Annex A area. Whole numbers keep floating-point
/// formatting and trigonometry out of the Wasm bundle; a native test checks the table.
pub const SPOKES: [(i32, i32); 9] = [
    (0, -1000),
    (643, -766),
    (985, -174),
    (866, 500),
    (342, 940),
    (-342, 940),
    (-866, 500),
    (-985, -174),
    (-643, -766),
];

/// The point at `percent` of the radius along spoke `index`.
fn point(index: usize, percent: u32) -> (i32, i32) {
    let (dx, dy) = SPOKES[index % SPOKES.len()];
    let reach = RADIUS * i32::try_from(percent.min(120)).unwrap_or(0);
    (CENTRE + dx * reach / 100_000, CENTRE + dy * reach / 100_000)
}

/// The points of a polygon through the spokes at the given percentages.
fn polygon(percents: &[u32]) -> String {
    let points: Vec<String> = percents
        .iter()
        .enumerate()
        .map(|(index, percent)| {
            let (x, y) = point(index, *percent);
            format!("{x},{y}")
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
            let (x, y) = point(index, 100);
            let (label_x, label_y) = point(index, 120);
            view! {
                <line class="radar-spoke" x1=CENTRE y1=CENTRE x2=x y2=y></line>
                <text class="radar-label" x=label_x y=label_y>{area.id}</text>
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
