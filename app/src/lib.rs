//! Comity: a portal for international standards committees.
//!
//! This crate holds everything the server and the browser share: the rules of the trade
//! (`domain`), the wire types (`model`), the pages (`pages`), the translations (`i18n`), the
//! server functions (`api`) and, behind the `ssr` feature, the server code with all SQL
//! (`server`).
//!
//! The recursion limit: a release build of this crate for the browser compiles every page's
//! full view type (debug builds by cargo-leptos pass `--cfg erase_components`, which erases
//! each component's view into `AnyView`), and computing the layout of the nested hydration
//! futures of the deepest pages goes past rustc's default query depth of 128.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};

use crate::{domain::locale::Locale, i18n::I18n};

/// Where the built CSS, JS and WASM are served from: versioned so they can be cached for a year.
#[derive(Clone, Debug)]
pub struct AssetRoot(pub String);

/// The HTML document around the app (server only; the browser hydrates `<App/>` inside it).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = request_locale();
    provide_context(I18n(locale));
    let root = use_context::<AssetRoot>().map(|r| r.0).unwrap_or_default();
    let css = format!(
        "{root}/{}/{}.css",
        options.site_pkg_dir, options.output_name
    );
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href=css />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <Enhance options root=root />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Loads the WASM that enhances the page — only where JavaScript runs. Leptos's own
/// `HydrationScripts` adds `<link rel="preload">` hints for the JS and the WASM, which a
/// browser fetches even with JavaScript off (about 2 MB for nothing on a slow link); this
/// script starts the same download and hydration, and a page without JavaScript costs only
/// its HTML, CSS and icon.
#[component]
fn Enhance(options: LeptosOptions, root: String) -> impl IntoView {
    let base = format!("{root}/{}", options.site_pkg_dir);
    let js = format!("{base}/{}.js", options.output_name);
    // cargo-leptos names the WASM after the output (it sets LEPTOS_OUTPUT_NAME); a plain
    // wasm-bindgen build adds `_bg`.
    let wasm = match option_env!("LEPTOS_OUTPUT_NAME") {
        Some(_) => format!("{base}/{}.wasm", options.output_name),
        None => format!("{base}/{}_bg.wasm", options.output_name),
    };
    let script = format!(
        "import({js:?}).then(m => m.default({{ module_or_path: {wasm:?} }}).then(() => m.hydrate()));"
    );
    view! { <script type="module" nonce=leptos::nonce::use_nonce() inner_html=script></script> }
}

/// The language of the current request (server) or page (browser).
pub(crate) fn request_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use axum::http::{header, request::Parts};
        if let Some(parts) = use_context::<Parts>() {
            let cookies = parts
                .headers
                .get_all(header::COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok());
            let accept = parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok());
            return Locale::from_headers(cookies, accept);
        }
        Locale::En
    }
    #[cfg(not(feature = "ssr"))]
    {
        document_locale()
    }
}

/// In the browser, the language the server rendered the page in.
#[cfg(not(feature = "ssr"))]
fn document_locale() -> Locale {
    #[cfg(feature = "hydrate")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| Locale::from_code(&code))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        Locale::En
    }
}

/// The application: header, routes and footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = use_context::<I18n>().unwrap_or_else(|| I18n(request_locale()));
    provide_context(i18n);
    pages::AppRoutes()
}
