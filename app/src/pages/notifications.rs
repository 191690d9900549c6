//! `/notifications`: what happened in the reader's committees, newest first. Opening one
//! marks it read; "Mark all as read" clears the header's count. Plain forms posting to
//! `server/src/notification_forms.rs`, so it works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    components::{form::FlashNotice, Moment, Pager},
    errors::error_view,
    flash_for, require_signed_in, use_page_data,
};
use crate::{
    api,
    i18n::{notification_kind_key, use_i18n},
    model::Message,
};

/// `/notifications`
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let query = use_query_map();
    let list = Resource::new(
        move || query.read().get("page").and_then(|p| p.parse::<i64>().ok()),
        api::notifications::get_notifications,
    );
    view! {
        <Title text=i18n.t("notifications-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match require_signed_in(data.context.await) {
                    Ok((context, _)) => context,
                    Err(view) => return view,
                };
                let list = match list.await {
                    Ok(l) => l,
                    Err(e) => return error_view(e),
                };
                let flash = flash_for(&context, "notifications");
                view! {
                    <header class="page-head">
                        <h1>{i18n.t("notifications-title")}</h1>
                        <p class="muted" data-testid="unread-count">
                            {i18n.msg(&Message::new("notifications-unread").arg("count", list.unread.to_string()))}
                        </p>
                    </header>
                    <FlashNotice flash=flash />
                    <section class="card stack" aria-labelledby="notifications-list">
                        <h2 id="notifications-list" class="visually-hidden">{i18n.t("notifications-title")}</h2>
                        {(list.unread > 0).then(|| view! {
                            <form method="post" action="/notifications/read" class="inline-form">
                                <button type="submit" class="button">{i18n.t("notifications-mark-all")}</button>
                            </form>
                        })}
                        {if list.notifications.is_empty() {
                            view! { <p class="empty">{i18n.t("notifications-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="notification-list">
                                    {list.notifications.into_iter().map(|n| view! {
                                        <li class:unread=!n.read data-notification=n.kind.clone()>
                                            <form method="post" action=format!("/notifications/{}/open", n.id) class="inline-form">
                                                <button type="submit" class="link-button notification-text">
                                                    {(!n.read).then(|| view! { <span class="visually-hidden">{i18n.t("notifications-new")} " "</span> })}
                                                    {n.text.clone()}
                                                </button>
                                            </form>
                                            <Moment text=n.created.clone() class="muted" />
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <Pager page=list.page per_page=50 total=list.total link="/notifications?page=".to_string() />
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}

/// `/unsubscribe/:token/:kind`: the link at the foot of every e-mail. Asks before stopping
/// (mail scanners follow links; only the button's POST stops anything), then says it is done.
/// No sign-in: the link's secret names the person.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let status = Resource::new(
        move || {
            let p = params.read();
            (
                p.get("token").unwrap_or_default(),
                p.get("kind").unwrap_or_default(),
            )
        },
        |(token, kind)| api::notifications::get_unsubscribe_status(token, kind),
    );
    view! {
        <Title text=i18n.t("unsubscribe-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = data.context.await.unwrap_or_default();
                let settings_link = view! {
                    <p><a href="/account#notifications">{i18n.t("unsubscribe-settings")}</a></p>
                };
                let body = match status.await {
                    Err(_) => view! {
                        <p class="notice error" role="alert">{i18n.t("unsubscribe-unknown")}</p>
                        {settings_link}
                    }.into_any(),
                    Ok(view) => {
                        let kind = i18n.t(notification_kind_key(&view.kind));
                        if view.stopped {
                            view! {
                                <p class="notice success" role="status" data-testid="unsubscribed">
                                    {i18n.msg(&Message::new("unsubscribe-done").arg("kind", kind))}
                                </p>
                                {settings_link}
                            }.into_any()
                        } else {
                            let p = params.read_untracked();
                            let action = format!(
                                "/unsubscribe/{}/{}",
                                p.get("token").unwrap_or_default(),
                                p.get("kind").unwrap_or_default()
                            );
                            view! {
                                <FlashNotice flash=flash_for(&context, "unsubscribe") />
                                <p>{i18n.msg(&Message::new("unsubscribe-question").arg("kind", kind))}</p>
                                <form method="post" action=action class="inline-form">
                                    <button type="submit" class="button primary">{i18n.t("unsubscribe-confirm")}</button>
                                </form>
                            }.into_any()
                        }
                    }
                };
                view! {
                    <h1>{i18n.t("unsubscribe-title")}</h1>
                    <section class="card stack">{body}</section>
                }.into_any()
            })}
        </Suspense>
    }
}
