//! The heat maps of the risk register: where the live (not closed) risks sit on the scales
//! before and after treatment, drawn by the app as SVG squares, one per cell of the lookup
//! table. Consequence grows to the right, likelihood upwards; each square has its band's
//! colour (`RiskCriteria::shade`, the colours are in risks.css) and the number of risks in it.
//!
//! Colour is never the only carrier: each map has a text summary as its accessible name, the
//! legend names the bands, a note under a map names the risks it cannot place (not rated) or
//! places at their level before treatment (no residual rating given), and a table under the
//! maps lists every risk with its levels.
//!
//! The views share a few small builders (one SVG text, one table row of text).

use crate::domain::risk::{residual_text, MapRatings, MapStage, RiskRegister};
use crate::domain::risk_criteria::{Axis, Rating, RiskCriteria};
use crate::platform::page;
use crate::state::AppState;
use leptos::prelude::*;

/// The side of one square, in SVG units (pixels at full size).
const CELL: usize = 48;
/// Room on the left for the likelihood title and level numbers.
const LEFT: usize = 38;
/// Room under the squares for the consequence level numbers and title.
const BOTTOM: usize = 38;

/// A table row of text: a row header, then cells given as (class, text); an empty class is
/// none. Shared by the heat map's table and the treatment plan.
pub fn text_row(head: String, cells: Vec<(String, String)>) -> impl IntoView {
    let cells = cells
        .into_iter()
        .map(|(class, text)| view! { <td class=class>{text}</td> })
        .collect_view();
    view! {
        <tr>
            <th scope="row">{head}</th>
            {cells}
        </tr>
    }
}

/// A text in an SVG, turned upright when `rotate` is set.
fn svg_text(x: usize, y: usize, class: String, text: String, rotate: bool) -> impl IntoView {
    let transform = rotate.then(|| format!("rotate(-90 {x} {y})"));
    view! { <text x=x y=y class=class transform=transform>{text}</text> }
}

/// One heat map: a grid of squares with the counts, level numbers and axis titles.
fn map_svg(criteria: &RiskCriteria, ratings: &[Option<Rating>], stage: &str) -> impl IntoView {
    let rows = criteria.likelihood.len();
    let columns = criteria.consequence.len();
    let width = LEFT + columns * CELL + 2;
    let height = rows * CELL + BOTTOM;
    let mut squares = Vec::new();
    let mut texts = Vec::new();
    for (index, (band, count)) in criteria
        .table
        .iter()
        .zip(criteria.cell_counts(ratings))
        .enumerate()
    {
        // Row 0 of the table is the lowest likelihood, drawn at the bottom.
        let x = LEFT + index % columns * CELL;
        let y = (rows - 1 - index / columns) * CELL;
        let class = format!("heat-{}", criteria.shade(*band));
        if count > 0 {
            let text = count.to_string();
            let text_class = format!("heat-count {class}");
            texts.push(svg_text(
                x + CELL / 2,
                y + CELL / 2,
                text_class,
                text,
                false,
            ));
        }
        squares.push(view! { <rect x={x + 1} y={y + 1} width={CELL - 2} height={CELL - 2} rx="3" class=class></rect> });
    }
    for level in 1..=rows {
        let y = (rows - level) * CELL + CELL / 2;
        texts.push(svg_text(
            LEFT - 8,
            y,
            "heat-tick heat-row".into(),
            level.to_string(),
            false,
        ));
    }
    for level in 1..=columns {
        let x = LEFT + (level - 1) * CELL + CELL / 2;
        texts.push(svg_text(
            x,
            rows * CELL + 12,
            "heat-tick".into(),
            level.to_string(),
            false,
        ));
    }
    let middle = LEFT + columns * CELL / 2;
    texts.push(svg_text(
        middle,
        height - 6,
        "heat-axis".into(),
        "Consequence →".into(),
        false,
    ));
    texts.push(svg_text(
        10,
        rows * CELL / 2,
        "heat-axis".into(),
        "Likelihood →".into(),
        true,
    ));
    view! {
        <svg
            class="heat-svg"
            viewBox=format!("0 0 {width} {height}")
            width=width
            height=height
            role="img"
            aria-label=criteria.heat_summary(stage, ratings)
        >
            {squares}
            {texts}
        </svg>
    }
}

