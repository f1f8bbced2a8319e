//! Entry point of the AI systems page's Wasm build (`systems.html`): mounts the systems app
//! and nothing else. It is a separate build so that the main page does not carry the
//! questionnaire and its forms; see ARCHITECTURE.md, "One Wasm build per page".

fn main() {
    leptos::mount::mount_to_body(aims_assess::SystemsApp);
}
