//! Sign-in.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_query_map};

use super::{
    components::form::{Field, FlashNotice},
    errors::error_view,
    flash_for, use_page_data,
};
use crate::i18n::use_i18n;

/// Where to go after signing in: only a path on this site (no open redirects).
pub fn safe_next(next: Option<String>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n,
        _ => "/".to_string(),
    }
}

/// `/login`
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let query = use_query_map();
    let next = move || safe_next(query.read_untracked().get("next"));
    view! {
        <Title text=i18n.t("login-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                if context.user.is_some() {
                    return view! { <Redirect path=next() /> }.into_any();
                }
                let flash = flash_for(&context, "login");
                let email = flash.as_ref().map(|f| f.value("email")).unwrap_or_default();
                view! {
                    <section class="card narrow">
                        <h1>{i18n.t("login-title")}</h1>
                        <FlashNotice flash=flash.clone() />
                        <form method="post" action="/login" class="stack" novalidate>
                            <input type="hidden" name="next" value=next() />
                            <Field name="email" label=i18n.t("field-email") kind="email" value=email autocomplete="username" flash=flash.clone() />
                            <Field name="password" label=i18n.t("field-password") kind="password" autocomplete="current-password" flash=flash />
                            <button type="submit" class="button primary">{i18n.t("login-submit")}</button>
                        </form>
                        <p class="hint">{i18n.t("login-no-account")}</p>
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next(Some("/account".into())), "/account");
        assert_eq!(safe_next(Some("//evil.example".into())), "/");
        assert_eq!(safe_next(Some("https://evil.example".into())), "/");
        assert_eq!(safe_next(Some("/\\evil.example".into())), "/");
        assert_eq!(safe_next(None), "/");
    }
}
