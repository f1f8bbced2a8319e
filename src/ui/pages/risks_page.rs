//! The AI risk register: findings, the heat map, a form to add a risk or start from a typical
//! one, and the list of risks with filters and sorting.

use crate::domain::annex_c::ANNEX_C_SOURCES;
use crate::domain::assessment::Assessment;
use crate::domain::impact_catalog::RISK_LIBRARY;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::risk::{Risk, RiskFilter, RiskOrder, RiskStatus};
use crate::platform::{clock, location};
use crate::state::risks::RisksState;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::filter_select::filter_select;
use crate::ui::components::heat_map::HeatMap;
use crate::ui::components::show_more::{ShowMore, PAGE_SIZE};
use crate::ui::components::undo_notice::UndoNotice;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The AI system a risk belongs to, as the list shows it.
pub fn system_label(assessment: &Assessment, system_id: &str) -> String {
    if system_id.is_empty() {
        return "Whole organisation".to_owned();
    }
    match assessment.inventory.get(system_id) {
        Some(system) => format!("{system_id} {}", system.display_name()),
        None => format!("{system_id} (no longer in the inventory)"),
    }
}

/// One line of the register, computed from a risk so the view only shows text.
#[derive(Clone, PartialEq)]
struct RegisterRow {
    id: String,
    title: String,
    system: String,
    source: String,
    levels: String,
    treatment: String,
    status: String,
}

impl RegisterRow {
    fn of(assessment: &Assessment, risk: &Risk) -> RegisterRow {
        let register = &assessment.risks;
        let band = |rating| {
            register
                .band(rating)
                .map_or("not rated", |band| register.criteria.band_name(band))
                .to_owned()
        };
        let levels = match risk.residual {
            Some(_) => format!(
                "{} before, {} after treatment",
                band(risk.inherent),
                band(risk.residual)
            ),
            None => format!("{} before treatment", band(risk.inherent)),
        };
        // A rating nobody has checked yet is marked in words, not by colour alone.
        let levels = if risk.rating_proposed {
            format!("{levels} (proposed rating, check it)")
        } else {
            levels
        };
        RegisterRow {
            id: risk.id.clone(),
            title: risk.display_title().to_owned(),
            system: system_label(assessment, &risk.system_id),
            source: crate::domain::annex_c::risk_source(&risk.source)
                .map_or("Not chosen".to_owned(), |entry| {
                    format!("{} {}", entry.id, entry.title)
                }),
            levels,
            treatment: risk
                .treatment
                .map_or("Not chosen", |t| t.label())
                .to_owned(),
            status: risk.status.label().to_owned(),
        }
    }
}

