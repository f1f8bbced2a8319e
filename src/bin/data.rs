//! Entry point of the Data page's Wasm build (`data.html`): mounts the Data app and nothing
//! else. It is a separate build so that the main page does not carry the import and export
//! code; see ARCHITECTURE.md, "Two pages, two Wasm builds".

fn main() {
    leptos::mount::mount_to_body(aims_assess::DataApp);
}
