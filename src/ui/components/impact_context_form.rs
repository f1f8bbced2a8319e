//! The context of use an impact assessment records before its harms: whether the use falls in
//! an area the EU AI Act lists as high-risk (Annex III), how many people the system reaches,
//! legal effects and fundamental rights, vulnerable groups, jurisdictions and the intended
//! benefits.

use crate::domain::impact_record::{AnnexIiiArea, PeopleReached, ANNEX_III_SOURCE};
use crate::domain::system::SystemText;
use crate::state::AppState;
use crate::ui::components::choice_group::ChoiceGroup;
use crate::ui::components::text_field::TextField;
use leptos::prelude::*;

/// The context part of one system's impact assessment.
#[component]
pub fn ImpactContextForm(system_id: String) -> impl IntoView {
    let state = AppState::expect();
    let id = StoredValue::new(system_id);
    let record = move |read: fn(&crate::domain::system::AiSystem) -> Option<String>| {
        Signal::derive(move || {
            state
                .assessment
                .with(|a| a.inventory.get(&id.get_value()).and_then(read))
        })
    };
    let text_value = move |field: SystemText| state.system_text(id.get_value(), field);
    let text_field = move |field: SystemText, label: &'static str, help: &'static str| {
        view! {
            <TextField
                id=format!("impact-{}", field.slug())
                label=label.to_owned()
                help=help
                rows=2
                value=text_value(field)
                on_input=Callback::new(move |text| state.set_system_text(&id.get_value(), field, text))
                class="field-wide"
            />
        }
    };
    let areas = AnnexIiiArea::ALL
        .iter()
        .map(|area| (area.slug().to_owned(), area.label().to_owned()))
        .collect();
    let people = PeopleReached::ALL
        .iter()
        .map(|people| (people.slug().to_owned(), people.label().to_owned()))
        .collect();
    view! {
        <section class="card impact-part" aria-labelledby="impact-part-context">
            <h2 id="impact-part-context">"Context of use"</h2>
            <ChoiceGroup
                id="impact-annex-iii".to_owned()
                question="Is the system used in one of the areas the EU AI Act lists as high-risk?".to_owned()
                help=format!("Pick the area that fits best. A use in any of them makes the impact level at least 3. Source: {ANNEX_III_SOURCE}")
                options=areas
                chosen=record(|system| system.impact.annex_iii.map(|area| area.slug().to_owned()))
                on_change=Callback::new(move |option: Option<String>| {
                    state.set_annex_iii(&id.get_value(), option.as_deref().and_then(AnnexIiiArea::from_slug))
                })
            />
            <ChoiceGroup
                id="impact-people-reached".to_owned()
                question="Roughly how many people do the system's outputs reach in a year?".to_owned()
                help="Count everyone affected, such as applicants, customers or members of the public, not only users.".to_owned()
                options=people
                chosen=record(|system| system.impact.people_reached.map(|people| people.slug().to_owned()))
                on_change=Callback::new(move |option: Option<String>| {
                    state.set_people_reached(&id.get_value(), option.as_deref().and_then(PeopleReached::from_slug))
                })
            />
            {text_field(SystemText::LegalEffects, "Legal effects and fundamental rights", "Decisions with legal or similarly significant effects on people, and the rights they touch, such as equal treatment, privacy or access to work.")}
            {text_field(SystemText::VulnerableGroups, "Vulnerable groups affected", "Such as children, older people, people with disabilities, or people in debt or ill health.")}
            {text_field(SystemText::Jurisdictions, "Where it is used", "Countries or regions, which decide the laws that apply.")}
            {text_field(SystemText::Benefits, "Intended benefits", "What the system is meant to achieve, and for whom.")}
        </section>
    }
}
