//! Entry point of the Wasm build: mounts the app on the page body and nothing else.

fn main() {
    leptos::mount::mount_to_body(aims_assess::App);
}
