//! `/admin/audit`: the whole audit trail with the check of its hash chain (portal
//! administrators); `/committees/:id/audit`: a committee's events (those who manage it).
//! Newest first, 50 a page; older pages by a plain link, so it works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{components::Moment, errors::error_view, require_signed_in, use_page_data};
use crate::{
    api,
    i18n::{tkey, use_i18n, I18n},
    model::{AuditEventView, ChainCheck, Message},
};

/// The i18n key naming a kind of audit event.
fn kind_key(kind: &str) -> &'static str {
    match kind {
        "vote_cast" => tkey("audit-kind-vote-cast"),
        "vote_changed" => tkey("audit-kind-vote-changed"),
        "late_vote_refused" => tkey("audit-kind-late-vote-refused"),
        "ballot_scheduled" => tkey("audit-kind-ballot-scheduled"),
        "ballot_opened" => tkey("audit-kind-ballot-opened"),
        "ballot_closed" => tkey("audit-kind-ballot-closed"),
        "ballot_reopened" => tkey("audit-kind-ballot-reopened"),
        "ballot_cancelled" => tkey("audit-kind-ballot-cancelled"),
        "ballot_closing_changed" => tkey("audit-kind-ballot-closing-changed"),
        "membership_changed" => tkey("audit-kind-membership-changed"),
        "role_changed" => tkey("audit-kind-role-changed"),
        "secretariat_changed" => tkey("audit-kind-secretariat-changed"),
        "committee_created" => tkey("audit-kind-committee-created"),
        "document_registered" => tkey("audit-kind-document-registered"),
        "document_version" => tkey("audit-kind-document-version"),
        "agenda_published" => tkey("audit-kind-agenda-published"),
        "minutes_locked" => tkey("audit-kind-minutes-locked"),
        "resolution_locked" => tkey("audit-kind-resolution-locked"),
        _ => tkey("audit-kind-committee-changed"),
    }
}

/// The chain check as a sentence.
fn chain_text(i18n: I18n, chain: &ChainCheck) -> String {
    match chain.broken_at {
        None => i18n.msg(&Message::new("audit-intact").arg("count", chain.events.to_string())),
        Some(seq) => {
            let reason = match chain.reason.as_deref() {
                Some("altered") => tkey("audit-reason-altered"),
                Some("unlinked") => tkey("audit-reason-unlinked"),
                _ => tkey("audit-reason-missing"),
            };
            i18n.msg(
                &Message::new("audit-broken")
                    .arg("seq", seq.to_string())
                    .arg("reason", i18n.t(reason))
                    .arg("count", chain.events.to_string()),
            )
        }
    }
}

/// `/admin/audit` and `/committees/:id/audit`
#[component]
pub fn AuditTrailPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let query = use_query_map();
    let trail = Resource::new(
        move || {
            (
                params.read().get("id"),
                query
                    .read()
                    .get("before")
                    .and_then(|b| b.parse::<i64>().ok()),
            )
        },
        |(committee, before)| api::audit::get_audit(committee, before),
    );
    view! {
        <Title text=i18n.t("audit-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if let Err(view) = require_signed_in(data.context.await) {
                    return view;
                }
                let page = match trail.await {
                    Ok(p) => p,
                    Err(e) => return error_view(e),
                };
                let base = match &page.committee_id {
                    Some(id) => format!("/committees/{id}/audit"),
                    None => "/admin/audit".to_string(),
                };
                view! {
                    <header class="page-head">
                        {page.committee_id.clone().map(|id| view! {
                            <p class="eyebrow"><a href=format!("/committees/{id}/manage")>{i18n.t("committee-manage-link")}</a></p>
                        })}
                        <h1>{i18n.t("audit-title")}</h1>
                        <p class="lead">{i18n.t(if page.committee_id.is_some() { "audit-lead-committee" } else { "audit-lead" })}</p>
                    </header>
                    {page.chain.clone().map(|chain| view! {
                        <p class=if chain.intact { "notice success chain-check" } else { "notice error chain-check" } role="status">
                            {chain_text(i18n, &chain)}
                        </p>
                    })}
                    <section class="card" aria-labelledby="audit-events">
                        <h2 id="audit-events">{i18n.t("audit-events")}</h2>
                        {if page.events.is_empty() {
                            view! { <p class="empty">{i18n.t("audit-none")}</p> }.into_any()
                        } else {
                            view! { <EventTable events=page.events.clone() /> }.into_any()
                        }}
                        {page.next_before.map(|before| view! {
                            <p><a href=format!("{base}?before={before}") class="button">{i18n.t("audit-older")}</a></p>
                        })}
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

#[component]
fn EventTable(events: Vec<AuditEventView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table class="table stack-on-phone audit-trail">
            <thead><tr>
                <th scope="col">"#"</th>
                <th scope="col">{i18n.t("audit-col-when")}</th>
                <th scope="col">{i18n.t("audit-col-who")}</th>
                <th scope="col">{i18n.t("audit-col-what")}</th>
                <th scope="col">{i18n.t("audit-col-change")}</th>
            </tr></thead>
            <tbody>
                {events.into_iter().map(|e| view! {
                    <tr data-seq=e.seq data-kind=e.kind.clone()>
                        <td>{e.seq}</td>
                        <td><Moment text=e.when.clone() class="nowrap" /></td>
                        <td><bdi>{e.actor.clone().unwrap_or_else(|| i18n.t("audit-actor-portal"))}</bdi></td>
                        <td><strong>{i18n.t(kind_key(&e.kind))}</strong><br /><bdi>{e.subject.clone()}</bdi></td>
                        <td class="change">{match (e.before.clone(), e.after.clone()) {
                            (Some(b), Some(a)) => i18n.msg(&Message::new("history-from-to").arg("from", b).arg("to", a)),
                            (None, Some(a)) => a,
                            (Some(b), None) => b,
                            (None, None) => "—".to_string(),
                        }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
