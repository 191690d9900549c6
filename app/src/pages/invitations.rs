//! Inviting people (portal administrators) and accepting an invitation.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{
    components::form::{Field, FlashNotice},
    errors::{error_view, set_status, Forbidden},
    flash_for, require_signed_in, use_page_data,
};
use crate::{api, error::AppError, i18n::use_i18n};

/// `/admin/invitations`
#[component]
pub fn InvitePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    view! {
        <Title text=i18n.t("invite-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (context, user) = match require_signed_in(data.context.await) {
                    Ok(found) => found,
                    Err(view) => return view,
                };
                // Comfort only: the form route asks domain::permissions again.
                if !user.is_portal_admin {
                    return view! { <Forbidden /> }.into_any();
                }
                let flash = flash_for(&context, "invite");
                let values = flash.clone().unwrap_or_default();
                view! {
                    <section class="card narrow">
                        <h1>{i18n.t("invite-title")}</h1>
                        <p class="hint">{i18n.t("invite-help")}</p>
                        <FlashNotice flash=flash.clone() />
                        {flash.as_ref().and_then(|f| f.reveal.clone()).map(|link| view! {
                            <div class="reveal">
                                <p>{i18n.t("invite-link-once")}</p>
                                <code dir="ltr" data-testid="invitation-link">{link}</code>
                            </div>
                        })}
                        <form method="post" action="/admin/invitations" class="stack" novalidate>
                            <Field name="name" label=i18n.t("field-name") value=values.value("name") autocomplete="off" flash=flash.clone() />
                            <Field name="email" label=i18n.t("field-email") kind="email" value=values.value("email") autocomplete="off" flash=flash.clone() />
                            <Field name="member_body" label=i18n.t("field-invite-member-body") value=values.value("member_body") hint=i18n.t("field-member-body-hint") flash=flash />
                            <button type="submit" class="button primary">{i18n.t("invite-submit")}</button>
                        </form>
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}

/// `/invitations/:token`
#[component]
pub fn AcceptPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let invitation = Resource::new(token, api::accounts::get_invitation);
    view! {
        <Title text=i18n.t("accept-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let (email, name) = match invitation.await {
                    Ok(found) => found,
                    Err(AppError::NotFound) => {
                        set_status(404);
                        return view! {
                            <section class="card narrow">
                                <h1>{i18n.t("accept-invalid-title")}</h1>
                                <p>{i18n.t("accept-invalid-body")}</p>
                                <p><a class="button" href="/login">{i18n.t("nav-sign-in")}</a></p>
                            </section>
                        }.into_any();
                    }
                    Err(e) => return error_view(e),
                };
                let flash = flash_for(&context, "accept");
                let action = format!("/invitations/{}", token());
                view! {
                    <section class="card narrow">
                        <h1>{i18n.t("accept-title")}</h1>
                        <p>{i18n.msg(&crate::model::Message::new("accept-welcome").arg("name", name))}</p>
                        <FlashNotice flash=flash.clone() />
                        <form method="post" action=action class="stack" novalidate>
                            <input type="email" name="username" value=email autocomplete="username" hidden />
                            <Field name="password" label=i18n.t("field-new-password") kind="password" autocomplete="new-password" hint=i18n.t("field-new-password-hint") flash=flash.clone() />
                            <Field name="confirm_password" label=i18n.t("field-confirm-password") kind="password" autocomplete="new-password" flash=flash />
                            <button type="submit" class="button primary">{i18n.t("accept-submit")}</button>
                        </form>
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}
