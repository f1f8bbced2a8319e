//! Entry point of the action plan page's Wasm build (`actions.html`): mounts the actions app
//! and nothing else. See ARCHITECTURE.md, "One Wasm build per page".

fn main() {
    leptos::mount::mount_to_body(aims_assess::ActionsApp);
}
