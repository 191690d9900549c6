//! Meeting pages: a committee's meetings with the manager's schedule form
//! (`/committees/:id/meetings`), and a meeting (`/meetings/:id`: when and where, the published
//! agenda with its versions and the rule a late one broke, the manager's agenda draft and
//! publication, registrations and attendance). Plain forms posting to
//! `server/src/meeting_forms.rs`: all of it works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    components::{
        form::{Field, FlashNotice, Select, TextArea},
        LocalText, Moment, Pager,
    },
    errors::error_view,
    flash_for, typed_or, use_page_data,
};
use crate::domain::locale::Titled;
use crate::{
    api,
    i18n::{use_i18n, I18n},
    model::{
        AgendaItemView, Flash, MeetingDetail, MeetingInput, MeetingList, MeetingView, Message,
        RecordView,
    },
};

fn kind_label(i18n: I18n, kind: &str) -> String {
    i18n.t(match kind {
        "wg" => "meeting-kind-wg",
        _ => "meeting-kind-plenary",
    })
}

fn mode_label(i18n: I18n, mode: &str) -> String {
    i18n.t(match mode {
        "virtual" => "meeting-mode-virtual",
        "hybrid" => "meeting-mode-hybrid",
        _ => "meeting-mode-in-person",
    })
}

fn outcome_label(i18n: I18n, outcome: &str) -> String {
    i18n.t(match outcome {
        "decision" => "agenda-outcome-decision",
        "discussion" => "agenda-outcome-discussion",
        _ => "agenda-outcome-information",
    })
}

