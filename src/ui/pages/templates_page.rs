//! The templates of the management system's documents: what each is for, the items it
//! serves, and whether the user has edited or adopted it.

use crate::domain::records::RegisterKind;
use crate::domain::templates::TEMPLATES;
use crate::state::route::Route;
use crate::state::AppState;
use crate::ui::pages::PAGE_TITLE_ID;
use leptos::prelude::*;

/// The list of templates.
#[component]
pub fn TemplatesPage() -> impl IntoView {
    let state = AppState::expect();
    // Per template: edited by the user, and the document entries recorded under its title.
    let states = Memo::new(move |_| {
        state.assessment.with(|a| {
            let documents = &a.records.get(RegisterKind::Documents).records;
            TEMPLATES
                .iter()
                .map(|spec| {
                    let adopted: Vec<String> = documents
                        .iter()
                        .filter(|record| record.text("title").trim() == spec.title)
                        .map(|record| record.id.clone())
                        .collect();
                    (a.template_texts.contains_key(spec.slug), adopted)
                })
                .collect::<Vec<_>>()
        })
    });
    let cards = TEMPLATES
        .iter()
        .enumerate()
        .map(|(index, spec)| {
            let heading_id = format!("template-{}", spec.slug);
            let labelled_by = heading_id.clone();
            let status = move || {
                states.with(|states| {
                    let Some((edited, adopted)) = states.get(index) else {
                        return String::new();
                    };
                    let text = if *edited { "Edited by you" } else { "Generated from your records" };
                    if adopted.is_empty() {
                        format!("{text} · not in the documents register yet")
                    } else {
                        format!("{text} · recorded as {}", adopted.join(", "))
                    }
                })
            };
            view! {
                <li class="card system-card" aria-labelledby=labelled_by>
                    <h2 id=heading_id><a href=Route::Template { slug: spec.slug.to_owned() }.href()>{spec.title}</a></h2>
                    <p>{spec.summary}</p>
                    <p class="serves">{format!("Serves {}", spec.serves.join(", "))}</p>
                    <p>{status}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="breadcrumb"><a href=Route::Records.href()>"Records"</a></p>
        <h1 id=PAGE_TITLE_ID tabindex="-1">"Templates"</h1>
        <p class="lead">"Starting points for the documents an auditor reads first, written for this app and filled in from what you have recorded. Each is a draft to adapt to how your organisation really works: anything still missing is marked [to be completed: ...]. Edit a template here, download it as Markdown or print it, and record it in the documents register once it is approved."</p>
        <ul class="system-list" aria-label="Templates">{cards}</ul>
    }
}
