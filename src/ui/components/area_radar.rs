//! A radar view of readiness per Annex A area, drawn by the app as SVG: one spoke per area,
//! rings at 25, 50, 75 and 100 %, and the readiness as a filled shape.
//!
//! The picture's accessible name lists every area's figure, and the readiness table beside it
//! holds the same figures, so nothing depends on seeing the shape.

use crate::domain::catalog::catalog;
use crate::state::AppState;
use leptos::prelude::*;

/// The centre of the picture and the radius of the 100 % ring, in SVG units.
const CENTRE: f64 = 150.0;
const RADIUS: f64 = 105.0;

/// The point at `fraction` of the radius along spoke `index` of `count`, starting at the top
/// and going clockwise.
fn point(index: usize, count: usize, fraction: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * index as f64 / count as f64;
    (
        CENTRE + RADIUS * fraction * angle.sin(),
        CENTRE - RADIUS * fraction * angle.cos(),
    )
}

/// The points of a polygon through the spokes at the given fractions.
fn polygon(fractions: &[f64]) -> String {
    let points: Vec<String> = fractions
        .iter()
        .enumerate()
        .map(|(index, fraction)| {
            let (x, y) = point(index, fractions.len(), *fraction);
            format!("{x:.1},{y:.1}")
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
    let rings = [0.25, 0.5, 0.75, 1.0]
        .map(|fraction| view! { <polygon class="radar-ring" points=polygon(&vec![fraction; count])></polygon> });
    let spokes = areas
        .iter()
        .enumerate()
        .map(|(index, area)| {
            let (x, y) = point(index, count, 1.0);
            let (label_x, label_y) = point(index, count, 1.2);
            view! {
                <line class="radar-spoke" x1=CENTRE y1=CENTRE x2=x y2=y></line>
                <text class="radar-label" x=label_x y=label_y>{area.id}</text>
            }
        })
        .collect_view();
    let shape = move || {
        let fractions: Vec<f64> = percents
            .get()
            .iter()
            .map(|percent| f64::from(*percent) / 100.0)
            .collect();
        polygon(&fractions)
    };
    view! {
        <svg class="radar" viewBox="0 0 300 300" width="300" height="300" role="img" aria-label=label>
            {rings}
            {spokes}
            <polygon class="radar-shape" points=shape></polygon>
        </svg>
    }
}