/// `/committees/:id/meetings`
#[component]
pub fn MeetingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let query = use_query_map();
    let page = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                query.read().get("past").and_then(|p| p.parse::<i64>().ok()),
            )
        },
        |(id, past)| api::meetings::get_meetings_page(id, past),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let page = match page.await {
                    Ok(p) => p,
                    Err(e) => return error_view(e),
                };
                let flash = flash_for(&context, "meeting");
                view! {
                    <Title text=format!("{} · {}", page.committee_reference, i18n.t("meetings-title")) />
                    <header class="page-head">
                        <p class="eyebrow"><a href=format!("/committees/{}", page.committee_id)><bdi dir="ltr">{page.committee_reference.clone()}</bdi></a></p>
                        <h1>{i18n.t("meetings-title")}</h1>
                    </header>
                    <FlashNotice flash=flash.clone().filter(|f| f.success) />
                    <div class=if page.can_manage { "two-columns wide-first" } else { "one-column" }>
                        <div class="stack">
                            <section class="card" aria-labelledby="upcoming-title">
                                <h2 id="upcoming-title">{i18n.t("meetings-upcoming")}</h2>
                                <MeetingTable list=page.upcoming.clone() />
                            </section>
                            <section class="card" aria-labelledby="past-title">
                                <h2 id="past-title">{i18n.t("meetings-past")}</h2>
                                <MeetingTable list=page.past.clone() />
                                <Pager page=page.past.page per_page=25 total=page.past.total link=format!("/committees/{}/meetings?past=", page.committee_id) />
                            </section>
                        </div>
                        {page.can_manage.then(|| view! {
                            <ScheduleForm
                                action=format!("/committees/{}/meetings", page.committee_id)
                                values=MeetingInput {
                                    kind: "plenary".into(),
                                    mode: "in_person".into(),
                                    time_zone: Some(page.time_zone.clone()),
                                    ..MeetingInput::default()
                                }
                                flash=flash.filter(|f| !f.success)
                            />
                        })}
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

#[component]
fn MeetingTable(list: MeetingList) -> impl IntoView {
    let i18n = use_i18n();
    if list.meetings.is_empty() {
        return view! { <p class="empty">{i18n.t("meetings-none")}</p> }.into_any();
    }
    view! {
        <table class="table stack-on-phone">
            <thead><tr>
                <th scope="col">{i18n.t("meeting-title-field")}</th>
                <th scope="col">{i18n.t("meeting-when")}</th>
                <th scope="col">{i18n.t("meeting-where")}</th>
            </tr></thead>
            <tbody>
                {list.meetings.into_iter().map(|m| view! {
                    <tr data-meeting=m.id.clone()>
                        <td><a href=format!("/meetings/{}", m.id) dir="auto">{m.title.clone()}</a><br />
                            <span class="muted">{kind_label(i18n, &m.kind)} " · " {mode_label(i18n, &m.mode)}</span></td>
                        <td><Moment text=m.starts.clone() /><br /><span class="muted"><bdi dir="ltr">{m.time_zone.clone()}</bdi></span></td>
                        <td><bdi>{m.venue.clone()}</bdi></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The schedule form: a new meeting (committee page) or a new date, place or link for one
/// (meeting page, `rescheduling`), filled with `values` unless the flash holds what was typed.
#[component]
fn ScheduleForm(
    action: String,
    values: MeetingInput,
    flash: Option<Flash>,
    #[prop(optional)] rescheduling: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let typed = |name: &str, default: &str| typed_or(flash.as_ref(), name, default);
    let kinds = vec![
        ("plenary".to_string(), i18n.t("meeting-kind-plenary")),
        ("wg".to_string(), i18n.t("meeting-kind-wg")),
    ];
    let modes = vec![
        ("in_person".to_string(), i18n.t("meeting-mode-in-person")),
        ("hybrid".to_string(), i18n.t("meeting-mode-hybrid")),
        ("virtual".to_string(), i18n.t("meeting-mode-virtual")),
    ];
    let zone = values.time_zone.clone().unwrap_or_default();
    let host = values.host.clone().unwrap_or_default();
    let deadline = values.registration_deadline.clone().unwrap_or_default();
    let (title_id, heading, button) = if rescheduling {
        (
            "reschedule-title",
            "meeting-reschedule",
            "meeting-reschedule-button",
        )
    } else {
        (
            "schedule-title",
            "meeting-schedule",
            "meeting-schedule-button",
        )
    };
    let prefix = if rescheduling { "reschedule" } else { "field" };
    let fid = move |name: &str| format!("{prefix}-{name}");
    let form = view! {
        <form method="post" action=action class="stack">
            <FlashNotice flash=flash.clone() />
            <Field name="title" id=fid("title") label=i18n.t("meeting-title-field") hint=i18n.t("meeting-title-hint") value=typed("title", &values.title) flash=flash.clone() />
            <Select name="kind" id=fid("kind") label=i18n.t("meeting-kind") options=kinds selected=typed("kind", &values.kind) flash=flash.clone() />
            <Select name="mode" id=fid("mode") label=i18n.t("meeting-mode") options=modes selected=typed("mode", &values.mode) flash=flash.clone() />
            <Field name="time_zone" id=fid("time_zone") label=i18n.t("meeting-time-zone") hint=i18n.t("meeting-time-zone-hint") value=typed("time_zone", &zone) flash=flash.clone() />
            <Field name="starts_at" id=fid("starts_at") kind="datetime-local" label=i18n.t("meeting-starts") value=typed("starts_at", &values.starts_at) flash=flash.clone() />
            <Field name="ends_at" id=fid("ends_at") kind="datetime-local" label=i18n.t("meeting-ends") value=typed("ends_at", &values.ends_at) flash=flash.clone() />
            <Field name="venue" id=fid("venue") label=i18n.t("meeting-venue") value=typed("venue", &values.venue) flash=flash.clone() />
            <Field name="join_url" id=fid("join_url") kind="url" label=i18n.t("meeting-join-url") value=typed("join_url", &values.join_url) flash=flash.clone() />
            <Field name="host" id=fid("host") label=i18n.t("meeting-host") hint=i18n.t("meeting-host-hint") value=typed("host", &host) flash=flash.clone() />
            <Field name="registration_deadline" id=fid("registration_deadline") kind="datetime-local" label=i18n.t("meeting-deadline") value=typed("registration_deadline", &deadline) flash=flash.clone() />
            <button type="submit" class="button primary">{i18n.t(button)}</button>
        </form>
    };
    if rescheduling {
        view! {
            <section class="card no-print" aria-labelledby=title_id>
                <details open=flash.is_some()>
                    <summary><h2 id=title_id class="summary-heading">{i18n.t(heading)}</h2></summary>
                    <p class="muted">{i18n.t("meeting-reschedule-note")}</p>
                    {form}
                </details>
            </section>
        }
        .into_any()
    } else {
        view! {
            <section class="card" aria-labelledby=title_id>
                <h2 id=title_id>{i18n.t(heading)}</h2>
                {form}
            </section>
        }
        .into_any()
    }
}

/// The schedule form's values for a meeting as it stands.
fn input_of(m: &MeetingView) -> MeetingInput {
    MeetingInput {
        title: m.title.clone(),
        kind: m.kind.clone(),
        mode: m.mode.clone(),
        time_zone: Some(m.time_zone.clone()),
        starts_at: m.local.starts_at.clone(),
        ends_at: m.local.ends_at.clone(),
        venue: m.venue.clone(),
        join_url: m.join_url.clone(),
        host: m.host.clone(),
        registration_deadline: Some(m.local.registration_deadline.clone()),
    }
}

/// `/meetings/:id`
#[component]
pub fn MeetingPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let detail = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::meetings::get_meeting,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let detail = match detail.await {
                    Ok(d) => d,
                    Err(e) => return error_view(e),
                };
                let m = detail.meeting.clone();
                let success = context.flash.clone().filter(|f| f.success);
                view! {
                    <Title text=format!("{} · {}", m.committee_reference, m.title) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}/meetings", m.committee_id)><bdi dir="ltr">{m.committee_reference.clone()}</bdi></a>
                        </p>
                        <h1><bdi>{m.title.clone()}</bdi></h1>
                        <p class="lead">{kind_label(i18n, &m.kind)} " · " {mode_label(i18n, &m.mode)}</p>
                    </header>
                    <FlashNotice flash=success />
                    {(m.status == "cancelled").then(|| view! { <p class="notice warning" role="note">{i18n.t("meeting-cancelled")}</p> })}
                    <Facts meeting=m.clone() />
                    {(detail.can_manage && m.status != "cancelled").then(|| view! {
                        <form method="post" action=format!("/meetings/{}/cancel", m.id) class="inline-form no-print cancel-meeting">
                            <button type="submit" class="button">{i18n.t("meeting-cancel")}</button>
                        </form>
                    })}
                    {(detail.can_manage && m.status != "cancelled").then(|| view! {
                        <ScheduleForm action=format!("/meetings/{}/reschedule", m.id) values=input_of(&m)
                            flash=flash_for(&context, "reschedule").filter(|f| !f.success) rescheduling=true />
                    })}
                    <Agenda detail=detail.clone() />
                    {detail.can_manage.then(|| view! {
                        <AgendaDraft detail=detail.clone() flash=flash_for(&context, "agenda").filter(|f| !f.success)
                            publish_flash=flash_for(&context, "publish").filter(|f| !f.success)
                            item_flash=context.flash.clone().filter(|f| !f.success && f.form.starts_with("agenda-item:")) />
                    })}
                    <Registrations detail=detail.clone() flash=flash_for(&context, "registration").filter(|f| !f.success) />
                    <Records detail=detail.clone() flash=flash_for(&context, "records").filter(|f| !f.success) />
                }
                .into_any()
            })}
        </Suspense>
    }
}

