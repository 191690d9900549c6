//! The signed-in person's account: time zone, password, how e-mail tells them about each kind
//! of notification, and personal access tokens.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    components::form::{Field, FlashNotice},
    flash_for, require_signed_in, use_page_data,
};
use crate::{
    api,
    domain::notifications::Mode,
    i18n::{notification_kind_key, notification_mode_key, use_i18n},
    model::NotificationSettings,
};

/// `/account`
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let tokens = Resource::new(|| (), |_| api::accounts::list_my_tokens());
    let mail = Resource::new(|| (), |_| api::notifications::get_notification_settings());
    view! {
        <Title text=i18n.t("account-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (context, user) = match require_signed_in(data.context.await) {
                    Ok(found) => found,
                    Err(view) => return view,
                };
                let password_flash = flash_for(&context, "change-password");
                let token_flash = flash_for(&context, "tokens");
                let tokens = tokens.await.unwrap_or_default();
                let mail = mail.await.unwrap_or_default();
                view! {
                    <h1>{i18n.t("account-title")}</h1>
                    <section class="card">
                        <dl class="facts">
                            <dt>{i18n.t("field-name")}</dt><dd>{user.name.clone()}</dd>
                            <dt>{i18n.t("field-email")}</dt><dd><bdi>{user.email.clone()}</bdi></dd>
                        </dl>
                    </section>
                    <section class="card" aria-labelledby="time-zone-title">
                        <h2 id="time-zone-title">{i18n.t("account-time-zone")}</h2>
                        <FlashNotice flash=flash_for(&context, "time-zone") />
                        <form method="post" action="/account/time-zone" class="inline-stack" novalidate>
                            <Field name="time_zone" label=i18n.t("field-own-time-zone") hint=i18n.t("field-own-time-zone-hint")
                                value=flash_for(&context, "time-zone").filter(|f| !f.success).map(|f| f.value("time_zone")).unwrap_or_else(|| user.time_zone.clone().unwrap_or_default())
                                flash=flash_for(&context, "time-zone") />
                            <button type="submit" class="button">{i18n.t("account-time-zone-save")}</button>
                        </form>
                    </section>
                    <section class="card" aria-labelledby="password-title">
                        <h2 id="password-title">{i18n.t("account-change-password")}</h2>
                        <FlashNotice flash=password_flash.clone() />
                        <form method="post" action="/account/password" class="stack" novalidate>
                            <Field name="current_password" label=i18n.t("field-current-password") kind="password" autocomplete="current-password" flash=password_flash.clone() />
                            <Field name="new_password" label=i18n.t("field-new-password") kind="password" autocomplete="new-password" hint=i18n.t("field-new-password-hint") flash=password_flash.clone() />
                            <Field name="confirm_password" label=i18n.t("field-confirm-password") kind="password" autocomplete="new-password" flash=password_flash />
                            <button type="submit" class="button primary">{i18n.t("account-change-password-submit")}</button>
                        </form>
                    </section>
                    <MailSettings settings=mail flash=flash_for(&context, "notification-settings") />
                    <section class="card" aria-labelledby="tokens-title">
                        <h2 id="tokens-title">{i18n.t("account-tokens")}</h2>
                        <p class="hint">{i18n.t("account-tokens-help")}</p>
                        <FlashNotice flash=token_flash.clone() />
                        {token_flash.as_ref().and_then(|f| f.reveal.clone()).map(|secret| view! {
                            <div class="reveal">
                                <p>{i18n.t("account-token-once")}</p>
                                <code dir="ltr" data-testid="new-token">{secret}</code>
                            </div>
                        })}
                        <form method="post" action="/account/tokens" class="inline-stack" novalidate>
                            <Field name="name" label=i18n.t("field-token-name") flash=token_flash.clone() value=token_flash.as_ref().map(|f| f.value("name")).unwrap_or_default() />
                            <button type="submit" class="button">{i18n.t("account-token-create")}</button>
                        </form>
                        {if tokens.is_empty() {
                            view! { <p class="empty">{i18n.t("account-no-tokens")}</p> }.into_any()
                        } else {
                            view! {
                                <table class="table">
                                    <thead><tr>
                                        <th scope="col">{i18n.t("field-token-name")}</th>
                                        <th scope="col">{i18n.t("account-token-created")}</th>
                                        <th scope="col">{i18n.t("account-token-last-used")}</th>
                                        <th scope="col">{i18n.t("account-token-status")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {tokens.into_iter().map(|t| {
                                            let action = format!("/account/tokens/{}/revoke", t.id);
                                            view! {
                                                <tr>
                                                    <td>{t.name.clone()}</td>
                                                    <td>{i18n.utc(t.created_at)}</td>
                                                    <td>{t.last_used_at.map(|at| i18n.utc(at)).unwrap_or_else(|| "—".into())}</td>
                                                    <td>{match t.revoked_at {
                                                        Some(_) => view! { <span class="badge muted">{i18n.t("account-token-revoked")}</span> }.into_any(),
                                                        None => view! {
                                                            <form method="post" action=action class="inline-form">
                                                                <button type="submit" class="link-button danger" aria-label=format!("{} {}", i18n.t("account-token-revoke"), t.name)>{i18n.t("account-token-revoke")}</button>
                                                            </form>
                                                        }.into_any(),
                                                    }}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}

/// How e-mail tells the person about each kind of notification: a radio group per kind
/// (at once, daily summary, none), posted to `/account/notifications`.
#[component]
fn MailSettings(
    /// The current settings.
    settings: NotificationSettings,
    /// The form's flash, if it was just posted.
    flash: Option<crate::model::Flash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let refused = flash.as_ref().filter(|f| !f.success).cloned();
    view! {
        <section class="card" id="notifications" aria-labelledby="mail-settings-title">
            <h2 id="mail-settings-title">{i18n.t("notification-settings-title")}</h2>
            <p class="hint">{i18n.t("notification-settings-intro")}</p>
            <FlashNotice flash=flash.clone() />
            <form method="post" action="/account/notifications" class="stack" novalidate>
                {settings.settings.into_iter().map(|s| {
                    let chosen = refused.as_ref().map(|f| f.value(&s.kind)).filter(|v| !v.is_empty()).unwrap_or(s.mode.clone());
                    let errors: Vec<String> = refused.as_ref().map(|f| f.errors.for_field(&s.kind).map(|m| i18n.msg(m)).collect()).unwrap_or_default();
                    let error_id = format!("mail-{}-error", s.kind);
                    view! {
                        <fieldset class="mail-kind" data-kind=s.kind.clone()
                            aria-invalid=(!errors.is_empty()).then_some("true")
                            aria-describedby=(!errors.is_empty()).then(|| error_id.clone())>
                            <legend>{i18n.t(notification_kind_key(&s.kind))}</legend>
                            <div class="choices">
                            {Mode::ALL.into_iter().map(|mode| {
                                let id = format!("mail-{}-{}", s.kind, mode.code());
                                view! {
                                    <div class="radio">
                                        <input type="radio" id=id.clone() name=s.kind.clone() value=mode.code() checked=chosen == mode.code() />
                                        <label for=id>{i18n.t(notification_mode_key(mode.code()))}</label>
                                    </div>
                                }
                            }).collect_view()}
                            </div>
                            {(!errors.is_empty()).then(|| view! { <p class="field-error" id=error_id.clone()>{errors.join(" ")}</p> })}
                        </fieldset>
                    }
                }).collect_view()}
                <div><button type="submit" class="button primary">{i18n.t("notification-settings-save")}</button></div>
            </form>
        </section>
    }
}