/// The risk register page.
#[component]
pub fn RisksPage() -> impl IntoView {
    let state = AppState::expect();
    let risks_state = RisksState::expect();
    let new_title = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Some(id) = state.add_risk(&new_title.get_untracked()) {
            new_title.set(String::new());
            location::set_hash(&Route::Risk { id }.href());
        }
    };
    // Filters hold the selected option's value; "*" is "All".
    let band = RwSignal::new("*".to_owned());
    let system = RwSignal::new("*".to_owned());
    let source = RwSignal::new("*".to_owned());
    let status = RwSignal::new("*".to_owned());
    let order = RwSignal::new("id".to_owned());
    let chosen = |value: String| (value != "*").then_some(value);
    let rows = Memo::new(move |_| {
        let filter = RiskFilter {
            band: chosen(band.get()).and_then(|band| band.parse().ok()),
            system_id: chosen(system.get()),
            source: chosen(source.get()),
            status: chosen(status.get()).and_then(|slug| RiskStatus::from_slug(&slug)),
        };
        let order = match order.get().as_str() {
            "level" => RiskOrder::Level,
            "title" => RiskOrder::Title,
            _ => RiskOrder::Id,
        };
        state.assessment.with(|a| {
            a.risks
                .listed(&filter, order)
                .into_iter()
                .map(|risk| RegisterRow::of(a, risk))
                .collect::<Vec<_>>()
        })
    });
    let total = move || state.assessment.with(|a| a.risks.risks.len());
    let findings = Memo::new(move |_| {
        let today = clock::today();
        state.assessment.with(|a| {
            a.risks
                .findings(today, |control| {
                    a.soa.decision(control).applicability
                        == crate::domain::soa::Applicability::NotApplicable
                })
                .iter()
                .map(|finding| {
                    (
                        finding.risk_id().map(str::to_owned),
                        finding.message(&a.risks),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    // Long lists are drawn a page at a time (see `show_more`).
    let findings_limit = RwSignal::new(PAGE_SIZE);
    let findings_view = move || {
        if findings.with(Vec::is_empty) {
            return view! { <p>"No findings: every risk is rated, accepted where needed, and its actions are on time."</p> }.into_any();
        }
        let items = findings.with(|findings| {
            findings
                .iter()
                .take(findings_limit.get())
                .map(|(risk_id, message)| {
                    let target = match risk_id {
                        Some(id) => Route::Risk { id: id.clone() }.href(),
                        None => Route::Soa.href(),
                    };
                    view! { <li class="finding"><a href=target>{message.clone()}</a></li> }
                })
                .collect_view()
        });
        view! {
            <ul>{items}</ul>
            <ShowMore limit=findings_limit total=Signal::derive(move || findings.with(Vec::len)) noun="findings" />
        }
        .into_any()
    };
    let findings_heading = move || format!("Findings: {}", findings.with(Vec::len));
    let filters = move || {
        state.assessment.with(|a| {
            let bands: Vec<(String, String)> = a
                .risks
                .criteria
                .bands
                .iter()
                .enumerate()
                .map(|(index, name)| (index.to_string(), name.clone()))
                .collect();
            let mut systems = vec![(String::new(), "Whole organisation".to_owned())];
            systems.extend(
                a.inventory
                    .systems
                    .iter()
                    .map(|s| (s.id.clone(), format!("{} {}", s.id, s.display_name()))),
            );
            let sources = ANNEX_C_SOURCES
                .iter()
                .map(|entry| (entry.id.to_owned(), format!("{} {}", entry.id, entry.title)))
                .collect();
            let statuses = RiskStatus::ALL
                .iter()
                .map(|status| (status.slug().to_owned(), status.label().to_owned()))
                .collect();
            view! {
                {filter_select("filter-band", "Level", bands, band)}
                {filter_select("filter-system", "AI system", systems, system)}
                {filter_select("filter-source", "Risk source", sources, source)}
                {filter_select("filter-status", "Status", statuses, status)}
            }
        })
    };
    let limit = RwSignal::new(PAGE_SIZE);
    let list = move || {
        let total_listed = rows.with(Vec::len);
        let rows: Vec<RegisterRow> =
            rows.with(|rows| rows.iter().take(limit.get()).cloned().collect());
        if rows.is_empty() {
            let text = if total() == 0 {
                "No risks recorded yet. Add one above, or start from a typical AI risk."
            } else {
                "No risk matches these filters."
            };
            return view! { <p class="empty-note">{text}</p> }.into_any();
        }
        let cards = rows
            .into_iter()
            .map(|row| {
                let delete_id = row.id.clone();
                let heading_id = format!("risk-{}", row.id);
                let labelled_by = heading_id.clone();
                view! {
                    <li class="card risk-card" aria-labelledby=labelled_by>
                        <h2 class="risk-card-title" id=heading_id>
                            <a href=Route::Risk { id: row.id.clone() }.href()>
                                <span class="item-id">{row.id.clone()}</span>
                                " "
                                {row.title.clone()}
                            </a>
                        </h2>
                        <dl class="facts">
                            <dt>"AI system"</dt>
                            <dd>{row.system}</dd>
                            <dt>"Source"</dt>
                            <dd>{row.source}</dd>
                            <dt>"Level"</dt>
                            <dd>{row.levels}</dd>
                            <dt>"Treatment"</dt>
                            <dd>{row.treatment}</dd>
                            <dt>"Status"</dt>
                            <dd>{row.status}</dd>
                        </dl>
                        <p class="button-row">
                            <button type="button" class="button button-small button-danger" on:click=move |_| risks_state.delete(state, &delete_id)>
                                {format!("Delete {} {}", row.id, row.title)}
                            </button>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="risk-list" aria-label="Risk register">{cards}</ul>
            <ShowMore limit=limit total=Signal::derive(move || total_listed) noun="risks" />
        }
        .into_any()
    };
    let library = RISK_LIBRARY
        .iter()
        .map(|entry| {
            let add_id = entry.id;
            let add_from_library = move |_| {
                if let Some(id) = state.add_library_risk(add_id) {
                    location::set_hash(&Route::Risk { id }.href());
                }
            };
            view! {
                <li class="library-risk">
                    <p class="library-title">{entry.title}</p>
                    <p class="field-help">{entry.description}</p>
                    <button type="button" class="button button-small button-secondary" on:click=add_from_library>
                        {format!("Add {}", entry.title)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Risks"</h1>
        <p class="lead">
            "Record what could go wrong with your AI systems, how likely it is and how bad it would be, what you do about it, and what is left afterwards. Set your risk criteria first, so every risk is rated the same way."
        </p>
        <p class="button-row">
            <a class="button button-secondary" href=Route::RiskCriteria.href()>"Risk criteria"</a>
            <a class="button button-secondary" href=Route::RiskPrint.href()>"Treatment plan (print view)"</a>
        </p>
        <UndoNotice
            id="risk-undo"
            message=Signal::derive(move || risks_state.deleted_message())
            on_undo=Callback::new(move |()| risks_state.undo(state))
        />
        <section class="card risk-findings" aria-labelledby="risk-findings-title">
            <h2 id="risk-findings-title">{findings_heading}</h2>
            {findings_view}
        </section>
        <HeatMap />
        <form class="card add-risk" on:submit=add>
            <div class="field">
                <label for="new-risk-title">"Title of the new risk"</label>
                <input
                    id="new-risk-title"
                    type="text" maxlength=MAX_TEXT_CHARS
                    placeholder="for example: the chatbot gives wrong prices"
                    prop:value=move || new_title.get()
                    on:input=move |event| new_title.set(event_target_value(&event))
                />
            </div>
            <button type="submit" class="button">"Add risk"</button>
        </form>
        <details class="card risk-library">
            <summary>"Start from a typical AI risk"</summary>
            <p>"Each one comes with a source, an objective, a first rating and the Annex A controls that usually treat it. Adjust everything to your situation afterwards."</p>
            <ul class="library-list">{library}</ul>
        </details>
        <section class="risk-register" aria-labelledby="register-title">
            <h2 id="register-title">"Risk register"</h2>
            <div class="filters">
                {filters}
                <div class="field">
                    <label for="risk-order">"Sort by"</label>
                    <select id="risk-order" prop:value=move || order.get() on:change=move |event| order.set(event_target_value(&event))>
                        <option value="id">"ID"</option>
                        <option value="level">"Level, most serious first"</option>
                        <option value="title">"Title"</option>
                    </select>
                </div>
            </div>
            {list}
        </section>
        <p>
            "To work on the register in a spreadsheet, export it as CSV and import it back on the "
            <a href=Route::Data.href()>"Data page"</a>
            "."
        </p>
    }
}