#[component]
fn Facts(meeting: MeetingView) -> impl IntoView {
    let i18n = use_i18n();
    let m = meeting;
    view! {
        <section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title" class="visually-hidden">{i18n.t("meeting-when")}</h2>
            <dl class="facts">
                <dt>{i18n.t("meeting-starts")}</dt>
                <dd><Moment text=m.starts.clone() /> " " <span class="muted"><bdi dir="ltr">{m.time_zone.clone()}</bdi></span></dd>
                <dt>{i18n.t("meeting-ends")}</dt>
                <dd><Moment text=m.ends.clone() /></dd>
                {(!m.venue.is_empty()).then(|| view! { <dt>{i18n.t("meeting-venue")}</dt><dd><bdi>{m.venue.clone()}</bdi></dd> })}
                {(!m.join_url.is_empty()).then(|| view! { <dt>{i18n.t("meeting-join-url")}</dt><dd><a href=m.join_url.clone() dir="ltr">{m.join_url.clone()}</a></dd> })}
                {m.host.clone().map(|h| view! { <dt>{i18n.t("meeting-host")}</dt><dd><bdi>{h}</bdi></dd> })}
                <dt>{i18n.t("meeting-registration")}</dt>
                <dd>{if m.registration_open { i18n.t("meeting-registration-open") } else { i18n.t("meeting-registration-closed") }}</dd>
            </dl>
            <p class="no-print">
                <a href=format!("/meetings/{}/agenda", m.id)>{i18n.t("agenda-printable")}</a> " · "
                <a href=format!("/api/v1/committees/{}/calendar", m.committee_id)>{i18n.t("meeting-calendar")}</a>
            </p>
        </section>
    }
}

