//! A committee's home page: who runs it, who takes part, what changed.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::components::LocalText;
use super::{
    components::{
        form::{Field, FlashNotice, Select, TextArea},
        format_date,
    },
    errors::{error_view, Forbidden},
    flash_for, require_signed_in, use_page_data,
};
use crate::domain::locale::Titled;
use crate::{
    api,
    domain::{
        committees::{CommitteeStatus, MembershipStatus},
        permissions::CommitteeRole,
    },
    i18n::{tkey, use_i18n},
    model::{CommitteeMemberView, CommitteeView, Flash, Message, NominationView},
};

/// The i18n key naming a membership status.
pub fn status_key(code: &str) -> &'static str {
    match code {
        "P" => tkey("status-p"),
        "O" => tkey("status-o"),
        "liaison_a" => tkey("status-liaison-a"),
        "liaison_b" => tkey("status-liaison-b"),
        _ => tkey("status-liaison-c"),
    }
}

/// The i18n key naming a committee role.
pub fn role_key(code: &str) -> &'static str {
    match code {
        "committee_manager" => tkey("role-committee-manager"),
        "chair" => tkey("role-chair"),
        "convenor" => tkey("role-convenor"),
        "delegate" => tkey("role-delegate"),
        _ => tkey("role-observer"),
    }
}

/// The i18n key naming a committee's status.
pub fn committee_status_key(code: &str) -> &'static str {
    if code == "disbanded" {
        tkey("committee-status-disbanded")
    } else {
        tkey("committee-status-active")
    }
}

/// `/committees/:id`
#[component]
pub fn CommitteePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let committee = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::committees::get_committee,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let committee = match committee.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let (title, title_lang) = committee.title_in(i18n.0);
                let title = title.to_string();
                view! {
                    <Title text=format!("{} {}", committee.reference, title) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/bodies/{}", committee.body)>{committee.body.clone()}</a>
                            " · "
                            <bdi dir="ltr">{committee.reference.clone()}</bdi>
                        </p>
                        <h1><LocalText text=title.clone() lang=title_lang /></h1>
                        {committee.is_disbanded().then(|| view! {
                            <p class="notice warning" role="note">{i18n.t("committee-disbanded-note")}</p>
                        })}
                    </header>
                    <FlashNotice flash=flash_for(&context, "created") />
                    {committee.can_manage.then(|| view! {
                        <p><a class="button" href=format!("/committees/{}/manage", committee.id)>{i18n.t("committee-manage-link")}</a></p>
                    })}
                    <div class="two-columns">
                        <section class="card" aria-labelledby="officers-title">
                            <h2 id="officers-title">{i18n.t("committee-officers")}</h2>
                            <dl class="facts">
                                <dt>{i18n.t("committee-scope")}</dt>
                                <dd class="scope" dir="auto">{committee.scope.clone().unwrap_or_else(|| i18n.t("committee-no-scope"))}</dd>
                                <dt>{i18n.t("committee-status")}</dt>
                                <dd>{i18n.t(committee_status_key(&committee.status))}</dd>
                                <dt>{i18n.t("committee-secretariat")}</dt>
                                <dd><bdi>{committee.secretariat.clone().unwrap_or_else(|| "—".into())}</bdi></dd>
                                {committee.roles.iter().filter(|r| r.role != "delegate").map(|r| view! {
                                    <dt>{i18n.t(role_key(&r.role))}</dt>
                                    <dd>{r.name.clone()}</dd>
                                }).collect_view()}
                            </dl>
                        </section>
                        <Members committee=committee.clone() flash=None />
                    </div>
                    {committee.nomination.clone().map(|n| view! {
                        <Nominate committee=committee.clone() nomination=n flash=flash_for(&context, "delegates") />
                    })}
                    <section class="card" aria-labelledby="work-title">
                        <h2 id="work-title">{i18n.t("committee-work")}</h2>
                        <div class="placeholders">
                            <div><h3>{i18n.t("committee-ballots")}</h3>
                                <p><a href=format!("/committees/{}/ballots", committee.id)>{i18n.t("ballots-title")}</a></p>
                                <p><a href=format!("/committees/{}/participation", committee.id)>{i18n.t("participation-title")}</a></p>
                            </div>
                            <div><h3>{i18n.t("committee-documents")}</h3>
                                <p><a href=format!("/committees/{}/documents", committee.id)>{i18n.t("documents-title")}</a></p>
                                <p><a href=format!("/committees/{}/projects", committee.id)>{i18n.t("programme-title")}</a></p>
                            </div>
                            <div><h3>{i18n.t("committee-meetings")}</h3>
                                <p><a href=format!("/committees/{}/meetings", committee.id)>{i18n.t("meetings-title")}</a></p>
                            </div>
                        </div>
                    </section>
                    <History committee=committee />
                }.into_any()
            })}
        </Suspense>
    }
}

