//! Ballot pages: a committee's ballots with the creation form (`/committees/:id/ballots`), a
//! ballot (`/ballots/:id`: the draft, the question, the vote form of each member body the
//! reader votes for, the result with its criteria and votes, and the manager's actions), and a
//! committee's participation (`/committees/:id/participation`). Every form is a plain POST to
//! `server/src/ballot_forms.rs`, so all of it works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    components::{
        form::{Field, FlashNotice, Select, TextArea},
        format_date, LocalText, Moment, Pager,
    },
    errors::error_view,
    flash_for, use_page_data,
};
use crate::domain::locale::Titled;
use crate::{
    api,
    i18n::{criterion_text, outcome_key, position_key, status_key, tkey, use_i18n, I18n},
    model::{
        BallotList, BallotPage as BallotData, BallotResultView, BallotView, Flash, LocalTime,
        Message, MyVote, PageContext, ParticipationView, VoteView,
    },
};

/// "12 days left", "5 hours left", "closed": how long a ballot stays open.
pub fn time_left(i18n: I18n, remaining_ms: i64) -> String {
    const HOUR: i64 = 3_600_000;
    if remaining_ms <= 0 {
        return i18n.t("ballot-time-up");
    }
    let (key, n) = if remaining_ms >= 48 * HOUR {
        (tkey("ballot-days-left"), remaining_ms / (24 * HOUR))
    } else if remaining_ms >= HOUR {
        (tkey("ballot-hours-left"), remaining_ms / HOUR)
    } else {
        (tkey("ballot-minutes-left"), (remaining_ms / 60_000).max(1))
    };
    i18n.msg(&Message::new(key).arg("count", n.to_string()))
}

/// An instant in the committee's time zone, and in the reader's own when they chose another.
#[component]
pub fn When(
    /// The instant.
    time: LocalTime,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="when">
            <Moment text=time.committee.text.clone() class="nowrap" />
            " " <span class="muted"><bdi dir="ltr">{time.committee.zone.clone()}</bdi></span>
            {time.own.clone().map(|own| view! {
                <br />
                <span class="muted">
                    {i18n.t("ballot-your-time")} " "
                    <Moment text=own.text class="nowrap" /> " " <bdi dir="ltr">{own.zone}</bdi>
                </span>
            })}
        </span>
    }
}

/// The ballot's status, or its outcome once closed, as a badge.
#[component]
pub fn BallotBadge(
    /// The ballot.
    ballot: BallotView,
) -> impl IntoView {
    let i18n = use_i18n();
    let (text, class) = match (ballot.status.as_str(), ballot.outcome.as_deref()) {
        ("closed", Some(outcome)) => (
            i18n.t(outcome_key(outcome)),
            match outcome {
                "approved" => "badge badge-success",
                "not_approved" => "badge badge-danger",
                _ => "badge badge-info",
            },
        ),
        ("open", _) => (i18n.t(status_key("open")), "badge badge-info"),
        ("scheduled", _) => (i18n.t(status_key("scheduled")), "badge badge-warning"),
        (status, _) => (i18n.t(status_key(status)), "badge muted"),
    };
    view! { <span class=class data-status=ballot.status.clone()>{text}</span> }
}

/// "DARS ballot": the type as the body names it.
fn kind_heading(i18n: I18n, ballot: &BallotView) -> String {
    i18n.msg(&Message::new("ballot-of-kind").arg("kind", ballot.kind_name.clone()))
}

