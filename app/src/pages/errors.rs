//! Human pages for 404, 403 and 500, each with a way back, and the mapping from an error
//! to the page (or the sign-in redirect) that shows it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_location};

use super::components::sign_in_path;
use crate::{
    error::AppError,
    i18n::{tkey, use_i18n},
};

/// Sets the HTTP status of the response being rendered (server only; no-op in the browser).
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(
            axum::http::StatusCode::from_u16(code)
                .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

#[component]
fn ErrorPage(code: u16, title_key: &'static str, body_key: &'static str) -> impl IntoView {
    set_status(code);
    let i18n = use_i18n();
    let title = i18n.t(title_key);
    view! {
        <Title text=title.clone() />
        <section class="error-page" data-status=code>
            <p class="error-code">{code}</p>
            <h1>{title}</h1>
            <p>{i18n.t(body_key)}</p>
            <p><a class="button" href="/">{i18n.t("error-back-home")}</a></p>
        </section>
    }
}

/// 404.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ErrorPage code=404 title_key=tkey("error-404-title") body_key=tkey("error-404-body") /> }
}

/// 403.
#[component]
pub fn Forbidden() -> impl IntoView {
    view! { <ErrorPage code=403 title_key=tkey("error-403-title") body_key=tkey("error-403-body") /> }
}

/// 500 (and 503: the database is away for a moment, said as such).
#[component]
pub fn ServerError(
    /// 500 for a failure, 503 when the database is away.
    #[prop(default = 500)]
    code: u16,
) -> impl IntoView {
    if code == 503 {
        view! { <ErrorPage code=code title_key=tkey("error-503-title") body_key=tkey("error-unavailable") /> }
    } else {
        view! { <ErrorPage code=code title_key=tkey("error-500-title") body_key=tkey("error-500-body") /> }
    }
}

/// Sends a visitor to sign in, coming back here afterwards.
#[component]
pub fn SignInRedirect() -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    view! { <Redirect path=sign_in_path(&path) /> }
}

/// The page for an error that stops a whole page from showing.
pub fn error_view(error: AppError) -> AnyView {
    match error {
        AppError::Unauthenticated => view! { <SignInRedirect /> }.into_any(),
        AppError::Forbidden => view! { <Forbidden /> }.into_any(),
        AppError::NotFound => view! { <NotFound /> }.into_any(),
        AppError::Unavailable => view! { <ServerError code=503 /> }.into_any(),
        _ => view! { <ServerError /> }.into_any(),
    }
}
