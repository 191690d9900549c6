//! "My committees": where the signed-in person holds a role.

use leptos::prelude::*;
use leptos_meta::Title;

use super::components::LocalText;
use super::{committee::role_key, errors::error_view, require_signed_in, use_page_data};
use crate::domain::locale::Titled;
use crate::{api, i18n::use_i18n};

/// `/my/committees`
#[component]
pub fn MyCommitteesPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let committees = Resource::new(|| (), |_| api::committees::my_committees());
    view! {
        <Title text=i18n.t("my-committees-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if let Err(view) = require_signed_in(data.context.await) {
                    return view;
                }
                let committees = match committees.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                view! {
                    <h1>{i18n.t("my-committees-title")}</h1>
                    <section class="card">
                        {if committees.is_empty() {
                            view! { <p class="empty">{i18n.t("my-committees-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="committee-list">
                                    {committees.into_iter().map(|c| view! {
                                        <li class="committee">
                                            <bdi class="ref" dir="ltr">{c.committee.reference.clone()}</bdi>
                                            <a class="title" href=format!("/committees/{}", c.committee.id)><LocalText text=c.committee.title_in(i18n.0).0.to_string() lang=c.committee.title_in(i18n.0).1 /></a>
                                            <span class="secretariat">{i18n.t(role_key(&c.role))}</span>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                }.into_any()
            })}
        </Suspense>
    }
}
