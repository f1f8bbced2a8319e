//! One template: its text (generated from the assessment until the user edits it), what is
//! still to complete, and the ways out: Markdown, print, the documents register.

use crate::domain::templates::{self, placeholders};
use crate::platform::{location, page};
use crate::state::notices::Spot;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::components::spot_notices::SpotNotices;
use crate::ui::pages::not_found_page::NotFoundPage;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The editor of one template.
#[component]
pub fn TemplatePage(slug: String) -> impl IntoView {
    let state = AppState::expect();
    let Some(spec) = templates::template(&slug) else {
        return view! { <NotFoundPage what=Route::Template { slug }.href() /> }.into_any();
    };
    let text = state.template_text(spec);
    let edited = Memo::new(move |_| {
        state
            .assessment
            .with(|a| a.template_texts.contains_key(spec.slug))
    });
    let missing = Memo::new(move |_| text.with(|text| placeholders(text)));
    let missing_view = move || {
        let missing = missing.get();
        if missing.is_empty() {
            return view! { <p>"Nothing is marked as still to complete."</p> }.into_any();
        }
        let count = missing.len();
        let items = missing
            .into_iter()
            .map(|what| view! { <li>{what}</li> })
            .collect_view();
        view! {
            <details class="card">
                <summary>{format!("{} places still to complete", count)}</summary>
                <ul>{items}</ul>
            </details>
        }
        .into_any()
    };
    let print = move |_| {
        if let Err(error) = page::print() {
            state.report_error_at(
                Spot::Templates,
                format!("The print dialog could not open: {error}."),
            );
        }
    };
    let adopt = move |_| {
        if let Some(id) = state.adopt_template(spec) {
            location::set_hash(
                &Route::Record {
                    kind: crate::domain::records::RegisterKind::Documents,
                    id,
                }
                .href(),
            );
        }
    };
    view! {
        <p class="breadcrumb no-print"><a href=Route::Records.href()>"Records"</a>" › "<a href=Route::Templates.href()>"Templates"</a></p>
        <h1 id=PAGE_TITLE_ID tabindex="-1" class="no-print">{spec.title}</h1>
        <p class="lead no-print">{spec.summary}</p>
        <p class="serves no-print">{format!("Serves {}", spec.serves.join(", "))}</p>
        <div class="no-print">{missing_view}</div>
        <p class="button-row no-print">
            <button type="button" class="button" on:click=move |_| state.export_template(spec, text.get_untracked())>"Download as Markdown"</button>
            <button type="button" class="button button-secondary" on:click=print>"Print"</button>
            <button type="button" class="button button-secondary" on:click=adopt>"Record in the documents register"</button>
            {move || edited.get().then(|| view! {
                <button type="button" class="button button-secondary" on:click=move |_| state.reset_template_text(spec.slug)>"Start again from the generated text"</button>
            })}
        </p>
        <SpotNotices spot=Spot::Templates />
        <div class="field field-wide no-print">
            <label for="template-text">"Text of the template (Markdown)"</label>
            <p class="field-help" id="template-text-help">"Until you change it, the text follows what you record elsewhere in the app. Your changes are kept in this browser with the assessment."</p>
            <textarea id="template-text" class="template-text" rows="24" aria-describedby="template-text-help"
                maxlength=crate::domain::limits::MAX_TEXT_CHARS
                prop:value=move || text.get()
                on:input=move |event| state.set_template_text(spec.slug, event_target_value(&event))></textarea>
        </div>
        <pre class="template-print print-only">{move || text.get()}</pre>
    }
    .into_any()
}
