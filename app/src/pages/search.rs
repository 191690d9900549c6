//! `/search?q=`: full-text search over the documents the reader may see.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{documents::kind_label, errors::error_view};
use crate::{api, i18n::use_i18n, model::Message};

/// `/search`
#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let results = Resource::new(
        move || {
            let q = query.read();
            (
                q.get("q").unwrap_or_default(),
                q.get("page").and_then(|p| p.parse::<i64>().ok()),
            )
        },
        |(q, page)| api::documents::search_documents(q, page),
    );
    view! {
        <Title text=i18n.t("search-title") />
        <header class="page-head">
            <h1>{i18n.t("search-title")}</h1>
            <p class="lead">{i18n.t("search-lead")}</p>
        </header>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let results = match results.await {
                    Ok(r) => r,
                    Err(e) => return error_view(e),
                };
                let searched = !results.query.is_empty();
                view! {
                    <form class="search-form" method="get" action="/search" role="search">
                        <label for="search-q" class="visually-hidden">{i18n.t("search-label")}</label>
                        <input id="search-q" type="search" name="q" dir="auto" value=results.query.clone() placeholder=i18n.t("search-placeholder") />
                        <button type="submit" class="button primary">{i18n.t("search-button")}</button>
                    </form>
                    {searched.then(|| view! {
                        <section class="card" aria-labelledby="results-title">
                            <h2 id="results-title">{i18n.msg(&Message::new("search-count").arg("count", results.total.to_string()))}</h2>
                            {if results.hits.is_empty() {
                                view! { <p class="empty">{i18n.t("search-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ol class="results">
                                        {results.hits.into_iter().map(|h| view! {
                                            <li>
                                                <p><a href=format!("/documents/{}", h.id)><bdi dir="ltr" class="code">{h.number.clone()}</bdi> " " <span dir="auto">{h.title.clone()}</span></a></p>
                                                <p class="muted">{kind_label(i18n, &h.kind, h.draft_name.as_deref())}</p>
                                                {(!h.snippet.is_empty()).then(|| view! { <p class="snippet" dir="auto">{h.snippet.clone()}</p> })}
                                            </li>
                                        }).collect_view()}
                                    </ol>
                                }.into_any()
                            }}
                            {(results.total > results.page * results.per_page).then(|| view! {
                                <nav class="pager" aria-label=i18n.t("pager-label")>
                                    <a rel="next" href=format!("/search?q={}&page={}", urlencode(&results.query), results.page + 1)>{i18n.t("pager-next")}</a>
                                </nav>
                            })}
                        </section>
                    })}
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// Percent-encodes a query value.
pub(crate) fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
