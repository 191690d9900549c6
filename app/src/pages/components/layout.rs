//! The frame of every page: header with the bodies, the person and the language switcher;
//! the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::sign_in_path;
use crate::{domain::locale::Locale, i18n::use_i18n, model::Message, pages::use_page_data};

/// The current path with its query, for "come back here" links.
fn current_path() -> Signal<String> {
    let location = use_location();
    Signal::derive(move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!(
                "{}?{}",
                location.pathname.get(),
                search.trim_start_matches('?')
            )
        }
    })
}

/// The header: portal name, the bodies, who is signed in, sign-out, languages.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let here = current_path();
    view! {
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    " Comity"
                </a>
                <nav class="bodies-nav" aria-label=i18n.t("nav-bodies")>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            data.bodies.await.unwrap_or_default().into_iter().map(|acronym| {
                                let href = format!("/bodies/{acronym}");
                                view! { <a href=href>{acronym}</a> }
                            }).collect_view()
                        })}
                    </Suspense>
                    <a href="/member-bodies">{i18n.t("nav-member-bodies")}</a>
                    <a href="/search">{i18n.t("nav-search")}</a>
                </nav>
                <div class="account-nav">
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let context = data.context.await.ok();
                            let unread = context.as_ref().map_or(0, |c| c.unread);
                            match context.and_then(|c| c.user) {
                                Some(user) => view! {
                                    <a href="/notifications" class="bell" data-testid="bell"
                                        aria-label=i18n.msg(&Message::new("nav-notifications-count").arg("count", unread.to_string()))>
                                        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" class="bell-icon"><path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.3A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0Z" fill="currentColor" /></svg>
                                        {(unread > 0).then(|| view! { <span class="badge-count" aria-hidden="true">{unread}</span> })}
                                    </a>
                                    {user.is_portal_admin.then(|| view! {
                                        <a href="/admin/invitations">{i18n.t("nav-invite")}</a>
                                        <a href="/admin/audit">{i18n.t("nav-audit")}</a>
                                    })}
                                    <a href="/dashboard">{i18n.t("nav-dashboard")}</a>
                                    <a href="/my/committees">{i18n.t("nav-my-committees")}</a>
                                    <a href="/account" class="user-name" data-testid="user-name">{user.name}</a>
                                    <form method="post" action="/logout" class="inline-form">
                                        <button type="submit" class="link-button">{i18n.t("nav-sign-out")}</button>
                                    </form>
                                }.into_any(),
                                None => view! {
                                    <a href=move || sign_in_path(&here.get())>{i18n.t("nav-sign-in")}</a>
                                }.into_any(),
                            }
                        })}
                    </Suspense>
                </div>
                <LanguageSwitcher />
            </div>
        </header>
    }
}

/// Three buttons in a plain form: works without JavaScript, remembered in a cookie (and in
/// the person's profile when signed in).
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let here = current_path();
    view! {
        <form method="post" action="/lang" class="lang-switcher" aria-label=i18n.t("nav-language")>
            <input type="hidden" name="next" value=move || here.get() />
            {Locale::ALL.into_iter().map(|locale| {
                let current = locale == i18n.0;
                view! {
                    <button
                        type="submit"
                        name="lang"
                        value=locale.code()
                        lang=locale.code()
                        aria-pressed=if current { "true" } else { "false" }
                        class:current=current
                    >
                        {locale.native_name()}
                    </button>
                }
            }).collect_view()}
        </form>
    }
}

/// The footer.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{i18n.t("footer-tagline")}</p>
        </footer>
    }
}
