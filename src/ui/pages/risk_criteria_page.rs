//! Risk criteria: the names and number of the likelihood and consequence levels, the level
//! bands, the lookup table that gives each combination its band, and the acceptance limit.
//!
//! Every change goes through a named action in `state::risks`; a refused one (such as
//! removing a level a risk is rated on) is reported there, and the selects here follow the
//! assessment, so they show the old value again.
//!
//! The three lists of names share one section builder, and every select one builder.

use crate::domain::risk_criteria::{
    Axis, Rating, RiskCriteria, MAX_BANDS, MAX_SCALE_LEVELS, MIN_BANDS, MIN_SCALE_LEVELS,
};
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::text_field::TextField;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// A level or band number as the domain counts it.
fn small(number: usize) -> u8 {
    u8::try_from(number).unwrap_or(u8::MAX)
}

/// A select: its options as (value, text), the value now chosen, and what a choice does.
/// `id` is for a visible `<label for>`, `label` names a select that has none.
struct Choice {
    id: Option<&'static str>,
    label: Option<String>,
    options: Vec<(usize, String)>,
    current: Signal<usize>,
    on_change: Callback<usize>,
}

/// The select of a `Choice`. Options are selected through their property, which follows the
/// assessment, so the select shows the stored value even after a refused change.
fn select_view(choice: Choice) -> impl IntoView {
    let current = choice.current;
    let options = choice
        .options
        .into_iter()
        .map(|(value, text)| {
            view! { <option value=value prop:selected=move || current.get() == value>{text}</option> }
        })
        .collect_view();
    let described_by = choice.id.map(|id| format!("{id}-help"));
    view! {
        <select
            id=choice.id
            aria-label=choice.label
            aria-describedby=described_by
            on:change=move |event| {
                if let Ok(value) = event_target_value(&event).parse() {
                    choice.on_change.run(value);
                }
            }
        >
            {options}
        </select>
    }
}

/// One option per band, with its name.
fn band_options(bands: &[String]) -> Vec<(usize, String)> {
    bands.iter().cloned().enumerate().collect()
}

/// A list of names the user sets: the levels of a scale, or the bands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Names {
    Scale(Axis),
    Bands,
}

impl Names {
    fn list(self, criteria: &RiskCriteria) -> &[String] {
        match self {
            Names::Scale(axis) => criteria.scale(axis),
            Names::Bands => &criteria.bands,
        }
    }

    /// The slug for element IDs, the heading, the introduction and the help of the size select.
    fn texts(self) -> [&'static str; 4] {
        const SCALE_HELP: &str = "Levels are added or removed at the top. Removing a level is refused while a risk is rated on it; re-rate those risks first. Any change of size puts the lookup table back to the proposed one.";
        match self {
            Names::Scale(Axis::Likelihood) => [
                "likelihood",
                "Likelihood scale",
                "How likely it is that the risk happens, for example within a year. Level 1 is the least likely.",
                SCALE_HELP,
            ],
            Names::Scale(Axis::Consequence) => [
                "consequence",
                "Consequence scale",
                "How bad it would be, for the people affected and for the organisation, if it happened. Level 1 is the mildest.",
                SCALE_HELP,
            ],
            Names::Bands => [
                "band",
                "Level bands",
                "A band is the level a risk gets, such as Low or High. Band 1 is the least serious, the last band the most serious.",
                "Bands are added or removed at the serious end. Any change puts the lookup table back to the proposed one and keeps the acceptance limit within the bands.",
            ],
        }
    }

    /// The label of the field of name `number` (counted from 1).
    fn field_label(self, number: usize) -> String {
        match self {
            Names::Scale(Axis::Likelihood) => format!("Likelihood level {number} name"),
            Names::Scale(Axis::Consequence) => format!("Consequence level {number} name"),
            Names::Bands => format!("Band {number} name"),
        }
    }

