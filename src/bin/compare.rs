//! Entry point of the comparison page's Wasm build (`compare.html`): mounts the compare app
//! and nothing else. See ARCHITECTURE.md, "One Wasm build per page".

fn main() {
    leptos::mount::mount_to_body(aims_assess::CompareApp);
}
