//! Entry point of the risks page's Wasm build (`risks.html`): mounts the risks app and nothing
//! else. It is a separate build so that no other page carries the register, its editors and
//! the heat map; see ARCHITECTURE.md, "One Wasm build per page".

fn main() {
    leptos::mount::mount_to_body(aims_assess::RisksApp);
}
