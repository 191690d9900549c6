//! The browser entry point: hydrates the page the server rendered, and nothing else.
#![recursion_limit = "256"]

/// Called by the hydration script: attaches the app to the server-rendered HTML.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
