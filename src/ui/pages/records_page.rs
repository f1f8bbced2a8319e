//! The records of the management system: one card per register with its size and open
//! findings, and the ways to the templates and the road to certification.

use crate::domain::checks::Place;
use crate::domain::records::RegisterKind;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// One register's card: how many entries, how many findings point into it.
#[derive(Debug, Clone, PartialEq)]
struct RegisterCard {
    kind: RegisterKind,
    entries: usize,
    findings: usize,
}

/// The hub of the records.
#[component]
pub fn RecordsPage() -> impl IntoView {
    let state = AppState::expect();
    let cards = Memo::new(move |_| {
        let counts: Vec<(RegisterKind, usize)> = state.assessment.with(|a| {
            RegisterKind::ALL
                .into_iter()
                .map(|kind| (kind, a.records.get(kind).records.len()))
                .collect()
        });
        state.findings.with(|findings| {
            counts
                .into_iter()
                .map(|(kind, entries)| RegisterCard {
                    kind,
                    entries,
                    findings: findings
                        .iter()
                        .filter(|finding| match &finding.place {
                            Place::Record(place_kind, _) | Place::Register(place_kind) => {
                                *place_kind == kind
                            }
                            _ => false,
                        })
                        .count(),
                })
                .collect::<Vec<_>>()
        })
    });
    let list = move || {
        cards
            .get()
            .into_iter()
            .map(|card| {
                let spec = card.kind.spec();
                let heading_id = format!("register-{}", spec.slug);
                let labelled_by = heading_id.clone();
                let entries = match card.entries {
                    0 => "No entries yet".to_owned(),
                    1 => "1 entry".to_owned(),
                    n => format!("{n} entries"),
                };
                let findings = match card.findings {
                    0 => "No findings".to_owned(),
                    1 => "1 finding".to_owned(),
                    n => format!("{n} findings"),
                };
                view! {
                    <li class="card system-card" aria-labelledby=labelled_by>
                        <h2 id=heading_id><a href=Route::Register { kind: card.kind }.href()>{spec.title}</a></h2>
                        <p class="serves">{format!("ISO/IEC 42001 {}", spec.serves)}</p>
                        <p>{format!("{entries} · {findings}")}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Records of the management system"</h1>
        <p class="lead">"The answers say what you do; these records show it. They are what a certification auditor asks to see first: your documents, objectives and how you measure them, who is competent for what, your internal audits and management reviews, what went wrong and what you did about it, and the suppliers you rely on. Everything stays in this browser."</p>
        <ul class="system-list" aria-label="Registers">{list}</ul>
        <section class="card" aria-labelledby="records-more-heading">
            <h2 id="records-more-heading">"Templates and the road to certification"</h2>
            <ul>
                <li><a href=Route::Templates.href()>"Templates"</a>": starting points for the AI policy and ten other documents, filled in from what you have recorded."</li>
                <li><a href=Route::Certification.href()>"Road to certification"</a>": target dates for stage 1 and stage 2, the phases, and what stands in the way."</li>
            </ul>
        </section>
    }
}
