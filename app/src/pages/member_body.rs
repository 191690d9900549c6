//! Member bodies: the list of all of them (with the form that registers one, for portal
//! administrators), and one member body's page: its committees and its people (with the
//! controls that give and take roles, for its officers).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::components::LocalText;
use super::{
    committee::status_key,
    components::{
        form::{Field, FlashNotice, Select},
        format_date,
    },
    errors::error_view,
    flash_for, use_page_data,
};
use crate::domain::locale::Titled;
use crate::{
    api,
    i18n::{tkey, use_i18n},
    model::{Flash, MemberBodyView, Message},
};

/// The i18n key naming a role in a member body.
pub fn person_role_key(code: &str) -> &'static str {
    if code == "officer" {
        tkey("role-officer")
    } else {
        tkey("role-expert")
    }
}

/// `/member-bodies`
#[component]
pub fn MemberBodiesPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let list = Resource::new(|| (), |_| api::bodies::list_member_bodies());
    view! {
        <Title text=i18n.t("member-bodies-title") />
        <header class="page-head">
            <h1>{i18n.t("member-bodies-title")}</h1>
            <p class="lead">{i18n.t("member-bodies-lead")}</p>
        </header>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let list = match list.await {
                    Ok(l) => l,
                    Err(e) => return error_view(e),
                };
                let is_admin = context.user.as_ref().is_some_and(|u| u.is_portal_admin);
                let flash = flash_for(&context, "member-body");
                view! {
                    {(!is_admin).then(|| view! { <FlashNotice flash=flash.clone() /> })}
                    <div class="two-columns">
                        <section class="card" aria-labelledby="all-member-bodies">
                            <h2 id="all-member-bodies">{i18n.t("member-bodies-all")} " " <span class="count">{list.len()}</span></h2>
                            <table class="table">
                                <thead><tr>
                                    <th scope="col">{i18n.t("field-code")}</th>
                                    <th scope="col">{i18n.t("field-name")}</th>
                                    <th scope="col">{i18n.t("field-country")}</th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|m| view! {
                                        <tr data-member=m.code.clone()>
                                            <td><bdi class="code">{m.code.clone()}</bdi></td>
                                            <td><a href=format!("/member-bodies/{}", m.code)>{m.name}</a></td>
                                            <td><bdi>{m.country}</bdi></td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </section>
                        {is_admin.then(|| view! { <RegisterMemberBody flash=flash /> })}
                    </div>
                }.into_any()
            })}
        </Suspense>
    }
}

/// For portal administrators: register a national member body.
#[component]
fn RegisterMemberBody(flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let values = flash.clone().unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="register-member-body">
            <h2 id="register-member-body">{i18n.t("member-bodies-register")}</h2>
            <FlashNotice flash=flash.clone() />
            <form method="post" action="/member-bodies" class="stack" novalidate>
                <Field name="code" label=i18n.t("field-code") hint=i18n.t("field-member-body-code-hint") value=values.value("code") flash=flash.clone() />
                <Field name="name" label=i18n.t("field-name") value=values.value("name") flash=flash.clone() />
                <Field name="country" label=i18n.t("field-country") hint=i18n.t("field-country-hint") value=values.value("country") flash=flash />
                <button type="submit" class="button primary">{i18n.t("member-bodies-register-submit")}</button>
            </form>
        </section>
    }
}

/// `/member-bodies/:code`
#[component]
pub fn MemberBodyPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let found = Resource::new(
        move || params.read().get("code").unwrap_or_default(),
        api::bodies::get_member_body,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let mb = match found.await {
                    Ok(m) => m,
                    Err(e) => return error_view(e),
                };
                let flash = flash_for(&context, "people");
                view! {
                    <Title text=format!("{} {}", mb.member_body.code, mb.member_body.name) />
                    <header class="page-head">
                        <p class="eyebrow"><bdi>{mb.member_body.code.clone()}</bdi> " · " <bdi>{mb.member_body.country.clone()}</bdi></p>
                        <h1>{mb.member_body.name.clone()}</h1>
                    </header>
                    <FlashNotice flash=flash_for(&context, "member-body") />
                    <div class="two-columns">
                        <section class="card" aria-labelledby="mb-committees">
                            <h2 id="mb-committees">{i18n.t("home-committees")}</h2>
                            {if mb.committees.is_empty() {
                                view! { <p class="empty">{i18n.t("committee-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="committee-list">
                                        {mb.committees.iter().map(|c| view! {
                                            <li class="committee">
                                                <bdi class="ref" dir="ltr">{c.committee.reference.clone()}</bdi>
                                                <a class="title" href=format!("/committees/{}", c.committee.id)><LocalText text=c.committee.title_in(i18n.0).0.to_string() lang=c.committee.title_in(i18n.0).1 /></a>
                                                <span class="secretariat">{i18n.t(status_key(&c.membership))}</span>
                                                {c.committee.is_disbanded().then(|| view! { <span class="badge muted">{i18n.t("committee-status-disbanded")}</span> })}
                                                <span class="since">{i18n.msg(&Message::new("since-date").arg("date", format_date(c.since)))}</span>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </section>
                        <People mb=mb flash=flash />
                    </div>
                }.into_any()
            })}
        </Suspense>
    }
}

/// The member body's people; for its officers (and portal administrators) with the controls
/// that give and take their roles.
#[component]
fn People(mb: MemberBodyView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let code = mb.member_body.code.clone();
    let manage = mb.can_manage_people;
    let values = flash.clone().unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="mb-people">
            <h2 id="mb-people">{i18n.t("member-body-people")}</h2>
            <FlashNotice flash=flash.clone() />
            {if mb.people.is_empty() {
                view! { <p class="empty">{i18n.t("committee-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="member-list">
                        {mb.people.iter().map(|p| {
                            let action = format!("/member-bodies/{}/people/{}/remove", code, p.id);
                            let label = format!("{} {}", i18n.t("member-body-remove-person"), p.name);
                            view! {
                                <li>
                                    <span class="code">{i18n.t(person_role_key(&p.role))}</span>
                                    <span class="name">{p.name.clone()}</span>
                                    <span class="since">{i18n.msg(&Message::new("since-date").arg("date", format_date(p.since)))}</span>
                                    {manage.then(|| view! {
                                        <form method="post" action=action class="inline-form">
                                            <button type="submit" class="link-button danger" aria-label=label>{i18n.t("member-body-remove-person")}</button>
                                        </form>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {manage.then(|| {
                let options = ["officer", "expert"]
                    .into_iter()
                    .map(|r| (r.to_string(), i18n.t(person_role_key(r))))
                    .collect::<Vec<_>>();
                view! {
                    <h3 id="give-person-role">{i18n.t("member-body-give-role")}</h3>
                    <form method="post" action=format!("/member-bodies/{}/people", code) class="inline-stack" aria-labelledby="give-person-role" novalidate>
                        <Field name="email" label=i18n.t("field-email") kind="email" hint=i18n.t("member-body-email-hint") value=values.value("email") flash=flash.clone() />
                        <Select name="role" label=i18n.t("field-role") options=options selected=values.value("role") flash=flash.clone() />
                        <button type="submit" class="button">{i18n.t("member-body-give-role-submit")}</button>
                    </form>
                }
            })}
        </section>
    }
}
