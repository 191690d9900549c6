//! A body's page: its committees as a tree, its member bodies, and (for its administrators)
//! the form that creates a committee.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::components::LocalText;
use super::{
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
    domain::{committees::KINDS, member_bodies::BODY_CATEGORIES},
    i18n::{tkey, use_i18n},
    model::{BodyView, Flash, Message},
};

/// The i18n key naming a category of membership of a body.
pub fn category_key(code: &str) -> &'static str {
    match code {
        "affiliate" => tkey("category-affiliate"),
        "observer" => tkey("category-observer"),
        _ => tkey("category-member"),
    }
}

/// For portal administrators: make a member body a member (affiliate, observer) of the body.
#[component]
fn SetBodyMember(body: BodyView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let values = flash.clone().unwrap_or_default();
    let options = BODY_CATEGORIES
        .into_iter()
        .map(|c| (c.to_string(), i18n.t(category_key(c))))
        .collect::<Vec<_>>();
    view! {
        <h3 id="set-member-title">{i18n.t("body-set-member")}</h3>
        <form method="post" action=format!("/bodies/{}/members", body.acronym) class="inline-stack" aria-labelledby="set-member-title" novalidate>
            <Field name="member_body" label=i18n.t("field-member-body") hint=i18n.t("field-member-body-hint") value=values.value("member_body") flash=flash.clone() />
            <Select name="category" label=i18n.t("field-body-category") options=options selected=values.value("category") flash=flash />
            <button type="submit" class="button">{i18n.t("body-set-member-submit")}</button>
        </form>
    }
}

/// `/bodies/:acronym`
#[component]
pub fn BodyPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let body = Resource::new(
        move || params.read().get("acronym").unwrap_or_default(),
        api::bodies::get_body,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let body = match body.await {
                    Ok(b) => b,
                    Err(e) => return error_view(e),
                };
                let name = match i18n.0 {
                    crate::domain::locale::Locale::Fr => body.name_fr.clone(),
                    crate::domain::locale::Locale::Ar => body.name_ar.clone(),
                    crate::domain::locale::Locale::En => None,
                }
                .unwrap_or_else(|| body.name_en.clone());
                let flash = flash_for(&context, "committee");
                let members_flash = flash_for(&context, "body-members");
                view! {
                    <Title text=format!("{} {}", body.acronym, name) />
                    <header class="page-head">
                        <p class="eyebrow"><bdi>{body.acronym.clone()}</bdi></p>
                        <h1>{name}</h1>
                    </header>
                    <FlashNotice flash=flash_for(&context, "body") />
                    <div class="two-columns">
                        <section class="card" aria-labelledby="committees-title">
                            <h2 id="committees-title">{i18n.t("home-committees")}</h2>
                            <ul class="committee-list">
                                {body.committees.iter().map(|c| {
                                    let depth = c.reference.matches('/').count().saturating_sub(1);
                                    let disbanded = c.is_disbanded();
                                    view! {
                                        <li class=format!("committee depth-{depth}") class:disbanded=disbanded>
                                            <bdi class="ref" dir="ltr">{c.reference.clone()}</bdi>
                                            <a class="title" href=format!("/committees/{}", c.id)><LocalText text=c.title_in(i18n.0).0.to_string() lang=c.title_in(i18n.0).1 /></a>
                                            {disbanded.then(|| view! { <span class="badge muted">{i18n.t("committee-status-disbanded")}</span> })}
                                            {c.secretariat.clone().map(|s| view! {
                                                <span class="secretariat">{i18n.t("home-secretariat")} " " <bdi>{s}</bdi></span>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            {body.can_manage.then(|| view! { <CreateCommittee body=body.clone() flash=flash.clone() /> })}
                        </section>
                        <section class="card" aria-labelledby="member-bodies-title">
                            <h2 id="member-bodies-title">{i18n.t("committee-members")} " " <span class="count">{body.members.len()}</span></h2>
                            <FlashNotice flash=members_flash.clone() />
                            <ul class="member-list">
                                {body.members.iter().map(|m| view! {
                                    <li data-member=m.code.clone()>
                                        <bdi class="code">{m.code.clone()}</bdi>
                                        <a class="name" href=format!("/member-bodies/{}", m.code)>{m.name.clone()}</a>
                                        <span class="since"><bdi>{m.country.clone()}</bdi> " · " {i18n.msg(&Message::new("since-date").arg("date", format_date(m.since)))}</span>
                                        {(m.category != "member").then(|| view! { <span class="badge muted">{i18n.t(category_key(&m.category))}</span> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                            {body.can_manage_members.then(|| view! { <SetBodyMember body=body.clone() flash=members_flash.clone() /> })}
                        </section>
                    </div>
                    <super::ballots::BodyRules acronym=body.acronym.clone() flash=flash_for(&context, "rules") />
                }.into_any()
            })}
        </Suspense>
    }
}

#[component]
fn CreateCommittee(body: BodyView, flash: Option<crate::model::Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let values = flash.clone().unwrap_or_default();
    let kind = values.value("kind");
    let parent = values.value("parent_id");
    let parent_error = flash
        .as_ref()
        .map(|f| {
            f.errors
                .for_field("parent_id")
                .map(|m| i18n.msg(m))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    let has_parent_error = !parent_error.is_empty();
    view! {
        <h3 id="create-title">{i18n.t("body-create-committee")}</h3>
        <FlashNotice flash=flash.clone() />
        <form method="post" action=format!("/bodies/{}/committees", body.acronym) class="stack" aria-labelledby="create-title" novalidate>
            <div class="inline-stack">
                <div class="field">
                    <label for="field-kind">{i18n.t("field-committee-kind")}</label>
                    <select id="field-kind" name="kind">
                        {KINDS.into_iter().map(|k| view! { <option value=k selected=kind == k>{k}</option> }).collect_view()}
                    </select>
                </div>
                <Field name="number" label=i18n.t("field-committee-number") kind="number" value=values.value("number") flash=flash.clone() />
            </div>
            <div class="field" class:invalid=has_parent_error>
                <label for="field-parent_id">{i18n.t("field-committee-parent")}</label>
                <select id="field-parent_id" name="parent_id" aria-describedby=has_parent_error.then_some("field-parent_id-error")>
                    <option value="">{i18n.t("field-committee-no-parent")}</option>
                    {body.committees.iter().map(|c| view! {
                        <option value=c.id.clone() selected=parent == c.id>{c.reference.clone()}</option>
                    }).collect_view()}
                </select>
                {has_parent_error.then(|| view! { <p class="field-error" id="field-parent_id-error">{parent_error}</p> })}
            </div>
            <Field name="title" label=i18n.t("field-committee-title") value=values.value("title") flash=flash.clone() />
            <Field name="title_fr" label=i18n.t("field-committee-title-fr") value=values.value("title_fr") flash=flash.clone() />
            <Field name="title_ar" label=i18n.t("field-committee-title-ar") value=values.value("title_ar") flash=flash.clone() />
            <Field name="secretariat" label=i18n.t("field-secretariat") hint=i18n.t("field-secretariat-hint") value=values.value("secretariat") flash=flash />
            <button type="submit" class="button primary">{i18n.t("body-create-committee-submit")}</button>
        </form>
    }
}