    /// The label and element ID of the size select, and the sizes it offers.
    fn size_select(self) -> (&'static str, &'static str, usize, usize) {
        match self {
            Names::Scale(Axis::Likelihood) => (
                "Number of likelihood levels",
                "likelihood-levels",
                MIN_SCALE_LEVELS,
                MAX_SCALE_LEVELS,
            ),
            Names::Scale(Axis::Consequence) => (
                "Number of consequence levels",
                "consequence-levels",
                MIN_SCALE_LEVELS,
                MAX_SCALE_LEVELS,
            ),
            Names::Bands => ("Number of bands", "band-count", MIN_BANDS, MAX_BANDS),
        }
    }

    fn rename(self, state: AppState, index: usize, name: String) {
        match self {
            Names::Scale(axis) => state.rename_risk_level(axis, small(index + 1), name),
            Names::Bands => state.rename_risk_band(index, name),
        }
    }

    fn resize(self, state: AppState, size: usize) {
        match self {
            Names::Scale(axis) => state.resize_risk_scale(axis, size),
            Names::Bands => state.resize_risk_bands(size),
        }
    }
}

/// A text field for each of the first `count` names.
fn name_fields(state: AppState, names: Names, count: usize) -> impl IntoView {
    let slug = names.texts()[0];
    (0..count)
        .map(|index| {
            let value = Signal::derive(move || {
                state.assessment.with(|a| {
                    let list = names.list(&a.risks.criteria);
                    list.get(index).cloned().unwrap_or_default()
                })
            });
            view! {
                <TextField
                    id=format!("{slug}-{}", index + 1)
                    label=names.field_label(index + 1)
                    value=value
                    on_input=Callback::new(move |name| names.rename(state, index, name))
                />
            }
        })
        .collect_view()
}

/// The section of a list of names: how many there are, and a field per name.
fn names_section(state: AppState, names: Names) -> impl IntoView {
    let [slug, heading, intro, help] = names.texts();
    let (label, select_id, min, max) = names.size_select();
    let size = Signal::derive(move || {
        state
            .assessment
            .with(|a| names.list(&a.risks.criteria).len())
    });
    // The fields are built again only when the number changes, not on every keystroke, so
    // typing keeps the focus.
    let count = Memo::new(move |_| size.get());
    let sizes = (min..=max).map(|size| (size, size.to_string())).collect();
    let select = select_view(Choice {
        id: Some(select_id),
        label: None,
        options: sizes,
        current: size,
        on_change: Callback::new(move |size| names.resize(state, size)),
    });
    let heading_id = format!("criteria-{slug}-title");
    let labelled_by = heading_id.clone();
    view! {
        <section class="card criteria-section" aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            <p>{intro}</p>
            <div class="field criteria-count">
                <label for=select_id>{label}</label>
                <p class="field-help" id=format!("{select_id}-help")>{help}</p>
                {select}
            </div>
            <div class="criteria-names">{move || name_fields(state, names, count.get())}</div>
        </section>
    }
}

/// The names the lookup table shows: likelihood levels, consequence levels and bands. The
/// table is built again when they change (their fields have the focus then), not when a cell
/// changes, so a cell's select keeps the focus.
type TableNames = (Vec<String>, Vec<String>, Vec<String>);