#[component]
fn Members(
    committee: CommitteeView,
    flash: Option<Flash>,
    /// Show the controls that change memberships (the manage page).
    #[prop(optional)]
    manage: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let groups: Vec<(&'static str, Vec<CommitteeMemberView>)> = [
        (tkey("committee-p-members"), vec!["P"]),
        (tkey("committee-o-members"), vec!["O"]),
        (
            tkey("committee-liaisons"),
            vec!["liaison_a", "liaison_b", "liaison_c"],
        ),
    ]
    .into_iter()
    .map(|(key, codes)| {
        (
            key,
            committee
                .members
                .iter()
                .filter(|m| codes.contains(&m.status.as_str()))
                .cloned()
                .collect(),
        )
    })
    .collect();
    let can_manage = manage && committee.can_manage;
    let id = committee.id.clone();
    view! {
        <section class="card" aria-labelledby="members-title">
            <h2 id="members-title">{i18n.t("committee-members")}</h2>
            <FlashNotice flash=flash.clone() />
            {groups.into_iter().map(|(key, members)| {
                let id = id.clone();
                view! {
                    <h3>{i18n.t(key)} " " <span class="count">{members.len()}</span></h3>
                    {if members.is_empty() {
                        view! { <p class="empty">{i18n.t("committee-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="member-list">
                                {members.into_iter().map(|m| {
                                    let end = format!("/committees/{}/members/{}/end", id, m.member_body);
                                    view! {
                                        <li data-member=m.member_body.clone()>
                                            <bdi class="code">{m.member_body.clone()}</bdi>
                                            <a class="name" href=format!("/member-bodies/{}", m.member_body)>{m.name.clone()}</a>
                                            {m.status.starts_with("liaison").then(|| view! { <span class="badge muted">{i18n.t(status_key(&m.status))}</span> })}
                                            <span class="since">{i18n.msg(&Message::new("since-date").arg("date", format_date(m.since)))}</span>
                                            {(!m.delegates.is_empty()).then(|| view! {
                                                <span class="delegates">{i18n.t("committee-delegates")} " " {m.delegates.join(", ")}</span>
                                            })}
                                            {can_manage.then(|| view! {
                                                <form method="post" action=end class="inline-form">
                                                    <button type="submit" class="link-button danger" aria-label=format!("{} {}", i18n.t("committee-end-membership"), m.member_body)>
                                                        {i18n.t("committee-end-membership")}
                                                    </button>
                                                </form>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
            }).collect_view()}
            {can_manage.then(|| {
                let action = format!("/committees/{}/members", committee.id);
                let selected = flash.as_ref().map(|f| f.value("status")).unwrap_or_default();
                view! {
                    <form method="post" action=action class="inline-stack" novalidate>
                        <Field name="member_body" label=i18n.t("field-member-body") value=flash.as_ref().map(|f| f.value("member_body")).unwrap_or_default() hint=i18n.t("field-member-body-hint") flash=flash.clone() />
                        <div class="field">
                            <label for="membership-status">{i18n.t("field-membership-status")}</label>
                            <select id="membership-status" name="status">
                                {MembershipStatus::ALL.into_iter().map(|s| view! {
                                    <option value=s.code() selected=selected == s.code()>{i18n.t(status_key(s.code()))}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="submit" class="button">{i18n.t("committee-set-membership")}</button>
                    </form>
                }
            })}
        </section>
    }
}

/// `/committees/:id/manage`: memberships and roles, for the committee's managers and its body's
/// administrators. Anyone else gets the 403 page (and the form routes refuse them anyway).
#[component]
pub fn ManagePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let committee = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::committees::get_committee,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let (context, _) = match require_signed_in(data.context.await) {
                    Ok(found) => found,
                    Err(view) => return view,
                };
                let committee = match committee.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                if !committee.can_manage {
                    return view! { <Forbidden /> }.into_any();
                }
                let (title, title_lang) = committee.title_in(i18n.0);
                let title = title.to_string();
                view! {
                    <Title text=format!("{} {}", committee.reference, i18n.t("committee-manage-title")) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", committee.id)><bdi dir="ltr">{committee.reference.clone()}</bdi></a>
                        </p>
                        <h1>{i18n.t("committee-manage-title")} " — " <LocalText text=title lang=title_lang /></h1>
                        <p><a href=format!("/committees/{}/audit", committee.id)>{i18n.t("audit-title")}</a></p>
                    </header>
                    {committee.is_disbanded().then(|| view! {
                        <p class="notice warning" role="note">{i18n.t("committee-disbanded-note")}</p>
                    })}
                    {if committee.can_edit {
                        view! { <Details committee=committee.clone() flash=flash_for(&context, "details") /> }.into_any()
                    } else {
                        // Someone without the form whose post was refused still gets the reason.
                        view! { <FlashNotice flash=flash_for(&context, "details") /> }.into_any()
                    }}
                    <div class="two-columns">
                        <Members committee=committee.clone() flash=flash_for(&context, "membership") manage=true />
                        <Roles committee=committee flash=flash_for(&context, "roles") />
                    </div>
                }.into_any()
            })}
        </Suspense>
    }
}

/// For the body's administrators: titles, scope, secretariat and status (disbanding).
#[component]
fn Details(committee: CommitteeView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    // After a refused change, show what was typed; otherwise what is stored.
    let typed = flash.clone();
    let value = move |field: &str, stored: Option<String>| match &typed {
        Some(f) => f.value(field),
        None => stored.unwrap_or_default(),
    };
    let statuses = CommitteeStatus::ALL
        .into_iter()
        .map(|s| (s.code().to_string(), i18n.t(committee_status_key(s.code()))))
        .collect::<Vec<_>>();
    view! {
        <section class="card" aria-labelledby="details-title">
            <h2 id="details-title">{i18n.t("committee-details")}</h2>
            <FlashNotice flash=flash.clone() />
            <form method="post" action=format!("/committees/{}/details", committee.id) class="stack" novalidate>
                <Field name="title" label=i18n.t("field-committee-title") value=value("title", Some(committee.title_en.clone())) flash=flash.clone() />
                <Field name="title_fr" label=i18n.t("field-committee-title-fr") value=value("title_fr", committee.title_fr.clone()) flash=flash.clone() />
                <Field name="title_ar" label=i18n.t("field-committee-title-ar") value=value("title_ar", committee.title_ar.clone()) flash=flash.clone() />
                <TextArea name="scope" label=i18n.t("committee-scope") value=value("scope", committee.scope.clone()) flash=flash.clone() />
                <div class="inline-stack">
                    <Field name="secretariat" label=i18n.t("field-secretariat") hint=i18n.t("field-secretariat-hint") value=value("secretariat", committee.secretariat.clone()) flash=flash.clone() />
                    <Select name="status" label=i18n.t("committee-status") options=statuses selected=value("status", Some(committee.status.clone())) flash=flash.clone() />
                </div>
                <Field name="time_zone" label=i18n.t("field-time-zone") hint=i18n.t("field-time-zone-hint") value=value("time_zone", Some(committee.time_zone.clone())) flash=flash />
                <button type="submit" class="button primary">{i18n.t("committee-details-submit")}</button>
            </form>
        </section>
    }
}

/// The people's roles, with the controls to give and take them.
#[component]
fn Roles(committee: CommitteeView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = committee.id.clone();
    let values = flash.clone().unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="roles-title">
            <h2 id="roles-title">{i18n.t("committee-roles")}</h2>
            <FlashNotice flash=flash.clone() />
            <ul class="member-list">
                {committee.roles.iter().map(|r| {
                    let action = format!("/committees/{}/roles/{}/end", id, r.user_id);
                    view! {
                        <li>
                            <span class="code">{i18n.t(role_key(&r.role))}</span>
                            <span class="name">{r.name.clone()} {r.member_body.clone().map(|m| format!(" ({m})"))}</span>
                            <form method="post" action=action class="inline-form">
                                <input type="hidden" name="role" value=r.role.clone() />
                                <button type="submit" class="link-button danger" aria-label=format!("{} {} {}", i18n.t("committee-remove-role"), i18n.t(role_key(&r.role)), r.name)>
                                    {i18n.t("committee-remove-role")}
                                </button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form method="post" action=format!("/committees/{}/roles", committee.id) class="inline-stack" novalidate>
                <Field name="email" label=i18n.t("field-email") kind="email" value=values.value("email") flash=flash.clone() />
                <div class="field">
                    <label for="field-role">{i18n.t("field-role")}</label>
                    <select id="field-role" name="role">
                        {CommitteeRole::ALL.into_iter().map(|r| view! {
                            <option value=r.code() selected=values.value("role") == r.code()>{i18n.t(role_key(r.code()))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{i18n.t("committee-give-role")}</button>
            </form>
        </section>
    }
}

/// For a member-body officer: nominate the member body's people as delegates, or withdraw them.
#[component]
fn Nominate(
    committee: CommitteeView,
    nomination: NominationView,
    flash: Option<Flash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ours: Vec<_> = committee
        .roles
        .iter()
        .filter(|r| {
            r.role == "delegate"
                && r.member_body.as_deref() == Some(nomination.member_body.as_str())
        })
        .cloned()
        .collect();
    let id = committee.id.clone();
    view! {
        <section class="card" aria-labelledby="nominate-title">
            <h2 id="nominate-title">{i18n.msg(&Message::new("committee-your-delegates").arg("member_body", nomination.member_body.clone()))}</h2>
            <FlashNotice flash=flash />
            {if ours.is_empty() {
                view! { <p class="empty">{i18n.t("committee-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="member-list">
                        {ours.into_iter().map(|r| {
                            let action = format!("/committees/{}/delegates/{}/withdraw", id, r.user_id);
                            view! {
                                <li>
                                    <span class="code">{i18n.t("role-delegate")}</span>
                                    <span class="name">{r.name.clone()}</span>
                                    <form method="post" action=action class="inline-form">
                                        <button type="submit" class="link-button danger" aria-label=format!("{} {}", i18n.t("committee-withdraw"), r.name)>{i18n.t("committee-withdraw")}</button>
                                    </form>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!nomination.candidates.is_empty()).then(|| view! {
                <form method="post" action=format!("/committees/{}/delegates", committee.id) class="inline-stack">
                    <div class="field">
                        <label for="field-user_id">{i18n.t("field-delegate")}</label>
                        <select id="field-user_id" name="user_id">
                            {nomination.candidates.iter().map(|p| view! { <option value=p.id.clone()>{p.name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button">{i18n.t("committee-nominate")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn History(committee: CommitteeView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="history-title">
            <h2 id="history-title">{i18n.t("committee-history")}</h2>
            {if committee.history.is_empty() {
                view! { <p class="empty">{i18n.t("committee-no-history")}</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{i18n.t("history-when")}</th>
                            <th scope="col">{i18n.t("history-who")}</th>
                            <th scope="col">{i18n.t("history-what")}</th>
                            <th scope="col">{i18n.t("history-change")}</th>
                        </tr></thead>
                        <tbody>
                            {committee.history.into_iter().map(|h| {
                                let label = |v: &Option<String>| v.as_deref().map(|c| match h.kind.as_str() {
                                    "membership" => i18n.t(status_key(c)),
                                    "role" => i18n.t(role_key(c)),
                                    "status" => i18n.t(committee_status_key(c)),
                                    "details" => c.split(',').map(|f| i18n.t(detail_key(f))).collect::<Vec<_>>().join(", "),
                                    _ => c.to_string(),
                                }).unwrap_or_else(|| "—".into());
                                let change = if h.kind == "details" {
                                    i18n.msg(&Message::new("history-edited").arg("fields", label(&h.to)))
                                } else {
                                    i18n.msg(&Message::new("history-from-to").arg("from", label(&h.from)).arg("to", label(&h.to)))
                                };
                                view! {
                                    <tr>
                                        <td>{i18n.utc(h.at)}</td>
                                        <td>{h.actor.clone().unwrap_or_default()}</td>
                                        <td>{i18n.t(history_kind_key(&h.kind))} " · " <bdi>{h.subject.clone()}</bdi></td>
                                        <td>{change}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

/// The i18n key naming a kind of history line.
fn history_kind_key(kind: &str) -> &'static str {
    match kind {
        "membership" => tkey("history-kind-membership"),
        "role" => tkey("history-kind-role"),
        "secretariat" => tkey("history-kind-secretariat"),
        "status" => tkey("history-kind-status"),
        _ => tkey("history-kind-details"),
    }
}

/// The i18n key naming an edited detail of a committee.
fn detail_key(field: &str) -> &'static str {
    match field {
        "title_fr" => tkey("history-field-title-fr"),
        "title_ar" => tkey("history-field-title-ar"),
        "scope" => tkey("committee-scope"),
        _ => tkey("history-field-title"),
    }
}