fn outcome_options(i18n: I18n) -> Vec<(String, String)> {
    ["information", "discussion", "decision"]
        .into_iter()
        .map(|o| (o.to_string(), outcome_label(i18n, o)))
        .collect()
}

/// Agenda items, numbered. With `manage_base` (the manager's draft) each item also has its
/// move, change and remove forms; `flash` is the last refused change of an item, shown at it.
#[component]
fn ItemList(
    items: Vec<AgendaItemView>,
    #[prop(optional)] manage_base: Option<String>,
    #[prop(default = None)] flash: Option<Flash>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="agenda">
            {items.into_iter().map(|item| {
                let manage = manage_base.clone().map(|base| view! { <ItemForms base=base item=item.clone() flash=flash.clone() /> });
                let class = if item.level > 0 { "sub-item" } else { "item" };
                view! {
                    <li class=class data-item=item.id.clone() id=format!("item-{}", item.id)>
                        <span class="number">{item.number.clone()}</span> " "
                        <strong><LocalText text=item.title_in(i18n.0).0.to_string() lang=item.title_in(i18n.0).1 /></strong> " "
                        <span class="badge muted">{outcome_label(i18n, &item.outcome)}</span>
                        {(!item.description.is_empty()).then(|| view! { <p class="muted" dir="auto">{item.description.clone()}</p> })}
                        {(!item.documents.is_empty()).then(|| view! {
                            <ul class="documents">
                                {item.documents.iter().map(|d| view! {
                                    <li>
                                        <a href=format!("/documents/{}", d.id)><bdi dir="ltr">{d.number.clone()}</bdi></a> " " <span dir="auto">{d.title.clone()}</span>
                                        {d.late.then(|| view! { " " <span class="badge badge-warning">{i18n.t("agenda-document-late")}</span> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        })}
                        {manage}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// The manager's forms on a drafted item: move up or down, change in place.
#[component]
fn ItemForms(base: String, item: AgendaItemView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.id.clone();
    let flash = flash.filter(|f| f.form == format!("agenda-item:{id}"));
    let typed = |name: &str, default: &str| typed_or(flash.as_ref(), name, default);
    let named = |key: &str| i18n.msg(&Message::new(key).arg("item", item.number.clone()));
    view! {
        <div class="item-actions">
            <form method="post" action=format!("{base}/{id}/move") class="inline-form">
                <button type="submit" name="direction" value="up" class="link-button" aria-label=named("agenda-move-up-label")>
                    <span aria-hidden="true">"↑ "</span>{i18n.t("agenda-move-up")}
                </button>
                <button type="submit" name="direction" value="down" class="link-button" aria-label=named("agenda-move-down-label")>
                    <span aria-hidden="true">"↓ "</span>{i18n.t("agenda-move-down")}
                </button>
            </form>
            <form method="post" action=format!("{base}/{id}/remove") class="inline-form">
                <button type="submit" class="link-button" aria-label=named("agenda-remove-label")>{i18n.t("agenda-remove")}</button>
            </form>
            <details class="item-edit" open=flash.is_some()>
                <summary>{named("agenda-edit-label")}</summary>
                <form method="post" action=format!("{base}/{id}") class="stack">
                    <FlashNotice flash=flash.clone() />
                    <Field name="title" id=format!("item-{id}-title") label=i18n.t("agenda-item-title") value=typed("title", &item.title) flash=flash.clone() />
                    <Field name="title_fr" id=format!("item-{id}-title-fr") label=i18n.t("field-title-fr") value=typed("title_fr", item.title_fr.as_deref().unwrap_or_default()) flash=flash.clone() />
                    <Field name="title_ar" id=format!("item-{id}-title-ar") label=i18n.t("field-title-ar") value=typed("title_ar", item.title_ar.as_deref().unwrap_or_default()) flash=flash.clone() />
                    <Field name="description" id=format!("item-{id}-description") label=i18n.t("agenda-item-description") value=typed("description", &item.description) flash=flash.clone() />
                    <Select name="outcome" id=format!("item-{id}-outcome") label=i18n.t("agenda-item-outcome") options=outcome_options(i18n) selected=typed("outcome", &item.outcome) flash=flash.clone() />
                    <button type="submit" class="button">{i18n.t("agenda-edit-button")}</button>
                </form>
            </details>
        </div>
    }
}

#[component]
fn Agenda(detail: MeetingDetail) -> impl IntoView {
    let i18n = use_i18n();
    let Some(latest) = detail.agenda.first().cloned() else {
        return view! {
            <section class="card" aria-labelledby="agenda-title">
                <h2 id="agenda-title">{i18n.t("agenda-title")}</h2>
                <p class="empty">{i18n.t("agenda-none")}</p>
            </section>
        }
        .into_any();
    };
    let late = detail.agenda.last().and_then(|v| v.late_rule.clone());
    view! {
        <section class="card" aria-labelledby="agenda-title">
            <h2 id="agenda-title">{i18n.msg(&Message::new("agenda-version").arg("version", latest.version.to_string()))}</h2>
            <p class="muted">{i18n.msg(&Message::new("agenda-published").arg("when", latest.published.clone()).arg("by", latest.published_by.clone().unwrap_or_default()))}</p>
            {late.map(|rule| view! { <p class="notice warning late-agenda" role="note">{rule}</p> })}
            <ItemList items=latest.items.clone() />
            {(detail.agenda.len() > 1).then(|| view! {
                <h3>{i18n.t("agenda-history")}</h3>
                <ul class="versions">
                    {detail.agenda.iter().map(|v| view! {
                        <li>{i18n.msg(&Message::new("agenda-version-changes").arg("version", v.version.to_string()).arg("count", v.items_changed.to_string()))}
                            " · " <Moment text=v.published.clone() /></li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
    .into_any()
}

#[component]
fn AgendaDraft(
    detail: MeetingDetail,
    flash: Option<Flash>,
    publish_flash: Option<Flash>,
    item_flash: Option<Flash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = detail.meeting.id.clone();
    let items = detail.draft.clone().unwrap_or_default();
    let outcomes = outcome_options(i18n);
    let mut documents = vec![(String::new(), i18n.t("agenda-no-document"))];
    documents.extend(
        detail
            .documents
            .iter()
            .map(|(id, number, title)| (id.clone(), format!("{number} — {title}"))),
    );
    view! {
        <section class="card" aria-labelledby="draft-title">
            <h2 id="draft-title">{i18n.t("agenda-draft")}</h2>
            <p class="muted">{i18n.t("agenda-draft-note")}</p>
            {if items.is_empty() {
                view! { <p class="empty">{i18n.t("agenda-draft-empty")}</p> }.into_any()
            } else {
                view! { <ItemList items=items.clone() manage_base=format!("/meetings/{id}/agenda/items") flash=item_flash.clone() /> }.into_any()
            }}
            <form method="post" action=format!("/meetings/{id}/agenda/items") class="stack agenda-item-form">
                <h3>{i18n.t("agenda-add")}</h3>
                <FlashNotice flash=flash.clone() />
                <Field name="title" label=i18n.t("agenda-item-title") flash=flash.clone() />
                <Field name="title_fr" label=i18n.t("field-title-fr") flash=flash.clone() />
                <Field name="title_ar" label=i18n.t("field-title-ar") flash=flash.clone() />
                <Field name="description" label=i18n.t("agenda-item-description") flash=flash.clone() />
                <Select name="outcome" label=i18n.t("agenda-item-outcome") options=outcomes selected="information".to_string() flash=flash.clone() />
                <Select name="document" label=i18n.t("agenda-item-document") options=documents selected=String::new() flash=flash.clone() />
                <label class="checkbox"><input type="checkbox" name="sub_item" value="true" /> " " {i18n.t("agenda-item-sub")}</label>
                <button type="submit" class="button">{i18n.t("agenda-add-button")}</button>
            </form>
            {(!items.is_empty()).then(|| view! {
                <form method="post" action=format!("/meetings/{id}/agenda/publish") class="stack publish-form">
                    <FlashNotice flash=publish_flash.clone() />
                    {detail.late_warning.clone().map(|w| view! {
                        <p class="notice warning" role="alert">{w}</p>
                        <label class="checkbox"><input type="checkbox" name="confirm_late" value="true" /> " " {i18n.t("agenda-confirm-late")}</label>
                    })}
                    <button type="submit" class="button primary">{i18n.t("agenda-publish")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn Registrations(detail: MeetingDetail, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let m = detail.meeting.clone();
    let started = detail.can_manage && m.started;
    let delegates: Vec<(String, String)> = detail
        .delegates
        .iter()
        .map(|(code, id, name)| (format!("{code}|{id}"), format!("{name} ({code})")))
        .collect();
    let participations = vec![
        ("in_person".to_string(), i18n.t("registration-in-person")),
        ("remote".to_string(), i18n.t("registration-remote")),
    ];
    view! {
        <section class="card" aria-labelledby="registrations-title">
            <h2 id="registrations-title">{i18n.t("registrations-title")}</h2>
            {if detail.registrations.is_empty() {
                view! { <p class="empty">{i18n.t("registrations-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="table stack-on-phone registrations">
                        <thead><tr>
                            <th scope="col">{i18n.t("comment-col-mb")}</th>
                            <th scope="col">{i18n.t("registration-delegate")}</th>
                            <th scope="col">{i18n.t("registration-participation")}</th>
                            <th scope="col">{i18n.t("registration-attended")}</th>
                        </tr></thead>
                        <tbody>
                            {detail.registrations.iter().map(|r| view! {
                                <tr data-registration=r.id.clone() data-member-body=r.member_body.clone()>
                                    <td><bdi>{r.member_body.clone()}</bdi></td>
                                    <td>{r.name.clone()} {r.head_of_delegation.then(|| view! { " " <span class="badge">{i18n.t("registration-head")}</span> })}
                                        <br /><a class="invitation" href=format!("/api/v1/meetings/{}/registrations/{}/invitation", m.id, r.id) download="">{i18n.t("registration-invitation")}</a></td>
                                    <td>{if r.participation == "remote" { i18n.t("registration-remote") } else { i18n.t("registration-in-person") }}</td>
                                    <td>
                                        <span class="attendance">{match r.attended { Some(true) => i18n.t("registration-present"), Some(false) => i18n.t("registration-absent"), None => "—".to_string() }}</span>
                                        {started.then(|| view! {
                                            <br />
                                            <form method="post" action=format!("/meetings/{}/registrations/{}/attendance", m.id, r.id) class="inline-form">
                                                <button type="submit" name="attended" value="true" class="link-button">{i18n.t("registration-mark-present")}</button>
                                                " · "
                                                <button type="submit" name="attended" value="false" class="link-button">{i18n.t("registration-mark-absent")}</button>
                                            </form>
                                        })}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            {(!delegates.is_empty()).then(|| view! {
                <form method="post" action=format!("/meetings/{}/registrations", m.id) class="stack registration-form">
                    <h3>{i18n.t("registration-add")}</h3>
                    <FlashNotice flash=flash.clone() />
                    <Select name="delegate" label=i18n.t("registration-delegate") options=delegates.clone() selected=String::new() flash=flash.clone() />
                    <Select name="participation" label=i18n.t("registration-participation") options=participations.clone() selected=if m.mode == "virtual" { "remote".to_string() } else { "in_person".to_string() } flash=flash.clone() />
                    <label class="checkbox"><input type="checkbox" name="head_of_delegation" value="true" /> " " {i18n.t("registration-head")}</label>
                    <button type="submit" class="button primary">{i18n.t("registration-button")}</button>
                </form>
            })}
            {(detail.can_manage && !m.registration_open).then(|| view! {
                <form method="post" action=format!("/meetings/{}/registration", m.id) class="inline-form">
                    <input type="hidden" name="reopened" value="true" />
                    <button type="submit" class="button">{i18n.t("registration-reopen")}</button>
                </form>
            })}
        </section>
    }
}

fn record_status_label(i18n: I18n, status: &str) -> String {
    i18n.t(match status {
        "circulated" => "record-circulated",
        "approved" => "record-approved",
        "locked" => "record-locked",
        _ => "record-draft",
    })
}

/// The next step of a record and its button's text.
fn next_step(status: &str) -> Option<(&'static str, &'static str)> {
    match status {
        "draft" => Some(("circulated", "record-circulate")),
        "circulated" => Some(("approved", "record-approve")),
        "approved" => Some(("locked", "record-lock")),
        _ => None,
    }
}

/// Minutes or a resolution: its text as blocks (never as HTML), its status, and the
/// manager's next step or correction.
#[component]
fn RecordCard(record: RecordView, kind: &'static str, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let r = record;
    let (title, title_lang) = r.title_in(i18n.0);
    let (title, title_lang) = (title.to_string(), title_lang);
    let (body, body_lang) = r.body_in(i18n.0);
    // The English text's blocks come with the record; a translation is read here.
    let shown = if body_lang == crate::domain::locale::Locale::En {
        r.blocks.clone()
    } else {
        crate::domain::meetings::blocks(body)
    };
    let fallback = body_lang != i18n.0 && !r.reference.is_empty();
    view! {
        <article class="record" data-record=r.id.clone() data-status=r.status.clone()>
            <p class="record-head">
                {(!r.reference.is_empty()).then(|| view! { <strong><bdi dir="ltr">{r.reference.clone()}</bdi></strong> " " })}
                {(!r.title.is_empty()).then(|| view! { <strong><LocalText text=title.to_string() lang=title_lang /></strong> " " })}
                <span class="badge muted record-status">{record_status_label(i18n, &r.status)}</span>
                {r.on_time.map(|ok| view! { " " <span class=if ok { "badge" } else { "badge badge-warning" }>{if ok { i18n.t("record-on-time") } else { i18n.t("record-late") }}</span> })}
            </p>
            {r.agenda_item.clone().map(|item| view! { <p class="muted">{i18n.t("record-agenda-item")} " " <bdi>{item}</bdi></p> })}
            {r.corrects.clone().map(|_| view! { <p class="muted">{i18n.t("record-correction")}</p> })}
            {r.ballot_id.clone().map(|b| view! { <p class="muted"><a href=format!("/ballots/{b}") class="resolution-ballot">{i18n.t("resolution-ballot-link")}</a></p> })}
            {fallback.then(|| view! { <p class="fallback-mark">{i18n.t("text-in-english")}</p> })}
            <div class="record-text" lang=body_lang.code() dir=body_lang.dir()>
                {shown.iter().map(|b| match b.clone() {
                    crate::domain::meetings::Block::Heading { level: 1, text } => view! { <h3>{text}</h3> }.into_any(),
                    crate::domain::meetings::Block::Heading { text, .. } => view! { <h4>{text}</h4> }.into_any(),
                    crate::domain::meetings::Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
                    crate::domain::meetings::Block::Bullets { items } => view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
                    crate::domain::meetings::Block::Numbered { items } => view! { <ol>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ol> }.into_any(),
                }).collect_view()}
            </div>
            {manage.then(|| {
                let step = next_step(&r.status);
                view! {
                    {step.map(|(to, label)| view! {
                        <form method="post" action=format!("/{kind}/{}/status", r.id) class="inline-form">
                            <input type="hidden" name="status" value=to />
                            <button type="submit" class="button">{i18n.t(label)}</button>
                        </form>
                    })}
                    {(r.status == "locked").then(|| view! {
                        <form method="post" action=format!("/{kind}/{}/correction", r.id) class="inline-form">
                            <button type="submit" class="button">{i18n.t("record-correct")}</button>
                        </form>
                    })}
                }
            })}
        </article>
    }
}

#[component]
fn Records(detail: MeetingDetail, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let m = detail.meeting.clone();
    let records = detail.records.clone();
    let manage = detail.can_manage;
    let editable = records
        .minutes
        .last()
        .filter(|r| r.status == "draft" || r.status == "circulated")
        .map(|r| r.body.clone());
    let can_write = manage && (records.minutes.is_empty() || editable.is_some());
    let mut items = vec![(String::new(), i18n.t("record-no-item"))];
    if let Some(v) = detail.agenda.first() {
        items.extend(v.items.iter().map(|i| {
            (
                i.id.clone(),
                format!("{} {}", i.number, i.title_in(i18n.0).0),
            )
        }));
    }
    let mut ballots = vec![(String::new(), i18n.t("resolution-no-ballot"))];
    ballots.extend(detail.ballots.iter().cloned());
    view! {
        <section class="card" aria-labelledby="minutes-title">
            <h2 id="minutes-title">{i18n.t("minutes-title")}</h2>
            <p class="muted">{i18n.msg(&Message::new("minutes-due").arg("when", records.minutes_due.clone()))}</p>
            <FlashNotice flash=flash.clone() />
            {if records.minutes.is_empty() {
                view! { <p class="empty">{i18n.t("minutes-none")}</p> }.into_any()
            } else {
                records.minutes.iter().map(|r| view! { <RecordCard record=r.clone() kind="minutes" manage=manage /> }).collect_view().into_any()
            }}
            {(!records.attendance.is_empty()).then(|| view! {
                <h3 id="attendance-title">{i18n.t("minutes-attendance")}</h3>
                <table class="table stack-on-phone attendance-list" aria-labelledby="attendance-title">
                    <thead><tr>
                        <th scope="col">{i18n.t("comment-col-mb")}</th>
                        <th scope="col">{i18n.t("registration-delegate")}</th>
                        <th scope="col">{i18n.t("registration-participation")}</th>
                    </tr></thead>
                    <tbody>
                        {records.attendance.iter().map(|a| view! {
                            <tr>
                                <td><bdi>{a.member_body.clone()}</bdi></td>
                                <td>{a.name.clone()} {a.head_of_delegation.then(|| view! { " " <span class="badge">{i18n.t("registration-head")}</span> })}</td>
                                <td>{if a.participation == "remote" { i18n.t("registration-remote") } else { i18n.t("registration-in-person") }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {can_write.then(|| view! {
                <form method="post" action=format!("/meetings/{}/minutes", m.id) class="stack">
                    <TextArea name="body" label=i18n.t("minutes-text") hint=i18n.t("minutes-hint") value=editable.clone().unwrap_or_default() flash=flash.clone() />
                    <button type="submit" class="button primary">{i18n.t("minutes-save")}</button>
                </form>
            })}
        </section>
        <section class="card" aria-labelledby="resolutions-title">
            <h2 id="resolutions-title">{i18n.t("resolutions-title")}</h2>
            <p class="muted">{i18n.msg(&Message::new("resolutions-due").arg("when", records.resolutions_due.clone()))}</p>
            {if records.resolutions.is_empty() {
                view! { <p class="empty">{i18n.t("resolutions-none")}</p> }.into_any()
            } else {
                records.resolutions.iter().map(|r| view! { <RecordCard record=r.clone() kind="resolutions" manage=manage /> }).collect_view().into_any()
            }}
            {manage.then(|| view! {
                <form method="post" action=format!("/meetings/{}/resolutions", m.id) class="stack resolution-form">
                    <h3>{i18n.t("resolution-add")}</h3>
                    <Field name="resolution_title" label=i18n.t("resolution-title") flash=flash.clone() />
                    <Select name="agenda_item" label=i18n.t("record-agenda-item") options=items.clone() selected=String::new() flash=flash.clone() />
                    <Select name="ballot_id" label=i18n.t("resolution-ballot") options=ballots.clone() selected=String::new() flash=flash.clone() />
                    <TextArea name="resolution_text" label=i18n.t("resolution-text") value=String::new() flash=flash.clone() />
                    <details class="translations">
                        <summary>{i18n.t("translations-summary")}</summary>
                        <div class="stack">
                            <Field name="resolution_title_fr" label=i18n.t("field-title-fr") flash=flash.clone() />
                            <TextArea name="resolution_text_fr" label=i18n.t("field-text-fr") value=String::new() flash=flash.clone() />
                            <Field name="resolution_title_ar" label=i18n.t("field-title-ar") flash=flash.clone() />
                            <TextArea name="resolution_text_ar" label=i18n.t("field-text-ar") value=String::new() flash=flash.clone() />
                        </div>
                    </details>
                    <button type="submit" class="button">{i18n.t("resolution-add-button")}</button>
                </form>
            })}
        </section>
    }
}

/// `/meetings/:id/agenda`: the published agenda alone, to print or send on (no draft, no
/// registrations).
#[component]
pub fn PrintableAgenda() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let detail = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::meetings::get_meeting,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let detail = match detail.await {
                    Ok(d) => d,
                    Err(e) => return error_view(e),
                };
                let m = detail.meeting.clone();
                view! {
                    <Title text=format!("{} · {} · {}", m.committee_reference, m.title, i18n.t("agenda-title")) />
                    <article class="printable-agenda">
                        <header class="page-head">
                            <p class="eyebrow"><bdi dir="ltr">{m.committee_reference.clone()}</bdi></p>
                            <h1><bdi>{m.title.clone()}</bdi></h1>
                        </header>
                        <Facts meeting=m.clone() />
                        <Agenda detail=MeetingDetail { draft: None, registrations: Vec::new(), delegates: Vec::new(), documents: Vec::new(), ..detail.clone() } />
                    </article>
                }
                .into_any()
            })}
        </Suspense>
    }
}
