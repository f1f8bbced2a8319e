//! One harm section of the impact assessment: its questions, or, when the user marks it as not
//! applying to the system, a field for the reason instead. A section that does not apply is
//! not asked and so never lowers the level. Its heading is a button that folds the section
//! down to its heading and how many of its questions are answered.

use crate::domain::impact_catalog::HarmSection;
use crate::domain::impact_text::ImpactText;
use crate::domain::progress::harm_section_progress;
use crate::state::folds::fold_open;
use crate::state::AppState;
use crate::ui::components::fold_toggle::FoldToggle;
use crate::ui::components::harm_question_view::HarmQuestionView;
use crate::ui::components::text_field::TextField;
use leptos::prelude::*;
use std::sync::Arc;

/// One harm section of one system.
#[component]
pub fn HarmSectionView(
    system_id: String,
    section: &'static HarmSection,
    text: Arc<ImpactText>,
    /// Whether the section starts open, unless the user opened or closed it this session.
    start_open: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id.clone());
    let fold_key = format!("impact:{system_id}:{}", section.id);
    let open = fold_open(&fold_key, start_open);
    let body_id = format!("impact-section-{}-body", section.id);
    let progress = move || {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .map(|system| {
                    if system.impact.not_applicable.contains_key(section.id) {
                        "Does not apply".to_owned()
                    } else {
                        harm_section_progress(section, &system.impact).sentence("answered")
                    }
                })
                .unwrap_or_default()
        })
    };
    let reason = Memo::new(move |_| {
        state.assessment.with(|a| {
            a.inventory
                .get(&id.get_value())
                .and_then(|system| system.impact.not_applicable.get(section.id).cloned())
        })
    });
    let not_applicable = move || reason.with(Option::is_some);
    let wording = text.groups.get(section.id).cloned().unwrap_or_default();
    let questions = section
        .questions
        .iter()
        .map(|harm| view! { <HarmQuestionView system_id=system_id.clone() harm=harm text=text.clone() /> })
        .collect_view();
    let heading_id = format!("impact-section-{}", section.id);
    let checkbox_id = format!("{heading_id}-not-applicable");
    let reason_id = format!("{heading_id}-reason");
    let title = wording.title.clone();
    view! {
        <section class="impact-section" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>
                <FoldToggle key=fold_key open=open controls=body_id.clone()>{wording.title.clone()}</FoldToggle>
            </h3>
            <p class="fold-progress">{progress}</p>
            <div id=body_id hidden=move || !open.get()>
            <p class="section-intro">{wording.intro.clone()}</p>
            <label class="choice-line not-applicable">
                <input
                    type="checkbox"
                    id=checkbox_id
                    prop:checked=not_applicable
                    on:change=move |event| state.set_section_applies(&id.get_value(), section.id, !event_target_checked(&event))
                />
                <span>{format!("{title} does not apply to this system")}</span>
            </label>
            <Show when=not_applicable>
                <TextField
                    id=reason_id.clone()
                    label="Why it does not apply".to_owned()
                    help="A reason an auditor can check, such as \"the system handles no personal data: it only reads sensor values\"."
                    rows=2
                    value=Signal::derive(move || reason.get().unwrap_or_default())
                    on_input=Callback::new(move |text| state.set_not_applicable_reason(&id.get_value(), section.id, text))
                    class="field-wide"
                />
            </Show>
            <div class="section-questions" hidden=not_applicable>{questions}</div>
            </div>
        </section>
    }
}