/// What a map leaves out or shows at its level before treatment, in words; empty when it
/// shows every live risk at its own rating.
fn map_note(map: &MapRatings) -> Option<String> {
    let mut sentences = Vec::new();
    if !map.at_inherent.is_empty() {
        sentences.push(format!(
            "Shown at the level before treatment, as no level after treatment is given: {}.",
            map.at_inherent.join(", ")
        ));
    }
    if !map.unrated.is_empty() {
        sentences.push(format!(
            "Not on this map, as not rated yet: {}.",
            map.unrated.join(", ")
        ));
    }
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

/// Both maps, the legend and the key to the level numbers.
fn maps_view(register: &RiskRegister) -> impl IntoView {
    let criteria = &register.criteria;
    let maps = [
        (
            "Before treatment (inherent)",
            "Before treatment",
            MapStage::BeforeTreatment,
        ),
        (
            "After treatment (residual)",
            "After treatment",
            MapStage::AfterTreatment,
        ),
    ];
    let figures = maps
        .into_iter()
        .map(|(caption, label, stage)| {
            let map = register.map_ratings(stage);
            let note = map_note(&map).map(|note| view! { <p class="heat-note">{note}</p> });
            view! {
                <figure class="heat-figure">
                    <figcaption>{caption}</figcaption>
                    {map_svg(criteria, &map.ratings, label)}
                    {note}
                </figure>
            }
        })
        .collect_view();
    let legend = legend(criteria);
    let key = format!(
        "Likelihood levels: {}.\nConsequence levels: {}.",
        criteria.scale_key(Axis::Likelihood),
        criteria.scale_key(Axis::Consequence)
    );
    view! {
        <div class="heat-maps">{figures}</div>
        {legend}
        <p class="heat-key preserve-lines">{key}</p>
    }
}

/// The legend: each band's colour and name, least serious first.
fn legend(criteria: &RiskCriteria) -> impl IntoView {
    let items = criteria
        .bands
        .iter()
        .enumerate()
        .map(|(band, name)| {
            let shade = criteria.shade(u8::try_from(band).unwrap_or(u8::MAX));
            view! {
                <li>
                    <span class=format!("heat-swatch heat-{shade}") aria-hidden="true"></span>
                    {name.clone()}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="heat-legend" aria-label="Bands, least serious first">{items}</ul> }
}

/// One map of where the live risks stand now (`Risk::current_rating`: the inherent level
/// until the treatment is done, then the residual one), with its legend: the miniature on the dashboard and in the report.
pub fn current_map(register: &RiskRegister) -> impl IntoView {
    let map = register.map_ratings(MapStage::Current);
    let note = map_note(&map).map(|note| view! { <p class="heat-note">{note}</p> });
    view! {
        {map_svg(&register.criteria, &map.ratings, "Current level")}
        {note}
        {legend(&register.criteria)}
    }
}

/// The rows of the table alternative: every live risk with both ratings in words.
fn table_rows(register: &RiskRegister) -> impl IntoView {
    let criteria = &register.criteria;
    let cell = |text: String| (String::new(), text);
    let mut rows: Vec<_> = register
        .risks
        .iter()
        .filter(|risk| risk.status.is_live())
        .map(|risk| {
            let cells = vec![
                cell(risk.display_title().to_owned()),
                cell(criteria.rating_text(risk.inherent)),
                cell(residual_text(criteria, risk)),
            ];
            text_row(risk.id.clone(), cells)
        })
        .collect();
    if rows.is_empty() {
        let cells = vec![
            cell("No open risks yet.".into()),
            cell(String::new()),
            cell(String::new()),
        ];
        rows.push(text_row("—".into(), cells));
    }
    rows
}

/// The heat maps of the open assessment's risk register, with their table alternative.
#[component]
pub fn HeatMap() -> impl IntoView {
    let state = AppState::expect();
    // The table lists every live risk; it is drawn only while open, since a register of
    // thousands of risks would slow every visit to the page for a table few people open.
    let table_open = RwSignal::new(false);
    let rows = move || {
        table_open
            .get()
            .then(|| state.assessment.with(|a| table_rows(&a.risks)))
    };
    view! {
        <section class="card heat-map" aria-labelledby="heat-map-title">
            <h2 id="heat-map-title">"Heat map"</h2>
            <p class="field-help">
                "Each square is one combination of likelihood and consequence, coloured by its band. The number in it counts the risks there; closed risks are left out."
            </p>
            {move || state.assessment.with(|a| maps_view(&a.risks))}
            <details class="heat-table no-print" on:toggle=move |event| table_open.set(page::details_open(&event))>
                <summary>"Heat map as a table"</summary>
                <div class="table-scroll" tabindex="0" role="group" aria-label="Risks by level (scroll sideways on small screens)">
                    <table class="document-table">
                        <thead>
                            <tr>
                                <th scope="col">"ID"</th>
                                <th scope="col">"Risk"</th>
                                <th scope="col">"Before treatment"</th>
                                <th scope="col">"After treatment"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