/// `/committees/:id/ballots`
#[component]
pub fn BallotsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let query = use_query_map();
    let list = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                query.read().get("page").and_then(|p| p.parse::<i64>().ok()),
            )
        },
        |(id, page)| api::ballots::list_ballots(id, page),
    );
    view! {
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
                let chosen_kind = query.get_untracked().get("kind").unwrap_or_default();
                let flash = flash_for(&context, "ballot");
                view! {
                    <Title text=format!("{} · {}", list.committee_reference, i18n.t("ballots-title")) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", list.committee_id)><bdi dir="ltr">{list.committee_reference.clone()}</bdi></a>
                            " · "
                            <a href=format!("/committees/{}/participation", list.committee_id)>{i18n.t("participation-title")}</a>
                        </p>
                        <h1>{i18n.t("ballots-title")}</h1>
                        <p class="lead">{i18n.t("ballots-lead")}</p>
                    </header>
                    <FlashNotice flash=flash.clone().filter(|f| f.success) />
                    <div class=if list.can_manage { "two-columns wide-first" } else { "one-column" }>
                        <section class="card" aria-labelledby="ballots-list-title">
                            <h2 id="ballots-list-title">{i18n.t("ballots-list")} " " <span class="count">{list.total}</span></h2>
                            <BallotTable list=list.clone() />
                            <Pager page=list.page per_page=list.per_page total=list.total link=format!("/committees/{}/ballots?page=", list.committee_id) />
                        </section>
                        {list.can_manage.then(|| view! { <CreateForm list=list.clone() flash=flash kind=chosen_kind /> })}
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

#[component]
fn BallotTable(list: BallotList) -> impl IntoView {
    let i18n = use_i18n();
    if list.ballots.is_empty() {
        return view! { <p class="empty">{i18n.t("ballots-none")}</p> }.into_any();
    }
    view! {
        <table class="table stack-on-phone">
            <thead><tr>
                <th scope="col">{i18n.t("ballot-title-field")}</th>
                <th scope="col">{i18n.t("ballot-kind")}</th>
                <th scope="col">{i18n.t("ballot-status")}</th>
                <th scope="col">{i18n.t("ballot-closes")}</th>
                <th scope="col">{i18n.t("ballot-votes-cast")}</th>
            </tr></thead>
            <tbody>
                {list.ballots.into_iter().map(|b| {
                    let open = b.ballot.status == "open";
                    view! {
                        <tr data-ballot=b.ballot.id.clone()>
                            <td><a href=format!("/ballots/{}", b.ballot.id) dir="auto">{b.ballot.title.clone()}</a></td>
                            <td><bdi dir="ltr">{b.ballot.kind_name.clone()}</bdi></td>
                            <td><BallotBadge ballot=b.ballot.clone() /></td>
                            <td>
                                <When time=b.closes.clone() />
                                {open.then(|| view! { <br /><strong class="time-left">{time_left(i18n, b.remaining_ms)}</strong> })}
                            </td>
                            <td>{i18n.msg(&Message::new("ballot-votes-of").arg("cast", b.ballot.votes_cast.to_string()).arg("voters", b.voters.to_string()))}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The creation form. The closing time proposed is the body's default length for the type
/// chosen: with `?kind=` without JavaScript, and as the type changes with it.
#[component]
fn CreateForm(list: BallotList, flash: Option<Flash>, kind: String) -> impl IntoView {
    let i18n = use_i18n();
    let typed = |name: &str| {
        flash
            .as_ref()
            .filter(|f| !f.success)
            .map(|f| f.value(name))
            .unwrap_or_default()
    };
    let kind = Some(typed("kind"))
        .filter(|k| !k.is_empty())
        .or(Some(kind).filter(|k| !k.is_empty()))
        .unwrap_or_else(|| "DIS".to_string());
    let proposed = list
        .kinds
        .iter()
        .find(|k| k.code == kind)
        .map(|k| k.default_closes.clone())
        .unwrap_or_default();
    let closes = Some(typed("closes_at"))
        .filter(|c| !c.is_empty())
        .unwrap_or(proposed);
    let kinds: Vec<(String, String)> = list
        .kinds
        .iter()
        .map(|k| {
            let text = i18n.msg(
                &Message::new("ballot-kind-option")
                    .arg("kind", k.name.clone())
                    .arg("weeks", k.weeks.to_string()),
            );
            (k.code.clone(), text)
        })
        .collect();
    let mut documents = vec![(String::new(), i18n.t("ballot-no-document"))];
    documents.extend(list.documents.iter().cloned());
    let lengths = list
        .kinds
        .iter()
        .map(|k| format!("{} {}", k.name, k.weeks))
        .collect::<Vec<_>>()
        .join(" · ");
    let closes_hint = i18n.msg(
        &Message::new("ballot-closes-hint")
            .arg("zone", list.time_zone.clone())
            .arg("lengths", lengths),
    );
    // With JavaScript: choosing a type proposes its default closing time.
    let defaults: Vec<(String, String)> = list
        .kinds
        .iter()
        .map(|k| (k.code.clone(), k.default_closes.clone()))
        .collect();
    let closes_input = NodeRef::<leptos::html::Input>::new();
    let on_kind = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let (Some(input), Some((_, value))) = (
            closes_input.get(),
            defaults.iter().find(|(c, _)| *c == code),
        ) {
            input.set_value(value);
        }
    };
    let kind_links = list
        .kinds
        .iter()
        .map(|k| {
            view! {
                <a href=format!("/committees/{}/ballots?kind={}", list.committee_id, k.code)><bdi dir="ltr">{k.name.clone()}</bdi></a>
                " "
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="create-ballot-title">
            <h2 id="create-ballot-title">{i18n.t("ballot-create")}</h2>
            <FlashNotice flash=flash.clone().filter(|f| !f.success) />
            <p class="muted">{i18n.t("ballot-propose-for")} " " {kind_links}</p>
            <form class="stack" method="post" action=format!("/committees/{}/ballots", list.committee_id)>
                <div class="field">
                    <label for="field-kind">{i18n.t("ballot-kind")}</label>
                    <select id="field-kind" name="kind" on:change=on_kind>
                        {kinds.into_iter().map(|(value, text)| {
                            let chosen = value == kind;
                            view! { <option value=value selected=chosen>{text}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <Field name="title" label=i18n.t("ballot-title-field") value=typed("title") flash=flash.clone() />
                <TextArea name="question" label=i18n.t("ballot-question") value=typed("question") flash=flash.clone() />
                <Select name="document_id" label=i18n.t("ballot-document") options=documents selected=typed("document_id") flash=flash.clone() />
                <Field name="opens_at" kind="datetime-local" label=i18n.t("ballot-opens") hint=i18n.t("ballot-opens-hint") value=typed("opens_at") flash=flash.clone() />
                <div class="field" class:invalid=flash.as_ref().is_some_and(|f| f.errors.for_field("closes_at").next().is_some())>
                    <label for="field-closes_at">{i18n.t("ballot-closes")}</label>
                    <p class="hint" id="field-closes_at-hint">{closes_hint}</p>
                    <input id="field-closes_at" name="closes_at" type="datetime-local" value=closes node_ref=closes_input
                        aria-describedby="field-closes_at-hint field-closes_at-error" />
                    <p class="field-error" id="field-closes_at-error">
                        {flash.as_ref().map(|f| f.errors.for_field("closes_at").map(|m| i18n.msg(m)).collect::<Vec<_>>().join(" "))}
                    </p>
                </div>
                <button type="submit" class="button primary">{i18n.t("ballot-create-button")}</button>
            </form>
        </section>
    }
}

/// `/ballots/:id`
#[component]
pub fn BallotPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let ballot = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::ballots::get_ballot_page,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let page = match ballot.await {
                    Ok(b) => b,
                    Err(e) => return error_view(e),
                };
                let b = page.ballot.clone();
                view! {
                    <Title text=format!("{} · {}", kind_heading(i18n, &b), b.title) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", b.committee_id)><bdi dir="ltr">{b.committee_reference.clone()}</bdi></a>
                            " · "
                            <a href=format!("/committees/{}/ballots", b.committee_id)>{i18n.t("ballots-title")}</a>
                        </p>
                        <h1><span class="kind">{kind_heading(i18n, &b)}</span> " " <span dir="auto">{b.title.clone()}</span></h1>
                        <p><BallotBadge ballot=b.clone() /></p>
                    </header>
                    <Notices context=context.clone() page=page.clone() />
                    <div class="two-columns wide-first">
                        <div>
                            <About page=page.clone() />
                            {page.my_votes.iter().map(|mine| view! {
                                <VoteCard page=page.clone() mine=mine.clone() flash=flash_for(&context, &format!("vote-{}", mine.member_body)) />
                            }).collect_view()}
                            <ResultCard page=page.clone() />
                        </div>
                        <div>
                            {(page.can_manage && (matches!(b.status.as_str(), "open" | "scheduled") || page.may_record_late_vote)).then(|| view! {
                                <Manage page=page.clone() context=context.clone() />
                            })}
                            {(!page.history.is_empty()).then(|| view! {
                                <section class="card" aria-labelledby="history-title">
                                    <h2 id="history-title">{i18n.t("ballot-vote-history")}</h2>
                                    <VotesTable votes=page.history.clone() />
                                </section>
                            })}
                            <Events page=page.clone() />
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The success notice of the last form (a vote's confirmation says when it was recorded), and
/// the failure of a manager's action.
#[component]
fn Notices(context: PageContext, page: BallotData) -> impl IntoView {
    let i18n = use_i18n();
    let success = context.flash.clone().filter(|f| f.success);
    let failed_manage = flash_for(&context, "manage").filter(|f| !f.success);
    let b = page.ballot;
    view! {
        <FlashNotice flash=success />
        <FlashNotice flash=failed_manage />
        {(b.shorter_than_default && b.status != "cancelled").then(|| view! {
            <div class="notice warning" role="note">
                {i18n.msg(&Message::new("ballot-shorter-warning").arg("weeks", b.default_weeks.to_string()))}
            </div>
        })}
        {b.cancel_reason.clone().map(|reason| view! {
            <div class="notice warning" role="note">
                <strong>{i18n.t("ballot-cancelled-because")}</strong> " " <span dir="auto">{reason}</span>
            </div>
        })}
    }
}

#[component]
fn About(page: BallotData) -> impl IntoView {
    let i18n = use_i18n();
    let b = page.ballot.clone();
    let open = b.status == "open";
    view! {
        <section class="card" aria-labelledby="about-ballot-title">
            <h2 id="about-ballot-title">{i18n.t("ballot-about")}</h2>
            <dl class="facts">
                <dt>{i18n.t("ballot-kind")}</dt>
                <dd><bdi dir="ltr">{b.kind_name.clone()}</bdi></dd>
                <dt>{i18n.t("ballot-document")}</dt>
                <dd>{match page.document.clone() {
                    Some(d) => view! {
                        <a href=format!("/documents/{}", d.id)><bdi dir="ltr" class="code">{d.number.clone()}</bdi> " " <LocalText text=d.title_in(i18n.0).0.to_string() lang=d.title_in(i18n.0).1 /></a>
                    }.into_any(),
                    None => view! { "—" }.into_any(),
                }}</dd>
                <dt>{i18n.t("ballot-question")}</dt>
                <dd class="question" dir="auto">{b.question.clone()}</dd>
                <dt>{i18n.t("ballot-opens")}</dt>
                <dd><When time=page.opens.clone() /></dd>
                <dt>{i18n.t("ballot-closes")}</dt>
                <dd>
                    <When time=page.closes.clone() />
                    {open.then(|| view! { <br /><strong class="time-left">{time_left(i18n, page.remaining_ms)}</strong> })}
                </dd>
                <dt>{i18n.t("ballot-votes-cast")}</dt>
                <dd>{i18n.msg(&Message::new("ballot-votes-of").arg("cast", b.votes_cast.to_string()).arg("voters", page.electorate.len().to_string()))}</dd>
            </dl>
        </section>
    }
}

/// The vote of one member body the reader votes for: its current vote and, while open, the
/// form to cast or change it.
#[component]
fn VoteCard(page: BallotData, mine: MyVote, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let b = page.ballot.clone();
    let open = b.status == "open";
    let failed = flash.clone().filter(|f| !f.success);
    let typed = |name: &str, now: String| {
        failed
            .as_ref()
            .map(|f| f.value(name))
            .filter(|v| !v.is_empty())
            .unwrap_or(now)
    };
    let current_position = mine
        .current
        .as_ref()
        .map(|v| v.position.clone())
        .unwrap_or_default();
    let chosen = typed("position", current_position);
    let reasons = typed(
        "reasons",
        mine.current
            .as_ref()
            .and_then(|v| v.reasons.clone())
            .unwrap_or_default(),
    );
    let title_id = format!("vote-{}-title", mine.member_body);
    let np = b.kind == "NP";
    let position_errors: Vec<String> = failed
        .as_ref()
        .map(|f| {
            f.errors
                .for_field("position")
                .map(|m| i18n.msg(m))
                .collect()
        })
        .unwrap_or_default();
    let reasons_hint = if page.reasons_required {
        i18n.t("vote-reasons-hint-required")
    } else {
        i18n.t("vote-reasons-hint")
    };
    let form = (open && mine.entitled).then(|| {
        let id_prefix = format!("vote-{}", mine.member_body);
        view! {
            <form class="stack vote-form" method="post" action=format!("/ballots/{}/votes/{}", b.id, mine.member_body)>
                <fieldset class="positions" aria-invalid=(!position_errors.is_empty()).then_some("true")
                    aria-describedby=(!position_errors.is_empty()).then(|| format!("{id_prefix}-position-error"))>
                    <legend>{i18n.msg(&Message::new("vote-legend").arg("member_body", mine.member_body.clone()))}</legend>
                    {page.positions.iter().map(|p| {
                        let id = format!("{id_prefix}-{p}");
                        let checked = *p == chosen;
                        view! {
                            <div class="radio">
                                <input type="radio" id=id.clone() name="position" value=p.clone() checked=checked />
                                <label for=id>{i18n.t(position_key(p))}</label>
                            </div>
                        }
                    }).collect_view()}
                    {(!position_errors.is_empty()).then(|| view! {
                        <p class="field-error" id=format!("{id_prefix}-position-error")>{position_errors.join(" ")}</p>
                    })}
                </fieldset>
                <TextArea name="reasons" id=format!("{id_prefix}-reasons") label=i18n.t("ballot-reasons") hint=reasons_hint value=reasons flash=failed.clone() />
                {np.then(|| {
                    let commits = mine.current.as_ref().is_some_and(|v| v.commits_to_participate);
                    let experts = mine.current.as_ref().map(|v| v.experts.join("\n")).unwrap_or_default();
                    view! {
                        <div class="field checkbox">
                            <input type="checkbox" id=format!("{id_prefix}-commits") name="commits" value="true" checked=commits />
                            <label for=format!("{id_prefix}-commits")>{i18n.t("vote-commits")}</label>
                        </div>
                        <TextArea name="experts" id=format!("{id_prefix}-experts") label=i18n.t("vote-experts") hint=i18n.t("vote-experts-hint") value=experts flash=failed.clone() />
                    }
                })}
                <button type="submit" class="button primary">
                    {if mine.current.is_some() { i18n.t("vote-change-button") } else { i18n.t("vote-cast-button") }}
                </button>
            </form>
        }
    });
    let labelled_by = title_id.clone();
    view! {
        <section class="card vote-card" id=open.then_some("my-vote") aria-labelledby=labelled_by>
            <h2 id=title_id>{i18n.msg(&Message::new("vote-title").arg("member_body", mine.member_body.clone()))}</h2>
            <p class="muted"><bdi>{mine.member_body_name.clone()}</bdi> " · " {i18n.msg(&Message::new("vote-membership").arg("membership", mine.membership.clone()))}</p>
            {failed.clone().map(|f| view! { <FlashNotice flash=Some(f) /> })}
            {match (mine.current.clone(), mine.cast.clone()) {
                (Some(v), Some(at)) => view! {
                    <p class="current-vote" data-position=v.position.clone()>
                        {i18n.t("vote-current")} " " <strong>{i18n.t(position_key(&v.position))}</strong>
                        " · " <bdi>{v.cast_by.clone().unwrap_or_default()}</bdi> " · " <When time=at />
                    </p>
                }.into_any(),
                _ if !mine.entitled => view! { <p class="empty">{i18n.msg(&Message::new("vote-not-entitled").arg("kind", b.kind_name.clone()))}</p> }.into_any(),
                _ => view! { <p class="empty">{i18n.t("vote-none-yet")}</p> }.into_any(),
            }}
            {form}
            {page.document.clone().map(|d| {
                let link = format!("/documents/{}/comments", d.id);
                let code = mine.member_body.clone();
                let (text, action) = if mine.comments_submitted > 0 {
                    (i18n.msg(&Message::new("vote-comments-submitted").arg("member_body", code).arg("count", mine.comments_submitted.to_string())), i18n.t("vote-comments-see"))
                } else if mine.comment_drafts > 0 {
                    (i18n.msg(&Message::new("vote-comments-drafts").arg("member_body", code).arg("count", mine.comment_drafts.to_string())), i18n.t("vote-comments-submit"))
                } else {
                    (i18n.msg(&Message::new("vote-comments-none").arg("member_body", code)), i18n.t("vote-comments-write"))
                };
                view! { <p class="vote-comments">{text} " " <a href=link>{action}</a></p> }
            })}
        </section>
    }
}

/// The result: the outcome and each criterion with its numbers, the votes, who did not vote,
/// and the exports. Before closing, only the committee manager sees it.
#[component]
fn ResultCard(page: BallotData) -> impl IntoView {
    let i18n = use_i18n();
    let b = page.ballot.clone();
    let result: BallotResultView = page.result.clone();
    if !page.sees_votes {
        return view! {
            <section class="card" aria-labelledby="result-title">
                <h2 id="result-title">{i18n.t("ballot-result")}</h2>
                <p class="empty">{i18n.t("ballot-result-after-closing")}</p>
            </section>
        }
        .into_any();
    }
    let export = |format: &str| format!("/api/v1/ballots/{}/result/export?format={format}", b.id);
    view! {
        <section class="card" aria-labelledby="result-title">
            <h2 id="result-title">{i18n.t("ballot-result")}</h2>
            {match result.outcome.clone() {
                Some(outcome) => view! {
                    <p class="outcome" data-outcome=outcome.clone()>
                        {i18n.t("ballot-outcome")} " " <BallotBadge ballot=b.clone() />
                        {result.decision.clone().map(|d| view! { " " <strong>{i18n.t(position_key(&d))}</strong> })}
                    </p>
                }.into_any(),
                None => view! { <p class="muted">{i18n.t("ballot-result-so-far")}</p> }.into_any(),
            }}
            {(!result.criteria.is_empty()).then(|| view! {
                <h3>{i18n.t("ballot-criteria")}</h3>
                <ul class="criteria">
                    {result.criteria.iter().map(|c| view! {
                        <li class:met=c.met data-criterion=c.name.clone()>
                            <span aria-hidden="true">{if c.met { "✓ " } else { "✗ " }}</span>
                            {criterion_text(i18n.0, c)}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <h3>{i18n.t("ballot-votes")}</h3>
            <VotesTable votes=page.votes.clone() />
            <p class="not-voted">
                <strong>{i18n.t("ballot-not-voted")}</strong> " "
                {if result.not_voted.is_empty() { "—".to_string() } else { result.not_voted.join(", ") }}
            </p>
            <p class="exports">
                {i18n.t("ballot-export")} " "
                <a class="button" href=export("xlsx") download="">{i18n.t("ballot-export-xlsx")}</a> " "
                <a class="button" href=export("csv") download="">{i18n.t("ballot-export-csv")}</a>
            </p>
        </section>
    }
    .into_any()
}

#[component]
fn VotesTable(votes: Vec<(VoteView, LocalTime)>) -> impl IntoView {
    let i18n = use_i18n();
    if votes.is_empty() {
        return view! { <p class="empty">{i18n.t("ballot-no-votes")}</p> }.into_any();
    }
    view! {
        <table class="table stack-on-phone votes">
            <thead><tr>
                <th scope="col">{i18n.t("ballot-member-body")}</th>
                <th scope="col">{i18n.t("ballot-position")}</th>
                <th scope="col">{i18n.t("ballot-reasons")}</th>
                <th scope="col">{i18n.t("ballot-cast-by")}</th>
            </tr></thead>
            <tbody>
                {votes.into_iter().map(|(v, at)| view! {
                    <tr data-member-body=v.member_body.clone() data-position=v.position.clone()>
                        <td><bdi>{v.member_body.clone()}</bdi> " " <span class="badge muted">{v.membership.clone()}</span></td>
                        <td>{i18n.t(position_key(&v.position))}
                            {v.commits_to_participate.then(|| view! { <br /><span class="muted">{i18n.t("vote-commits-short")}</span> })}
                        </td>
                        <td class="reasons" dir="auto">{v.reasons.clone().unwrap_or_default()}
                            {(!v.experts.is_empty()).then(|| view! { <br /><span class="muted">{i18n.t("vote-experts")} ": " {v.experts.join(", ")}</span> })}
                        </td>
                        <td>{v.cast_by.clone().unwrap_or_default()} <br /><Moment text=at.committee.text.clone() class="muted" /></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The committee manager's actions: open, close, move the closing time, cancel, record a
/// late vote.
#[component]
fn Manage(page: BallotData, context: PageContext) -> impl IntoView {
    let i18n = use_i18n();
    let b = page.ballot.clone();
    let closing_flash = flash_for(&context, "closing").filter(|f| !f.success);
    let cancel_flash = flash_for(&context, "cancel").filter(|f| !f.success);
    let late_flash = flash_for(&context, "late-vote").filter(|f| !f.success);
    let live = matches!(b.status.as_str(), "open" | "scheduled");
    let closes_value = closing_flash
        .as_ref()
        .map(|f| f.value("closes_at"))
        .filter(|v| !v.is_empty())
        .unwrap_or(page.closes_input.clone());
    view! {
        <section class="card" aria-labelledby="manage-title">
            <h2 id="manage-title">{i18n.t("ballot-manage")}</h2>
            {(b.status == "scheduled").then(|| view! {
                <form method="post" action=format!("/ballots/{}/open", b.id)>
                    <button type="submit" class="button primary">{i18n.t("ballot-open-now")}</button>
                </form>
            })}
            {(b.status == "open").then(|| if page.can_close_now {
                view! {
                    <form method="post" action=format!("/ballots/{}/close", b.id)>
                        <button type="submit" class="button primary" id="close-ballot">{i18n.t("ballot-close-now")}</button>
                    </form>
                }.into_any()
            } else {
                view! { <p class="muted">{i18n.t("ballot-close-early-rule")}</p> }.into_any()
            })}
            {live.then(|| view! {
                <form class="stack" method="post" action=format!("/ballots/{}/closing", b.id)>
                    <Field name="closes_at" kind="datetime-local" label=i18n.t("ballot-move-closing")
                        hint=i18n.msg(&Message::new("ballot-move-closing-hint").arg("zone", b.time_zone.clone()))
                        value=closes_value flash=closing_flash.clone() />
                    <button type="submit" class="button">{i18n.t("ballot-move-closing-button")}</button>
                </form>
                <form class="stack" method="post" action=format!("/ballots/{}/cancel", b.id)>
                    <TextArea name="reason" id="cancel-reason".to_string() label=i18n.t("ballot-cancel-reason")
                        value=cancel_flash.as_ref().map(|f| f.value("reason")).unwrap_or_default() flash=cancel_flash.clone() />
                    <button type="submit" class="button danger">{i18n.t("ballot-cancel-button")}</button>
                </form>
            })}
            {page.may_record_late_vote.then(|| view! { <LateVote page=page.clone() flash=late_flash.clone() /> })}
        </section>
    }
}

#[component]
fn LateVote(page: BallotData, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let value = |name: &str| flash.as_ref().map(|f| f.value(name)).unwrap_or_default();
    let bodies: Vec<(String, String)> = page
        .electorate
        .iter()
        .map(|(code, membership)| (code.clone(), format!("{code} ({membership})")))
        .collect();
    let positions: Vec<(String, String)> = page
        .positions
        .iter()
        .map(|p| (p.clone(), i18n.t(position_key(p))))
        .collect();
    view! {
        <form class="stack late-vote" method="post" action=format!("/ballots/{}/late-vote", page.ballot.id)>
            <h3>{i18n.t("late-vote-title")}</h3>
            <p class="muted">{i18n.t("late-vote-lead")}</p>
            <FlashNotice flash=flash.clone() />
            <Select name="member_body" label=i18n.t("ballot-member-body") options=bodies selected=value("member_body") flash=flash.clone() />
            <Select name="position" label=i18n.t("ballot-position") options=positions selected=value("position") flash=flash.clone() />
            <TextArea name="reasons" id="late-reasons".to_string() label=i18n.t("ballot-reasons") value=value("reasons") flash=flash.clone() />
            <TextArea name="explanation" label=i18n.t("late-vote-explanation") value=value("explanation") flash=flash.clone() />
            <button type="submit" class="button">{i18n.t("late-vote-button")}</button>
        </form>
    }
}

/// What happened to the ballot (every event for the manager; opening, closing-time changes,
/// cancelling and closing for everyone).
#[component]
fn Events(page: BallotData) -> impl IntoView {
    let i18n = use_i18n();
    (!page.events.is_empty()).then(|| {
        view! {
            <section class="card" aria-labelledby="events-title">
                <h2 id="events-title">{i18n.t("ballot-events")}</h2>
                <ol class="timeline">
                    {page.events.iter().map(|e| {
                        let detail = match (e.kind.as_str(), e.detail.clone()) {
                            ("closing_changed", Some(d)) => Some(closing_change(i18n, &d)),
                            ("closed", Some(d)) => Some(i18n.t(outcome_key(&d))),
                            ("vote_cast" | "vote_changed", Some(d)) => Some(vote_detail(i18n, &d)),
                            (_, d) => d,
                        };
                        view! {
                            <li data-event=e.kind.clone()>
                                <p><strong>{i18n.t(event_key(&e.kind))}</strong>
                                    {e.actor.clone().map(|a| view! { " · " <bdi>{a}</bdi> })}</p>
                                {detail.map(|d| view! { <p class="why" dir="auto">{d}</p> })}
                                <p class="when"><Moment text=e.at.committee.text.clone() /></p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}

/// "KEBS: Approve" from the stored `KEBS approve` (a late vote recorded by the manager says so).
fn vote_detail(i18n: I18n, detail: &str) -> String {
    let mut words = detail.split_whitespace();
    match (words.next(), words.next()) {
        (Some(code), Some(position)) => {
            let late = words.next().is_some();
            let text = format!("{code}: {}", i18n.t(position_key(position)));
            if late {
                format!("{text} ({})", i18n.t("event-late-recorded"))
            } else {
                text
            }
        }
        _ => detail.to_string(),
    }
}

/// "2027-02-17 12:00 UTC → 2027-03-03 12:00 UTC" from the stored `old → new` milliseconds.
fn closing_change(i18n: I18n, detail: &str) -> String {
    match detail.split_once(" → ") {
        Some((from, to)) => match (from.trim().parse::<i64>(), to.trim().parse::<i64>()) {
            // The arrow points from the old date to the new in the reader's direction.
            (Ok(from), Ok(to)) => i18n.msg(
                &Message::new("history-from-to")
                    .arg("from", i18n.utc(from))
                    .arg("to", i18n.utc(to)),
            ),
            _ => detail.to_string(),
        },
        None => detail.to_string(),
    }
}

fn event_key(kind: &str) -> &'static str {
    match kind {
        "scheduled" => tkey("event-ballot-scheduled"),
        "opened" => tkey("event-ballot-opened"),
        "vote_cast" => tkey("event-vote-cast"),
        "vote_changed" => tkey("event-vote-changed"),
        "late_vote_refused" => tkey("event-late-vote-refused"),
        "closing_changed" => tkey("event-closing-changed"),
        "closed" => tkey("event-ballot-closed"),
        "cancelled" => tkey("event-ballot-cancelled"),
        "reopened" => tkey("event-ballot-reopened"),
        _ => tkey("event-other"),
    }
}

/// `/committees/:id/participation`
#[component]
pub fn ParticipationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let view_data = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::ballots::get_participation,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let p: ParticipationView = match view_data.await {
                    Ok(p) => p,
                    Err(e) => return error_view(e),
                };
                view! {
                    <Title text=format!("{} · {}", p.committee_reference, i18n.t("participation-title")) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", p.committee_id)><bdi dir="ltr">{p.committee_reference.clone()}</bdi></a>
                            " · "
                            <a href=format!("/committees/{}/ballots", p.committee_id)>{i18n.t("ballots-title")}</a>
                        </p>
                        <h1>{i18n.t("participation-title")}</h1>
                        <p class="lead">{i18n.msg(&Message::new("participation-lead").arg("since", format_date(p.since)))}</p>
                    </header>
                    <section class="card" aria-labelledby="participation-table-title">
                        <h2 id="participation-table-title">{i18n.t("participation-p-members")}</h2>
                        {if p.rows.is_empty() {
                            view! { <p class="empty">{i18n.t("participation-none")}</p> }.into_any()
                        } else {
                            view! {
                                <table class="table stack-on-phone">
                                    <thead><tr>
                                        <th scope="col">{i18n.t("ballot-member-body")}</th>
                                        <th scope="col">{i18n.t("participation-membership-now")}</th>
                                        <th scope="col">{i18n.t("participation-missed")}</th>
                                        <th scope="col">{i18n.t("participation-missed-required")}</th>
                                        <th scope="col">{i18n.t("participation-missed-internal")}</th>
                                        <th scope="col">{i18n.t("participation-flag")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {p.rows.iter().map(|r| view! {
                                            <tr data-member-body=r.member_body.clone() class:flagged=r.flagged>
                                                <td><bdi>{r.member_body.clone()}</bdi><br /><span class="muted">{r.name.clone()}</span></td>
                                                <td>{if r.membership_now.is_empty() { "—".to_string() } else { r.membership_now.clone() }}</td>
                                                <td>{i18n.msg(&Message::new("participation-of").arg("part", r.missed.to_string()).arg("whole", r.ballots.to_string()))}</td>
                                                <td>{r.missed_required}</td>
                                                <td>{i18n.msg(&Message::new("participation-of").arg("part", r.internal_missed.to_string()).arg("whole", r.internal.to_string()))}</td>
                                                <td>{if r.flagged {
                                                    view! { <span class="badge badge-danger">{i18n.t("participation-flagged")}</span> }.into_any()
                                                } else {
                                                    view! { <span class="muted">"—"</span> }.into_any()
                                                }}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                        <p class="muted">{i18n.t("participation-rule")}</p>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// "Ballots needing my vote", for the home page: open ballots where a member body the reader
/// is an officer of has a vote and has not voted, most urgent first.
#[component]
pub fn NeedingMyVote() -> impl IntoView {
    let i18n = use_i18n();
    let pending = Resource::new(|| (), |_| api::ballots::ballots_needing_my_vote());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let pending = pending.await.ok().filter(|p| !p.is_empty())?;
                Some(view! {
                    <section class="card needing-vote" aria-labelledby="needing-vote-title">
                        <h2 id="needing-vote-title">{i18n.t("home-ballots-needing-vote")} " " <span class="count">{pending.len()}</span></h2>
                        <PendingBallots pending=pending />
                    </section>
                })
            })}
        </Suspense>
    }
}

/// Open ballots a member body of the reader has not voted on, with the time left.
#[component]
pub fn PendingBallots(
    /// The ballots, most urgent first.
    pending: Vec<crate::model::BallotNeedingVote>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
                        <ul class="pending-ballots">
                            {pending.into_iter().map(|p| view! {
                                <li data-ballot=p.ballot.id.clone()>
                                    <a href=format!("/ballots/{}#my-vote", p.ballot.id)>
                                        <bdi dir="ltr">{p.ballot.kind_name.clone()}</bdi> " · " <span dir="auto">{p.ballot.title.clone()}</span>
                                    </a>
                                    <span class="muted">
                                        " " <bdi dir="ltr">{p.ballot.committee_reference.clone()}</bdi> " · "
                                        {i18n.msg(&Message::new("home-vote-for").arg("member_body", p.member_body.clone()))}
                                    </span>
                                    <br />
                                    <strong class="time-left">{time_left(i18n, p.remaining_ms)}</strong>
                                    " · " <span class="muted">{i18n.t("ballot-closes")} " "</span> <When time=p.closes.clone() />
                                </li>
                            }).collect_view()}
                        </ul>
    }
}

/// A body's ballot rules on its page: every threshold and default length, and for its
/// administrators the form that changes them.
#[component]
pub fn BodyRules(
    /// The body's acronym.
    acronym: String,
    /// The flash of the rules form.
    flash: Option<Flash>,
) -> impl IntoView {
    let rules = Resource::new(move || acronym.clone(), api::ballots::get_rules);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let flash = flash.clone();
                Suspend::new(async move {
                    let rules = rules.await.ok()?;
                    Some(view! { <RulesCard rules=rules flash=flash /> })
                })
            }}
        </Suspense>
    }
}

/// (field, label key) of the threshold settings.
const THRESHOLDS: [(&str, &str); 7] = [
    ("np_approval", "rules-np-approval"),
    ("cd_consensus", "rules-cd-consensus"),
    ("enquiry_approval", "rules-enquiry-approval"),
    ("enquiry_max_negative", "rules-enquiry-max-negative"),
    ("sr_majority", "rules-sr-majority"),
    ("cib_majority", "rules-cib-majority"),
    ("cib_missed_flag", "rules-cib-missed-flag"),
];

const COUNTS: [(&str, &str); 3] = [
    ("np_participants_small", "rules-np-participants-small"),
    ("np_participants_large", "rules-np-participants-large"),
    ("np_large_committee", "rules-np-large-committee"),
];

const WEEKS: [(&str, &str); 6] = [
    ("weeks_np", "NP"),
    ("weeks_cd", "CD"),
    ("weeks_dis", "DIS"),
    ("weeks_fdis", "FDIS"),
    ("weeks_sr", "SR"),
    ("weeks_cib", "CIB"),
];

fn family_key(family: &str) -> &'static str {
    match family {
        "weighted" => tkey("rules-family-weighted"),
        "chair_consensus" => tkey("rules-family-chair-consensus"),
        _ => tkey("rules-family-iso"),
    }
}

#[component]
fn RulesCard(rules: crate::model::RulesView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let failed = flash.clone().filter(|f| !f.success);
    let value = |name: &str| {
        failed
            .as_ref()
            .map(|f| f.value(name))
            .unwrap_or_else(|| rules.value(name))
    };
    let facts = view! {
        <dl class="facts">
            <dt>{i18n.t("rules-family")}</dt>
            <dd>{i18n.t(family_key(&rules.value("family")))}</dd>
            {THRESHOLDS.iter().map(|(name, label)| view! {
                <dt>{i18n.t(label)}</dt><dd><bdi dir="ltr">{rules.value(name)}</bdi></dd>
            }).collect_view()}
            {COUNTS.iter().map(|(name, label)| view! {
                <dt>{i18n.t(label)}</dt><dd>{rules.value(name)}</dd>
            }).collect_view()}
            <dt>{i18n.t("rules-weeks")}</dt>
            <dd><bdi dir="ltr">{WEEKS.iter().map(|(name, kind)| format!("{kind} {}", rules.value(name))).collect::<Vec<_>>().join(" · ")}</bdi></dd>
            {crate::domain::meetings::MeetingNotice::FIELDS.iter().map(|(name, label)| view! {
                <dt>{i18n.t(label)}</dt><dd>{i18n.msg(&Message::new("rules-notice-weeks").arg("count", rules.value(name)))}</dd>
            }).collect_view()}
        </dl>
    };
    let form = rules.can_edit.then(|| {
        let families = ["iso", "weighted", "chair_consensus"]
            .into_iter()
            .map(|f| (f.to_string(), i18n.t(family_key(f))))
            .collect::<Vec<_>>();
        view! {
            <details class="rules-form" open=failed.is_some()>
                <summary>{i18n.t("rules-change")}</summary>
                <FlashNotice flash=failed.clone() />
                <form class="stack" method="post" action=format!("/bodies/{}/rules", rules.acronym)>
                    <p class="hint">{i18n.t("rules-ratio-hint")}</p>
                    <Select name="family" label=i18n.t("rules-family") options=families selected=value("family") flash=failed.clone() />
                    {THRESHOLDS.iter().map(|(name, label)| view! {
                        <Field name=name label=i18n.t(label) value=value(name) flash=failed.clone() />
                    }).collect_view()}
                    {COUNTS.iter().map(|(name, label)| view! {
                        <Field name=name kind="number" label=i18n.t(label) value=value(name) flash=failed.clone() />
                    }).collect_view()}
                    <fieldset class="weeks">
                        <legend>{i18n.t("rules-weeks")}</legend>
                        {WEEKS.iter().map(|(name, kind)| view! {
                            <Field name=name kind="number" label=kind.to_string() value=value(name) flash=failed.clone() />
                        }).collect_view()}
                    </fieldset>
                    <fieldset class="notice-weeks">
                        <legend>{i18n.t("rules-notice")}</legend>
                        {crate::domain::meetings::MeetingNotice::FIELDS.iter().map(|(name, label)| view! {
                            <Field name=name kind="number" label=i18n.t(label) value=value(name) flash=failed.clone() />
                        }).collect_view()}
                    </fieldset>
                    <TextArea name="weights" label=i18n.t("rules-weights") hint=i18n.t("rules-weights-hint") value=value("weights") flash=failed.clone() />
                    <Field name="weighted_threshold" label=i18n.t("rules-weighted-threshold") value=value("weighted_threshold") flash=failed.clone() />
                    <button type="submit" class="button primary">{i18n.t("rules-save")}</button>
                </form>
            </details>
        }
    });
    view! {
        <section class="card" aria-labelledby="rules-title">
            <h2 id="rules-title">{i18n.t("rules-title")}</h2>
            <FlashNotice flash=flash.clone().filter(|f| f.success) />
            {facts}
            {form}
        </section>
    }
}
