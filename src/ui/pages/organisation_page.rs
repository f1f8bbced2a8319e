//! The organisation profile: name, sector, size, AI roles and AIMS scope. Every field is
//! optional; the profile fills the SoA header and drives hints, and decides nothing.

use crate::domain::profile::{ProfileText, SizeBand};
use crate::domain::role::AiRole;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::text_field::TextField;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The organisation profile page.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let state = AppState::expect();
    let text = move |field: ProfileText| {
        move || {
            state.assessment.with(|a| match field {
                ProfileText::Organisation => a.profile.organisation.clone(),
                ProfileText::Sector => a.profile.sector.clone(),
                ProfileText::Scope => a.profile.scope.clone(),
                ProfileText::Assessor => a.profile.assessor.clone(),
            })
        }
    };
    let holds_iso27001 = move || state.assessment.with(|a| a.profile.holds_iso27001);
    let size = move || {
        state
            .assessment
            .with(|a| a.profile.size.map(SizeBand::slug).unwrap_or(""))
    };
    let size_options = SizeBand::ALL
        .iter()
        .map(|band| view! { <option value=band.slug()>{band.label()}</option> })
        .collect_view();
    let roles = AiRole::ALL
        .iter()
        .map(|&role| {
            let checked = move || state.assessment.with(|a| a.profile.roles.contains(&role));
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=checked
                        on:change=move |event| state.set_profile_role(role, event_target_checked(&event))
                    />
                    <span>
                        <strong>{role.label()}</strong>
                        {format!(": {}", role.description())}
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Your organisation"</h1>
        <p class="lead">
            "Everything here is optional and stays in this browser. The profile fills the header of your Statement of Applicability, and your AI roles show hints on which controls usually apply. It never decides for you."
        </p>
        <form class="card profile-form" on:submit=|event| event.prevent_default()>
            <TextField
                id="profile-organisation".to_owned()
                label="Organisation name".to_owned()
                class="field-wide"
                autocomplete="organization"
                value=Signal::derive(text(ProfileText::Organisation))
                on_input=Callback::new(move |value| state.set_profile_text(ProfileText::Organisation, value))
            />
            <TextField
                id="profile-sector".to_owned()
                label="Sector".to_owned()
                placeholder="for example: recruitment software"
                value=Signal::derive(text(ProfileText::Sector))
                on_input=Callback::new(move |value| state.set_profile_text(ProfileText::Sector, value))
            />
            <div class="field">
                <label for="profile-size">"Size"</label>
                <select
                    id="profile-size"
                    prop:value=size
                    on:change=move |event| state.set_profile_size(SizeBand::from_slug(&event_target_value(&event)))
                >
                    <option value="">"Not stated"</option>
                    {size_options}
                </select>
            </div>
            <fieldset class="field field-wide">
                <legend>"Your roles towards AI systems (tick all that apply)"</legend>
                {roles}
            </fieldset>
            <div class="field field-wide">
                <label class="check">
                    <input
                        type="checkbox"
                        aria-describedby="profile-iso27001-help"
                        prop:checked=holds_iso27001
                        on:change=move |event| state.set_holds_iso27001(event_target_checked(&event))
                    />
                    <span>"We hold ISO/IEC 27001 certification"</span>
                </label>
                <p class="field-help" id="profile-iso27001-help">
                    "Each clause item then shows what your information security management system usually already provides and where to look for evidence, and each Annex A control lists related ISO/IEC 27001:2022 controls. Nothing is answered for you. "
                    <a href=Route::Frameworks.href()>"Other frameworks"</a>
                </p>
            </div>
            <TextField
                id="profile-scope".to_owned()
                label="Scope of the AI management system".to_owned()
                help="Which activities, products, sites and AI systems the management system covers, as you would want it written on a certificate."
                rows=4
                class="field-wide"
                value=Signal::derive(text(ProfileText::Scope))
                on_input=Callback::new(move |value| state.set_profile_text(ProfileText::Scope, value))
            />
            <TextField
                id="profile-assessor".to_owned()
                label="Assessor".to_owned()
                help="Who carried out this self-assessment (a person or a team). It appears on the cover of the report."
                class="field-wide"
                value=Signal::derive(text(ProfileText::Assessor))
                on_input=Callback::new(move |value| state.set_profile_text(ProfileText::Assessor, value))
            />
        </form>
        <p class="button-row">
            <a class="button" href=Route::Soa.href()>"Go to the Statement of Applicability"</a>
            <a class="button button-secondary" href=Route::Dashboard.href()>"Back to the dashboard"</a>
        </p>
    }
}
