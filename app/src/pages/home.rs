//! The home page: the bodies and their committees.

use leptos::prelude::*;
use leptos_meta::Title;

use super::components::LocalText;
use super::{
    components::form::{Field, FlashNotice},
    errors::error_view,
    flash_for, use_page_data,
};
use crate::domain::locale::Titled;
use crate::{i18n::use_i18n, model::Flash};

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let bodies = Resource::new(|| (), |_| crate::api::bodies::list_bodies());
    view! {
        <Title text=i18n.t("home-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let flash = data.context.await.ok().and_then(|c| flash_for(&c, "welcome"));
                view! { <FlashNotice flash=flash /> }
            })}
        </Suspense>
        <section class="intro">
            <h1>{i18n.t("home-title")}</h1>
            <p class="lead">{i18n.t("home-lead")}</p>
        </section>
        <super::ballots::NeedingMyVote />
        <Suspense fallback=move || view! { <p class="loading">{i18n.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let bodies = match bodies.await {
                    Ok(b) => b,
                    Err(e) => return error_view(e),
                };
                if bodies.is_empty() {
                    return view! { <p class="empty">{i18n.t("home-no-bodies")}</p> }.into_any();
                }
                view! {
                    <div class="body-grid">
                        {bodies.into_iter().map(|body| {
                            let name = body.name(i18n.0).to_string();
                            let members = i18n.msg(&crate::model::Message::new("home-member-count").arg("count", body.member_count.to_string()));
                            view! {
                                <section class="card body-card" id=format!("body-{}", body.acronym) aria-labelledby=format!("body-{}-title", body.acronym)>
                                    <h2 id=format!("body-{}-title", body.acronym)>
                                        <bdi class="acronym">{body.acronym.clone()}</bdi>
                                        <span class="body-name">{name}</span>
                                    </h2>
                                    <p class="meta">{members}</p>
                                    <h3 class="visually-hidden">{i18n.t("home-committees")}</h3>
                                    {if body.committees.is_empty() {
                                        view! { <p class="empty">{i18n.t("home-no-committees")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul class="committee-list">
                                                {body.committees.into_iter().map(|c| {
                                                    let depth = c.reference.matches('/').count().saturating_sub(1);
                                                    let (title, title_lang) = c.title_in(i18n.0);
                                                    let title = title.to_string();
                                                    view! {
                                                        <li class=format!("committee depth-{depth}")>
                                                            <bdi class="ref" dir="ltr">{c.reference.clone()}</bdi>
                                                            <a class="title" href=format!("/committees/{}", c.id)><LocalText text=title lang=title_lang /></a>
                                                            {c.secretariat.map(|s| view! {
                                                                <span class="secretariat">{i18n.t("home-secretariat")} " " <bdi>{s}</bdi></span>
                                                            })}
                                                        </li>
                                                    }
                                                }).collect_view()}
                                            </ul>
                                        }.into_any()
                                    }}
                                </section>
                            }
                        }).collect_view()}
                    </div>
                }.into_any()
            })}
        </Suspense>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = data.context.await.ok()?;
                let is_admin = context.user.as_ref().is_some_and(|u| u.is_portal_admin);
                let flash = flash_for(&context, "body");
                // Someone else's refused attempt still gets its message.
                Some(if is_admin {
                    view! { <RegisterBody flash=flash /> }.into_any()
                } else {
                    view! { <FlashNotice flash=flash /> }.into_any()
                })
            })}
        </Suspense>
    }
}

/// For portal administrators: register a standards body.
#[component]
fn RegisterBody(flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let values = flash.clone().unwrap_or_default();
    view! {
        <section class="card narrow" aria-labelledby="register-body">
            <h2 id="register-body">{i18n.t("home-register-body")}</h2>
            <FlashNotice flash=flash.clone() />
            <form method="post" action="/bodies" class="stack" novalidate>
                <Field name="acronym" label=i18n.t("field-acronym") hint=i18n.t("field-acronym-hint") value=values.value("acronym") flash=flash.clone() />
                <Field name="name" label=i18n.t("field-body-name") value=values.value("name") flash=flash.clone() />
                <Field name="name_fr" label=i18n.t("field-body-name-fr") value=values.value("name_fr") flash=flash.clone() />
                <Field name="name_ar" label=i18n.t("field-body-name-ar") value=values.value("name_ar") flash=flash />
                <button type="submit" class="button primary">{i18n.t("home-register-body-submit")}</button>
            </form>
        </section>
    }
}