/// The lookup table: likelihood from high (top) to low, consequence from low (left) to high,
/// and in each cell a select of its band, coloured by the band.
fn lookup_table(state: AppState, (likelihood, consequence, bands): TableNames) -> impl IntoView {
    let head = consequence
        .iter()
        .enumerate()
        .map(|(index, name)| view! { <th scope="col">{format!("{} {name}", index + 1)}</th> })
        .collect_view();
    let body = likelihood
        .iter()
        .enumerate()
        .rev()
        .map(|(row, name)| {
            let cells = (0..consequence.len())
                .map(|column| {
                    let rating = Rating::new(small(row + 1), small(column + 1));
                    let band = Signal::derive(move || {
                        state
                            .assessment
                            .with(|a| a.risks.criteria.band(rating).map_or(0, usize::from))
                    });
                    let select = select_view(Choice {
                        id: None,
                        label: Some(format!(
                            "Band for likelihood {}, consequence {}",
                            row + 1,
                            column + 1
                        )),
                        options: band_options(&bands),
                        current: band,
                        on_change: Callback::new(move |band| {
                            state.set_risk_cell(rating, small(band))
                        }),
                    });
                    let shade = move || {
                        state
                            .assessment
                            .with(|a| a.risks.criteria.shade(small(band.get())))
                    };
                    view! { <td class=move || format!("heat-{}", shade())>{select}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{format!("{} {name}", row + 1)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="criteria-table">
            <caption class="visually-hidden">"Lookup table"</caption>
            <thead>
                <tr>
                    <td class="criteria-corner">"Likelihood ↓ Consequence →"</td>
                    {head}
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// The section of the lookup table, with the reset to the proposed one.
fn table_section(state: AppState) -> impl IntoView {
    let names = Memo::new(move |_| {
        state.assessment.with(|a| {
            let criteria = &a.risks.criteria;
            (
                criteria.likelihood.clone(),
                criteria.consequence.clone(),
                criteria.bands.clone(),
            )
        })
    });
    view! {
        <section class="card criteria-section criteria-wide" aria-labelledby="criteria-table-title">
            <h2 id="criteria-table-title">"Lookup table"</h2>
            <p>"Each cell gives the band of a risk with that likelihood and consequence: likelihood down the side, the most likely at the top, and consequence across, the most severe on the right. Change any cell to match how your organisation sees its risks."</p>
            <div class="table-scroll" tabindex="0" role="group" aria-label="Lookup table (scroll sideways on small screens)">
                {move || lookup_table(state, names.get())}
            </div>
            <p class="field-help">
                "The proposed table multiplies the likelihood level by the consequence level and compares the product with the largest one your scales allow. The limits between bands widen towards the top: with n bands they lie at the squares of 2/(n+1), 3/(n+1) and so on, times the largest product; with four bands, at 16%, 36% and 64% of it. So the most serious bands are kept for risks that are both likely and severe. For five levels on each scale and four bands, products 1 to 4 are in the first band, 5 to 9 in the second, 10 to 16 in the third and 20 to 25 in the fourth."
            </p>
            <p class="button-row">
                <button type="button" class="button button-secondary" on:click=move |_| state.reset_risk_table()>
                    "Reset table to the proposed one"
                </button>
            </p>
        </section>
    }
}

/// The section of the acceptance limit.
fn acceptance_section(state: AppState) -> impl IntoView {
    // Built again when the bands are renamed (their fields have the focus then).
    let bands = Memo::new(move |_| state.assessment.with(|a| a.risks.criteria.bands.clone()));
    let limit = Signal::derive(move || {
        state
            .assessment
            .with(|a| usize::from(a.risks.criteria.acceptable_up_to))
    });
    view! {
        <section class="card criteria-section" aria-labelledby="criteria-acceptance-title">
            <h2 id="criteria-acceptance-title">"Acceptance limit"</h2>
            <div class="field">
                <label for="acceptance-limit">"Highest band that may be kept without a named acceptance"</label>
                <p class="field-help" id="acceptance-limit-help">
                    "A risk whose level is above this band (after treatment, or before it while no level after treatment is estimated) may only stay as it is once a named person has accepted it, with a date. The register lists every such risk that is not accepted yet."
                </p>
                {move || {
                    select_view(Choice {
                        id: Some("acceptance-limit"),
                        label: None,
                        options: bands.with(|bands| band_options(bands)),
                        current: limit,
                        on_change: Callback::new(move |band| state.set_acceptance_limit(small(band))),
                    })
                }}
            </div>
        </section>
    }
}

/// The risk criteria page.
#[component]
pub fn RiskCriteriaPage() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <p class="breadcrumb no-print">
            <a href=Route::Risks.href()>"← Risk register"</a>
        </p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Risk criteria"</h1>
        <p class="lead">
            "Settle how you rate risks before you rate any: what each level of likelihood and consequence means, which combinations are low or high, and how serious a risk may be before someone must accept it by name. Rules fixed in advance make ratings comparable between people and over time, and let anyone retrace how a level was reached."
        </p>
        <div class="criteria-grid">
            {names_section(state, Names::Scale(Axis::Likelihood))}
            {names_section(state, Names::Scale(Axis::Consequence))}
            {names_section(state, Names::Bands)}
            {acceptance_section(state)}
            {table_section(state)}
        </div>
    }
}
