//! A member body's page: its committees and its people.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{committee::status_key, errors::error_view};
use crate::{
    api,
    i18n::{tkey, use_i18n},
};

/// `/member-bodies/:code`
#[component]
pub fn MemberBodyPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let found = Resource::new(
        move || params.read().get("code").unwrap_or_default(),
        api::bodies::get_member_body,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let mb = match found.await {
                    Ok(m) => m,
                    Err(e) => return error_view(e),
                };
                view! {
                    <Title text=format!("{} {}", mb.member_body.code, mb.member_body.name) />
                    <header class="page-head">
                        <p class="eyebrow"><bdi>{mb.member_body.code.clone()}</bdi> " · " <bdi>{mb.member_body.country.clone()}</bdi></p>
                        <h1>{mb.member_body.name.clone()}</h1>
                    </header>
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
                                                <a class="title" href=format!("/committees/{}", c.committee.id)>{c.committee.title(i18n.0).to_string()}</a>
                                                <span class="secretariat">{i18n.t(status_key(&c.status))}</span>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </section>
                        <section class="card" aria-labelledby="mb-people">
                            <h2 id="mb-people">{i18n.t("member-body-people")}</h2>
                            {if mb.people.is_empty() {
                                view! { <p class="empty">{i18n.t("committee-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="member-list">
                                        {mb.people.iter().map(|p| {
                                            let role = if p.role == "officer" { tkey("role-officer") } else { tkey("role-expert") };
                                            view! {
                                                <li>
                                                    <span class="code">{i18n.t(role)}</span>
                                                    <span class="name">{p.name.clone()}</span>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </section>
                    </div>
                }.into_any()
            })}
        </Suspense>
    }
}
