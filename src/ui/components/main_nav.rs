//! The main navigation: one link per section, the current one marked with `aria-current`.
//!
//! On narrow screens the links fold away behind a "Menu" button, with the current section's
//! name beside it, so the section itself keeps the screen. The link names and the button are
//! part of the product's accessible contract (docs/ui-names.md).

use crate::platform::page;
use crate::state::route::Section;
use crate::state::AppState;
use leptos::prelude::*;

/// The ID of the list of links, which the menu button controls.
const LINKS_ID: &str = "main-nav-links";
/// The ID of the menu button, which gets focus back when the menu closes with Escape.
const MENU_BUTTON_ID: &str = "main-nav-menu";

/// The site's one navigation landmark.
#[component]
pub fn MainNav() -> impl IntoView {
    let state = AppState::expect();
    let current = Memo::new(move |_| state.route.with(|route| route.section()));
    // Whether the folded menu is open; on wide screens the links always show.
    let open = RwSignal::new(false);
    // Following a link (or Back) closes the menu, so the new section is in view.
    Effect::new(move |_| {
        state.route.track();
        open.set(false);
    });
    let close_on_escape = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            open.set(false);
            page::focus_element_in_place(MENU_BUTTON_ID);
        }
    };
    let link = move |section: Section| {
        let is_current = move || (current.get() == section).then_some("page");
        view! {
            <li>
                <a href=section.home().href() aria-current=is_current>
                    {section.label()}
                </a>
            </li>
        }
    };
    view! {
        <nav class="main-nav" aria-label="Main" on:keydown=close_on_escape>
            <div class="menu-bar">
                <button
                    type="button"
                    id=MENU_BUTTON_ID
                    class="menu-button"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=LINKS_ID
                    on:click=move |_| open.update(|open| *open = !*open)
                >
                    <span class="menu-icon" aria-hidden="true">
                        {move || if open.get() { "\u{2715}" } else { "\u{2630}" }}
                    </span>
                    "Menu"
                </button>
                <span class="menu-current">{move || current.get().label()}</span>
            </div>
            <ul id=LINKS_ID class:open=move || open.get()>
                {Section::ALL.into_iter().map(link).collect_view()}
            </ul>
        </nav>
    }
}
