//! The SoA findings: excluded controls without a justification first (an auditor would raise
//! them), then undecided controls and included controls without a reason. Each finding moves
//! focus to the control's entry. On a narrow screen a long list starts folded behind its
//! heading, which gives the counts.

use crate::domain::catalog::catalog;
use crate::domain::soa::SoaFinding;
use crate::platform::page;
use crate::state::folds::{fold_open, narrow_screen};
use crate::state::AppState;
use crate::ui::components::fold_toggle::FoldToggle;
use crate::ui::components::soa_control_row::soa_entry_id;
use leptos::prelude::*;

/// A list of more findings than this starts folded on a narrow screen.
const LONG_LIST: usize = 10;

/// The key the list's fold is remembered under.
const FOLD_KEY: &str = "soa:findings";

/// The findings list, or a sentence saying there are none.
#[component]
pub fn SoaFindings() -> impl IntoView {
    let state = AppState::expect();
    let findings = Memo::new(move |_| {
        // Each finding comes with its control's title (an own control's is the user's).
        let all: Vec<(SoaFinding, String)> = state.assessment.with(|a| {
            a.soa
                .findings(catalog(), &a.risks)
                .into_iter()
                .map(|finding| {
                    let title = a
                        .soa
                        .control_title(catalog(), finding.control_id())
                        .unwrap_or_default()
                        .to_owned();
                    (finding, title)
                })
                .collect()
        });
        // Serious findings first, each group in catalog order: a stable partition, not a
        // sort, which would add its own copy of the stable sort to the Wasm module.
        let (mut serious, other): (Vec<_>, Vec<_>) = all
            .into_iter()
            .partition(|(finding, _)| finding.is_serious());
        serious.extend(other);
        serious
    });
    let list = move || {
        findings.with(|findings| {
            findings
                .iter()
                .map(|(finding, title): &(SoaFinding, String)| {
                    let control_id = finding.control_id().to_owned();
                    let entry_id = soa_entry_id(&control_id);
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
                                on:click=move |_| page::focus_element(&entry_id)
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
            let serious = f.iter().filter(|(finding, _)| finding.is_serious()).count();
            format!(
                "Findings: {} to fix, {} to finish",
                serious,
                f.len() - serious
            )
        })
    };
    let long = findings.with_untracked(|f| f.len() > LONG_LIST);
    let open = fold_open(FOLD_KEY, !(narrow_screen() && long));
    view! {
        <section class="card soa-findings" aria-labelledby="soa-findings-title">
            <h2 id="soa-findings-title">
                <FoldToggle key=FOLD_KEY.to_owned() open=open controls="soa-findings-body".to_owned()>
                    {heading}
                </FoldToggle>
            </h2>
            <div id="soa-findings-body" hidden=move || !open.get()>
                <p hidden=move || findings.with(|f| !f.is_empty())>
                    "No findings: every control has a decision, a reason or a justification."
                </p>
                <ul>{list}</ul>
            </div>
        </section>
    }
}
