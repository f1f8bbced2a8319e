//! The SoA findings: excluded controls without a justification first (an auditor would raise
//! them), then undecided controls and included controls without a reason. Each finding moves
//! focus to the control's entry.

use crate::domain::catalog::catalog;
use crate::domain::soa::SoaFinding;
use crate::platform::page;
use crate::state::AppState;
use crate::ui::components::soa_control_row::soa_entry_id;
use leptos::prelude::*;

/// The findings list, or a sentence saying there are none.
#[component]
pub fn SoaFindings() -> impl IntoView {
    let state = AppState::expect();
    let findings = Memo::new(move |_| {
        // Serious findings first, each kind in catalog order (the sort is stable).
        let mut all = state
            .assessment
            .with(|a| a.soa.findings(catalog(), &a.risks));
        all.sort_by_key(|finding| !finding.is_serious());
        all
    });
    let list = move || {
        findings.with(|findings| {
            findings
                .iter()
                .map(|finding: &SoaFinding| {
                    let control_id = finding.control_id();
                    let title = catalog()
                        .item(control_id)
                        .map(|c| c.title)
                        .unwrap_or_default();
                    let class = if finding.is_serious() {
                        "finding finding-serious"
                    } else {
                        "finding"
                    };
                    view! {
                        <li class=class>
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| page::focus_element(&soa_entry_id(control_id))
                            >
                                {format!("{control_id} {title}")}
                            </button>
                            {format!(" {}", finding.message())}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let heading = move || {
        findings.with(|f| {
            let serious = f.iter().filter(|finding| finding.is_serious()).count();
            format!(
                "Findings: {} to fix, {} to finish",
                serious,
                f.len() - serious
            )
        })
    };
    view! {
        <section class="card soa-findings" aria-labelledby="soa-findings-title">
            <h2 id="soa-findings-title">{heading}</h2>
            <p hidden=move || findings.with(|f| !f.is_empty())>
                "No findings: every control has a decision, a reason or a justification."
            </p>
            <ul>{list}</ul>
        </section>
    }
}
