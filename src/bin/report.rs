//! Entry point of the report page's Wasm build (`report.html`): mounts the report app and
//! nothing else. See ARCHITECTURE.md, "One Wasm build per page".

fn main() {
    leptos::mount::mount_to_body(aims_assess::ReportApp);
}
