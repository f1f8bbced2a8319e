//! Entry point of the risk plan page's Wasm build (`plan.html`): mounts the plan app and
//! nothing else. The risk criteria and the treatment plan are a build apart from the register
//! so that each first load stays within budget; see ARCHITECTURE.md, "One Wasm build per page".

fn main() {
    leptos::mount::mount_to_body(aims_assess::PlanApp);
}
