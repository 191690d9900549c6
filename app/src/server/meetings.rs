//! Meetings of a committee: scheduling, the agenda (drafted privately, published in frozen
//! versions, late publication allowed but flagged with the rule it breaks), the delegations'
//! registrations and attendance, and the calendar feeds. Called by the JSON API and the pages.

use super::{db, new_id, notifications, now_ms, session, state::AppState, time};
use crate::{
    domain::{
        ballots::RuleProfile,
        committees::MembershipStatus,
        documents::check_title,
        locale::translation,
        meetings::{
            check_schedule, item_numbers, items_changed, move_order, AgendaItem, MeetingKind,
            MeetingNotice, Mode, Outcome, Schedule,
        },
        permissions::{Action, CommitteeRef},
    },
    error::{AppError, AppResult},
    i18n,
    model::{
        AgendaDocument, AgendaItemInput, AgendaItemView, AgendaVersionView, FieldErrors,
        LocalInputs, MeetingDetail, MeetingInput, MeetingList, MeetingView, Message, PublishInput,
        RegistrationInput, RegistrationView, UserView,
    },
};

/// Meetings per page of a committee's list.
const PER_PAGE: i64 = 25;

pub(crate) fn committee_of(m: &db::meetings::MeetingRow) -> CommitteeRef {
    CommitteeRef {
        id: m.committee_id.clone(),
        body_id: m.body_id.clone(),
    }
}

/// The body's notice rules (ISO's when its profile has none or cannot be read).
fn notice_of(m: &db::meetings::MeetingRow) -> MeetingNotice {
    RuleProfile::from_stored(m.rule_profile.as_deref())
        .unwrap_or_default()
        .meetings
}

fn kind_mode(m: &db::meetings::MeetingRow) -> (MeetingKind, Mode) {
    (
        MeetingKind::from_code(&m.kind).unwrap_or(MeetingKind::Plenary),
        Mode::from_code(&m.mode).unwrap_or(Mode::InPerson),
    )
}

fn registration_open(m: &db::meetings::MeetingRow, now: i64) -> bool {
    crate::domain::meetings::registration_open(
        m.registration_deadline,
        m.registration_reopened != 0,
        m.starts_at,
        now,
    )
}

fn view(m: &db::meetings::MeetingRow, now: i64) -> MeetingView {
    let (kind, mode) = kind_mode(m);
    MeetingView {
        id: m.id.clone(),
        committee_id: m.committee_id.clone(),
        committee_reference: m.committee_reference.clone(),
        title: m.title.clone(),
        kind: m.kind.clone(),
        mode: m.mode.clone(),
        time_zone: m.time_zone.clone(),
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        starts: time::format_in(m.starts_at, &m.time_zone),
        ends: time::format_in(m.ends_at, &m.time_zone),
        venue: m.venue.clone(),
        join_url: m.join_url.clone(),
        host: m.host.clone(),
        registration_deadline: m.registration_deadline,
        registration_open: registration_open(m, now),
        started: now >= m.starts_at,
        status: m.status.clone(),
        agenda_due: notice_of(m).agenda_due(kind, mode, m.starts_at),
        sequence: m.sequence,
        local: LocalInputs {
            starts_at: time::input_value(m.starts_at, &m.time_zone),
            ends_at: time::input_value(m.ends_at, &m.time_zone),
            registration_deadline: m
                .registration_deadline
                .map(|d| time::input_value(d, &m.time_zone))
                .unwrap_or_default(),
        },
    }
}

/// Requires that the person may read the committee's meetings; returns their actor.
async fn require_reader(
    state: &AppState,
    user: Option<&UserView>,
    committee: CommitteeRef,
) -> AppResult<crate::domain::permissions::Actor> {
    let officer_of_member = match user {
        Some(u) => db::ballots::officer_in_committee(&state.pool, &committee.id, &u.id).await?,
        None => false,
    };
    session::require(
        state,
        user,
        &Action::ReadMeetings {
            committee,
            officer_of_member,
        },
    )
    .await
}

async fn find(state: &AppState, id: &str) -> AppResult<db::meetings::MeetingRow> {
    db::meetings::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)
}

fn invalid(errors: Vec<(&'static str, Message)>) -> AppError {
    let mut fields = FieldErrors::default();
    for (field, message) in errors {
        fields.add(field, message);
    }
    AppError::Invalid(fields)
}

/// A schedule as read and checked: the zone, the instants, the host member body's id.
struct Checked {
    zone: String,
    starts_at: i64,
    ends_at: i64,
    registration_deadline: Option<i64>,
    host: Option<String>,
}

/// Reads and checks a schedule (times in the host's zone, `default_zone` when none is given);
/// every bad field is named.
async fn checked_schedule(
    state: &AppState,
    input: &MeetingInput,
    default_zone: &str,
) -> AppResult<Checked> {
    let committee_zone = default_zone;
    let zone_given = input
        .time_zone
        .as_deref()
        .map(str::trim)
        .filter(|z| !z.is_empty())
        .unwrap_or(committee_zone);
    let zone = time::check_zone(zone_given).map_err(|m| AppError::invalid("time_zone", m))?;
    let read = |text: &str| time::parse_in(text, &zone);
    let deadline_text = input.registration_deadline.as_deref().unwrap_or("").trim();
    let registration_deadline = read(deadline_text);
    let mut errors = Vec::new();
    let schedule = Schedule {
        title: &input.title,
        kind: &input.kind,
        mode: &input.mode,
        starts_at: read(&input.starts_at),
        ends_at: read(&input.ends_at),
        venue: &input.venue,
        join_url: &input.join_url,
        registration_deadline,
    };
    if let Err(found) = check_schedule(&schedule) {
        errors.extend(found);
    }
    if !deadline_text.is_empty() && registration_deadline.is_none() {
        errors.push((
            "registration_deadline",
            Message::new("error-meeting-deadline"),
        ));
    }
    let host = match input
        .host
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty())
    {
        Some(code) => {
            match db::committees::member_body_by_code(&state.pool, &code.to_uppercase()).await? {
                Some((id, _)) => Some(id),
                None => {
                    errors.push((
                        "host",
                        Message::new("error-meeting-host").arg("code", code.to_string()),
                    ));
                    None
                }
            }
        }
        None => None,
    };
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    let (Some(starts_at), Some(ends_at)) = (schedule.starts_at, schedule.ends_at) else {
        return Err(AppError::Internal);
    };
    Ok(Checked {
        zone,
        starts_at,
        ends_at,
        registration_deadline,
        host,
    })
}

/// Schedules a meeting of a committee (its manager): times are read in the host's zone (the
/// committee's when none is given); every bad field is named, nothing is stored.
pub async fn schedule(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    input: &MeetingInput,
) -> AppResult<MeetingView> {
    let committee = db::committees::find(&state.pool, committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    session::require(
        state,
        user,
        &Action::ManageMeetings(CommitteeRef {
            id: committee.id.clone(),
            body_id: committee.body_id.clone(),
        }),
    )
    .await?;
    let user = user.ok_or(AppError::Unauthenticated)?;
    let checked = checked_schedule(state, input, &committee.time_zone).await?;
    let (zone, starts_at, ends_at, registration_deadline, host) = (
        checked.zone,
        checked.starts_at,
        checked.ends_at,
        checked.registration_deadline,
        checked.host,
    );
    let id = new_id();
    let now = now_ms();
    db::meetings::insert(
        &state.pool,
        &db::meetings::NewMeeting {
            id: &id,
            committee_id: &committee.id,
            title: input.title.trim(),
            kind: input.kind.trim(),
            mode: input.mode.trim(),
            time_zone: &zone,
            starts_at,
            ends_at,
            venue: input.venue.trim(),
            join_url: input.join_url.trim(),
            host_member_body_id: host.as_deref(),
            registration_deadline,
            created_by: &user.id,
            now,
        },
    )
    .await?;
    Ok(view(&find(state, &id).await?, now))
}

/// A committee's meetings, upcoming (soonest first) or past (latest first), for those who
/// read the committee's documents.
pub async fn list(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    upcoming: bool,
    page: i64,
) -> AppResult<MeetingList> {
    let committee = db::committees::find(&state.pool, committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_reader(
        state,
        user,
        CommitteeRef {
            id: committee.id.clone(),
            body_id: committee.body_id.clone(),
        },
    )
    .await?;
    let page = crate::domain::paging::page(page);
    let now = now_ms();
    let (rows, total) = db::meetings::of_committee(
        &state.pool,
        committee_id,
        upcoming,
        now,
        PER_PAGE,
        crate::domain::paging::offset(page, PER_PAGE),
    )
    .await?;
    Ok(MeetingList {
        meetings: rows.iter().map(|m| view(m, now)).collect(),
        total,
        page,
    })
}

/// Agenda items as shown, with their numbers and documents (a decision item's document
/// registered too late is flagged).
fn item_views(
    m: &db::meetings::MeetingRow,
    items: &[AgendaItem],
    documents: &[db::meetings::LinkedDocument],
) -> Vec<AgendaItemView> {
    let (kind, _) = kind_mode(m);
    let notice = notice_of(m);
    item_numbers(items)
        .into_iter()
        .zip(items)
        .map(|(number, item)| AgendaItemView {
            id: item.id.clone(),
            number,
            level: item.level,
            title: item.title.clone(),
            title_fr: item.title_fr.clone(),
            title_ar: item.title_ar.clone(),
            description: item.description.clone(),
            outcome: item.outcome.clone(),
            documents: item
                .documents
                .iter()
                .filter_map(|id| documents.iter().find(|d| d.0 == *id))
                .map(
                    |(id, _, reference, title, _, registered_at)| AgendaDocument {
                        id: id.clone(),
                        number: reference.clone(),
                        title: title.clone(),
                        late: item.outcome == Outcome::Decision.code()
                            && notice.document_late(kind, m.starts_at, *registered_at),
                    },
                )
                .collect(),
        })
        .collect()
}

fn stored_items(rows: Vec<db::meetings::ItemRow>) -> Vec<AgendaItem> {
    rows.into_iter()
        .map(|r| AgendaItem {
            id: r.id,
            level: u8::try_from(r.level).unwrap_or(0),
            title: r.title,
            title_fr: r.title_fr,
            title_ar: r.title_ar,
            description: r.description,
            outcome: r.outcome,
            documents: r
                .documents
                .split(',')
                .filter(|d| !d.is_empty())
                .map(String::from)
                .collect(),
        })
        .collect()
}

/// A meeting with its published agenda versions, the draft and the late warning for its
/// manager, and the registrations the reader may see.
pub async fn detail(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    locale: crate::domain::locale::Locale,
) -> AppResult<MeetingDetail> {
    let m = find(state, id).await?;
    let actor = require_reader(state, user, committee_of(&m)).await?;
    let can_manage = session::check(&actor, &Action::ManageMeetings(committee_of(&m))).is_ok();
    let now = now_ms();
    let (versions, draft_rows, registrations) = tokio::try_join!(
        db::meetings::versions(&state.pool, id),
        db::meetings::draft_items(&state.pool, id),
        db::meetings::registrations(&state.pool, id, None),
    )?;
    let versions: Vec<(db::meetings::VersionRow, Vec<AgendaItem>)> = versions
        .into_iter()
        .map(|v| {
            let items = serde_json::from_str(&v.items).unwrap_or_default();
            (v, items)
        })
        .collect();
    let draft = can_manage.then(|| stored_items(draft_rows));
    let mut document_ids: Vec<String> = versions
        .iter()
        .flat_map(|(_, items)| items.iter())
        .chain(draft.iter().flatten())
        .flat_map(|i| i.documents.iter().cloned())
        .collect();
    document_ids.sort_unstable();
    document_ids.dedup();
    let documents = db::meetings::documents(&state.pool, &document_ids).await?;
    let (kind, mode) = kind_mode(&m);
    let translate = |key: &str, args: &[(String, String)]| i18n::translate_args(locale, key, args);
    let late_warning = (can_manage && versions.is_empty())
        .then(|| notice_of(&m).late_agenda(kind, mode, m.starts_at, now))
        .flatten()
        .map(|message| translate(&message.key, &message.args));
    let first = versions.last().map(|(v, _)| v.published_at);
    let agenda = versions
        .iter()
        .map(|(v, items)| AgendaVersionView {
            version: v.version,
            items_changed: v.items_changed,
            published_at: v.published_at,
            published: time::format_in(v.published_at, &m.time_zone),
            published_by: v.published_by.clone(),
            // The first publication is the one the notice rule is about.
            late_rule: v.late_rule.as_ref().map(|_| {
                let rule = notice_of(&m).late_message(
                    kind,
                    mode,
                    m.starts_at,
                    first.unwrap_or(v.published_at),
                );
                translate(&rule.key, &rule.args)
            }),
            items: item_views(&m, items, &documents),
        })
        .collect();
    // The manager sees every registration; an officer their member bodies'; a delegate their own.
    let registrations = registrations
        .into_iter()
        .filter(|r| {
            can_manage
                || session::check(
                    &actor,
                    &Action::RegisterDelegation {
                        committee: committee_of(&m),
                        member_body_id: r.member_body_id.clone(),
                        member_body_takes_part: true,
                        open: true,
                    },
                )
                .is_ok()
                || user.is_some_and(|u| u.id == r.user_id)
        })
        .map(registration_view)
        .collect();
    let (delegates, committee_documents) = match user {
        Some(u) => tokio::try_join!(
            db::meetings::delegates_for(&state.pool, &m.committee_id, &u.id, can_manage),
            async {
                if can_manage {
                    db::ballots::document_choices(&state.pool, &m.committee_id).await
                } else {
                    Ok(Vec::new())
                }
            }
        )?,
        None => (Vec::new(), Vec::new()),
    };
    let records = super::meeting_records::of_meeting(state, &m, can_manage).await?;
    // The ballots a resolution may point at: the committee's latest hundred (the manager).
    let ballots = if can_manage {
        db::ballots::list(&state.pool, &m.committee_id, 100, 0)
            .await?
            .0
            .into_iter()
            .map(|b| (b.id, b.title))
            .collect()
    } else {
        Vec::new()
    };
    Ok(MeetingDetail {
        records,
        ballots,
        delegates,
        documents: committee_documents,
        meeting: view(&m, now),
        agenda,
        draft: draft.map(|items| item_views(&m, &items, &documents)),
        late_warning,
        registrations,
        can_manage,
    })
}

fn registration_view(r: db::meetings::RegistrationRow) -> RegistrationView {
    RegistrationView {
        id: r.id,
        member_body: r.member_body,
        user_id: r.user_id,
        name: r.name,
        head_of_delegation: r.head_of_delegation != 0,
        participation: r.participation,
        attended: r.attended.map(|a| a != 0),
    }
}

/// Replaces the drafted agenda (the manager): each item needs a title and an outcome; a
/// sub-item follows an item; linked documents must be of the committee's register (a
/// document of another committee is refused without saying what it is).
pub async fn set_agenda(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    items: &[AgendaItemInput],
) -> AppResult<Vec<AgendaItemView>> {
    let m = find(state, id).await?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    let mut ids: Vec<String> = items.iter().flat_map(|i| i.documents.clone()).collect();
    ids.sort_unstable();
    ids.dedup();
    let documents = db::meetings::documents(&state.pool, &ids).await?;
    let mut errors = FieldErrors::default();
    let mut checked = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let field = |name: &str| format!("items.{n}.{name}");
        if item.title.trim().is_empty() {
            errors.add(&field("title"), Message::new("error-agenda-title"));
        }
        let title_fr = translation(&item.title_fr);
        let title_ar = translation(&item.title_ar);
        for (name, text) in [("title_fr", &title_fr), ("title_ar", &title_ar)] {
            if let Some(Err(message)) = text.as_deref().map(check_title) {
                errors.add(&field(name), message);
            }
        }
        if Outcome::from_code(&item.outcome).is_none() {
            errors.add(&field("outcome"), Message::new("error-agenda-outcome"));
        }
        if item.level > 1 || (n == 0 && item.level > 0) {
            errors.add(&field("level"), Message::new("error-agenda-level"));
        }
        for doc in &item.documents {
            if !documents
                .iter()
                .any(|d| d.0 == *doc && d.1 == m.committee_id)
            {
                errors.add(
                    &field("documents"),
                    Message::new("error-agenda-document").arg("id", doc.clone()),
                );
            }
        }
        checked.push(AgendaItem {
            id: item
                .id
                .clone()
                .filter(|i| !i.trim().is_empty())
                .unwrap_or_else(new_id),
            level: item.level,
            title: item.title.trim().to_string(),
            title_fr,
            title_ar,
            description: item.description.trim().to_string(),
            outcome: item.outcome.trim().to_string(),
            documents: item.documents.clone(),
        });
    }
    if !errors.0.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let mut tx = db::begin_write(&state.pool).await?;
    db::meetings::replace_items(&mut tx, id, &checked).await?;
    tx.commit().await?;
    Ok(item_views(&m, &checked, &documents))
}

/// Publishes the drafted agenda as a new frozen version (the manager). The first
/// publication after the body's notice period is refused with the rule it breaks (409)
/// unless `confirm_late`; it is then published and flagged with that rule.
pub async fn publish(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &PublishInput,
    locale: crate::domain::locale::Locale,
) -> AppResult<AgendaVersionView> {
    let m = find(state, id).await?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    let user = user.ok_or(AppError::Unauthenticated)?;
    let (items, versions) = tokio::try_join!(
        db::meetings::draft_items(&state.pool, id),
        db::meetings::versions(&state.pool, id),
    )?;
    let items = stored_items(items);
    if items.is_empty() {
        return Err(AppError::invalid(
            "agenda",
            Message::new("error-agenda-empty"),
        ));
    }
    let now = now_ms();
    let (kind, mode) = kind_mode(&m);
    let late = versions
        .is_empty()
        .then(|| notice_of(&m).late_agenda(kind, mode, m.starts_at, now))
        .flatten();
    if let (Some(rule), false) = (&late, input.confirm_late) {
        return Err(AppError::Conflict(rule.clone()));
    }
    let previous: Vec<AgendaItem> = versions
        .first()
        .map(|v| serde_json::from_str(&v.items).unwrap_or_default())
        .unwrap_or_default();
    let version = versions.first().map_or(1, |v| v.version + 1);
    let json = serde_json::to_string(&items).map_err(|_| AppError::Internal)?;
    let mut tx = db::begin_write(&state.pool).await?;
    let written = db::meetings::insert_version(
        &mut tx,
        &db::meetings::NewVersion {
            meeting_id: id,
            version,
            items: &json,
            items_changed: items_changed(&previous, &items) as i64,
            late_rule: late.as_ref().map(|r| r.key.as_str()),
            user_id: &user.id,
            now,
        },
    )
    .await?;
    if !written {
        return Err(AppError::Conflict(Message::new(
            "error-agenda-published-meanwhile",
        )));
    }
    let (kind, message) = if version == 1 {
        (
            "agenda_published",
            Message::new("notification-agenda-published"),
        )
    } else {
        (
            "agenda_changed",
            Message::new("notification-agenda-changed")
                .arg("version", version.to_string())
                .arg("count", items_changed(&previous, &items).to_string()),
        )
    };
    let message = message
        .arg("committee", m.committee_reference.clone())
        .arg("meeting", m.title.clone());
    notifications::tell_committee(
        &mut tx,
        &m.committee_id,
        kind,
        &message,
        &format!("/meetings/{id}"),
        &user.id,
    )
    .await?;
    super::audit::record(
        &mut tx,
        &super::audit::NewEvent {
            at: now,
            actor_id: Some(&user.id),
            committee_id: Some(&m.committee_id),
            kind: "agenda_published",
            subject: &m.title,
            before: (version > 1)
                .then(|| format!("v{}", version - 1))
                .as_deref(),
            after: Some(&format!("v{version}")),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(meeting = %id, version, late = late.is_some(), "agenda published");
    let detail = detail(state, Some(user), id, locale).await?;
    detail
        .agenda
        .into_iter()
        .find(|v| v.version == version)
        .ok_or(AppError::Internal)
}

/// Registers a delegate of a member body (its officer while registration is open; the
/// manager at any time). The person must be the member body's delegate to the committee;
/// a second registration of the same person is refused.
pub async fn register(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &RegistrationInput,
) -> AppResult<RegistrationView> {
    let m = find(state, id).await?;
    let code = input.member_body.trim().to_uppercase();
    let (member_body_id, _) = db::committees::member_body_by_code(&state.pool, &code)
        .await?
        .ok_or_else(|| {
            AppError::invalid("member_body", Message::new("error-comment-member-body"))
        })?;
    let takes_part = db::committees::membership(&state.pool, &m.committee_id, &member_body_id)
        .await?
        .as_deref()
        .and_then(MembershipStatus::from_code)
        .is_some_and(|s| !s.is_liaison());
    let now = now_ms();
    let open = registration_open(&m, now);
    // Allowed at all (as if open); then, for an officer, only while open: a clear 409.
    let actor = session::require(
        state,
        user,
        &Action::RegisterDelegation {
            committee: committee_of(&m),
            member_body_id: member_body_id.clone(),
            member_body_takes_part: takes_part,
            open: true,
        },
    )
    .await?;
    let manages = session::check(&actor, &Action::ManageMeetings(committee_of(&m))).is_ok();
    if !open && !manages {
        return Err(AppError::Conflict(Message::new(
            "error-registration-closed",
        )));
    }
    let user = user.ok_or(AppError::Unauthenticated)?;
    let (_, mode) = kind_mode(&m);
    let participation = input.participation.trim();
    let mut errors = Vec::new();
    match participation {
        "remote" => {}
        "in_person" if mode.has_venue() => {}
        "in_person" => errors.push(("participation", Message::new("error-registration-virtual"))),
        _ => errors.push((
            "participation",
            Message::new("error-registration-participation"),
        )),
    }
    if !db::meetings::is_delegate_of(
        &state.pool,
        &m.committee_id,
        &input.user_id,
        &member_body_id,
    )
    .await?
    {
        errors.push((
            "user_id",
            Message::new("error-registration-not-delegate").arg("member_body", code.clone()),
        ));
    }
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    let registration = new_id();
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::meetings::register(
        &mut *tx,
        &db::meetings::NewRegistration {
            id: &registration,
            meeting_id: id,
            member_body_id: &member_body_id,
            user_id: &input.user_id,
            head: input.head_of_delegation,
            participation,
            registered_by: &user.id,
            now,
        },
    )
    .await?
    {
        return Err(AppError::Conflict(Message::new("error-registration-twice")));
    }
    let message = Message::new(if participation == "in_person" {
        "notification-registration-in-person"
    } else {
        "notification-registration-remote"
    })
    .arg("committee", m.committee_reference.clone())
    .arg("meeting", m.title.clone())
    .arg("starts", time::format_in(m.starts_at, &m.time_zone));
    notifications::tell_people(
        &mut tx,
        std::slice::from_ref(&input.user_id),
        crate::domain::notifications::Kind::RegistrationConfirmed.code(),
        &message,
        &format!("/meetings/{id}"),
    )
    .await?;
    tx.commit().await?;
    db::meetings::registrations(&state.pool, id, Some(&input.user_id))
        .await?
        .into_iter()
        .next()
        .map(registration_view)
        .ok_or(AppError::Internal)
}

/// Marks whether a registered delegate attended (the manager, once the meeting has begun).
pub async fn set_attendance(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    registration_id: &str,
    attended: bool,
) -> AppResult<()> {
    let m = find(state, id).await?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    if now_ms() < m.starts_at {
        return Err(AppError::Conflict(Message::new("error-attendance-before")));
    }
    if !db::meetings::set_attended(&state.pool, id, registration_id, attended).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Reopens registration after the deadline, or closes it again (the manager).
pub async fn reopen_registration(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    reopened: bool,
) -> AppResult<()> {
    let m = find(state, id).await?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    db::meetings::set_reopened(&state.pool, id, reopened, now_ms()).await?;
    Ok(())
}

fn events(state: &AppState, rows: &[db::meetings::MeetingRow]) -> Vec<super::calendar::Event> {
    let base = state.settings.public_base_url.trim_end_matches('/');
    rows.iter()
        .map(|m| super::calendar::Event {
            uid: m.id.clone(),
            sequence: m.sequence,
            stamp: m.updated_at,
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            zone: m.time_zone.clone(),
            summary: format!("{} — {}", m.committee_reference, m.title),
            location: m.venue.clone(),
            description: if m.join_url.is_empty() {
                String::new()
            } else {
                format!("Join: {}", m.join_url)
            },
            url: format!("{base}/meetings/{}", m.id),
            cancelled: m.status == "cancelled",
        })
        .collect()
}

/// A committee's calendar feed, for those who read its meetings.
pub async fn committee_feed(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
) -> AppResult<String> {
    let committee = db::committees::find(&state.pool, committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_reader(
        state,
        user,
        CommitteeRef {
            id: committee.id.clone(),
            body_id: committee.body_id.clone(),
        },
    )
    .await?;
    let since = now_ms() - 365 * 24 * 3_600_000;
    let rows = db::meetings::feed_of_committee(&state.pool, committee_id, since).await?;
    Ok(super::calendar::feed(
        &committee.reference,
        &events(state, &rows),
    ))
}

/// A person's calendar feed, by the secret in its address (no sign-in: calendar programs
/// fetch it); an unknown secret is not found.
pub async fn user_feed(state: &AppState, token: &str) -> AppResult<String> {
    let token = token.trim_end_matches(".ics");
    if token.len() < 20 {
        return Err(AppError::NotFound);
    }
    let user_id = db::meetings::user_of_calendar(&state.pool, token)
        .await?
        .ok_or(AppError::NotFound)?;
    let since = now_ms() - 365 * 24 * 3_600_000;
    let rows = db::meetings::feed_of_user(&state.pool, &user_id, since).await?;
    Ok(super::calendar::feed("Comity", &events(state, &rows)))
}

/// The address of a person's calendar feed (its secret made on first use).
pub async fn calendar_address(state: &AppState, user: Option<&UserView>) -> AppResult<String> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let fresh = {
        use rand::RngCore;
        let mut bytes = [0u8; 24];
        rand::thread_rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    };
    let token = db::meetings::calendar_token(&state.pool, &user.id, &fresh).await?;
    Ok(format!(
        "{}/calendar/{token}.ics",
        state.settings.public_base_url.trim_end_matches('/')
    ))
}

/// The drafted agenda, for its manager only (the one-item forms' starting point).
async fn managed_draft(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
) -> AppResult<Vec<AgendaItem>> {
    let m = find(state, id).await?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    Ok(stored_items(
        db::meetings::draft_items(&state.pool, id).await?,
    ))
}

/// Adds an item at the end of the drafted agenda (the forms' way to build it).
pub async fn add_item(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    item: AgendaItemInput,
) -> AppResult<Vec<AgendaItemView>> {
    let mut items: Vec<AgendaItemInput> = managed_draft(state, user, id)
        .await?
        .into_iter()
        .map(input_of)
        .collect();
    let at = items.len();
    items.push(item);
    // The new item's problems, on the form's own fields.
    set_agenda(state, user, id, &items)
        .await
        .map_err(|e| own_fields(e, at))
}

/// Removes an item from the drafted agenda (a sub-item following it becomes an item).
pub async fn remove_item(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    item_id: &str,
) -> AppResult<Vec<AgendaItemView>> {
    let mut items: Vec<AgendaItemInput> = managed_draft(state, user, id)
        .await?
        .into_iter()
        .filter(|i| i.id != item_id)
        .map(input_of)
        .collect();
    if let Some(first) = items.first_mut() {
        first.level = 0;
    }
    set_agenda(state, user, id, &items).await
}

/// Moves an item of the drafted agenda up or down (with its sub-items); 409 when it is
/// already first or last of its kind.
pub async fn move_item(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    item_id: &str,
    up: bool,
) -> AppResult<Vec<AgendaItemView>> {
    let items = managed_draft(state, user, id).await?;
    let at = items
        .iter()
        .position(|i| i.id == item_id)
        .ok_or(AppError::NotFound)?;
    let levels: Vec<u8> = items.iter().map(|i| i.level).collect();
    let order = move_order(&levels, at, up)
        .ok_or_else(|| AppError::Conflict(Message::new("error-agenda-cannot-move")))?;
    let moved: Vec<AgendaItemInput> = order
        .into_iter()
        .filter_map(|i| items.get(i).cloned())
        .map(input_of)
        .collect();
    set_agenda(state, user, id, &moved).await
}

/// Changes an item of the drafted agenda in place: its title, description and outcome (its
/// documents and place stay). Bad fields are named as on the add form.
pub async fn edit_item(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    item_id: &str,
    change: &AgendaItemInput,
) -> AppResult<Vec<AgendaItemView>> {
    let mut items: Vec<AgendaItemInput> = managed_draft(state, user, id)
        .await?
        .into_iter()
        .map(input_of)
        .collect();
    let at = items
        .iter()
        .position(|i| i.id.as_deref() == Some(item_id))
        .ok_or(AppError::NotFound)?;
    if let Some(item) = items.get_mut(at) {
        item.title = change.title.clone();
        // A translation left out stays; an empty one is removed.
        if change.title_fr.is_some() {
            item.title_fr = change.title_fr.clone();
        }
        if change.title_ar.is_some() {
            item.title_ar = change.title_ar.clone();
        }
        item.description = change.description.clone();
        item.outcome = change.outcome.clone();
    }
    set_agenda(state, user, id, &items)
        .await
        .map_err(|e| own_fields(e, at))
}

/// An item's problems from `set_agenda` (`items.3.title`), on a one-item form's own fields.
fn own_fields(error: AppError, at: usize) -> AppError {
    match error {
        AppError::Invalid(errors) => {
            let prefix = format!("items.{at}.");
            let mut fields = FieldErrors::default();
            for (field, message) in errors.0 {
                fields.add(field.strip_prefix(&prefix).unwrap_or(&field), message);
            }
            AppError::Invalid(fields)
        }
        other => other,
    }
}

fn input_of(item: AgendaItem) -> AgendaItemInput {
    AgendaItemInput {
        id: Some(item.id),
        level: item.level,
        title: item.title,
        title_fr: item.title_fr,
        title_ar: item.title_ar,
        description: item.description,
        outcome: item.outcome,
        documents: item.documents,
    }
}

/// Everything a committee's meetings page shows.
pub async fn page(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    past_page: i64,
) -> AppResult<crate::model::MeetingsPage> {
    let committee = db::committees::find(&state.pool, committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let committee_ref = CommitteeRef {
        id: committee.id.clone(),
        body_id: committee.body_id.clone(),
    };
    let actor = require_reader(state, user, committee_ref.clone()).await?;
    let can_manage = session::check(&actor, &Action::ManageMeetings(committee_ref)).is_ok();
    let (upcoming, past) = tokio::try_join!(
        list(state, user, committee_id, true, 1),
        list(state, user, committee_id, false, past_page),
    )?;
    Ok(crate::model::MeetingsPage {
        committee_id: committee.id,
        committee_reference: committee.reference,
        time_zone: committee.time_zone,
        upcoming,
        past,
        can_manage,
    })
}

/// The invitation letter of a registered delegate (for visas), as DOCX in the reader's
/// language: for the delegate, their member body's officer and the committee manager.
pub async fn invitation(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    registration_id: &str,
    locale: crate::domain::locale::Locale,
) -> AppResult<super::exports::Download> {
    let m = find(state, id).await?;
    let actor = require_reader(state, user, committee_of(&m)).await?;
    let registration = db::meetings::registrations(&state.pool, id, None)
        .await?
        .into_iter()
        .find(|r| r.id == registration_id)
        .ok_or(AppError::NotFound)?;
    let allowed = user.is_some_and(|u| u.id == registration.user_id)
        || session::check(&actor, &Action::ManageMeetings(committee_of(&m))).is_ok()
        || session::check(
            &actor,
            &Action::RegisterDelegation {
                committee: committee_of(&m),
                member_body_id: registration.member_body_id.clone(),
                member_body_takes_part: true,
                open: true,
            },
        )
        .is_ok();
    if !allowed {
        return Err(AppError::NotFound);
    }
    let committee = db::committees::find(&state.pool, &m.committee_id)
        .await?
        .ok_or(AppError::Internal)?;
    let committee_title = match locale {
        crate::domain::locale::Locale::Fr => committee.title_fr.clone(),
        crate::domain::locale::Locale::Ar => committee.title_ar.clone(),
        crate::domain::locale::Locale::En => None,
    }
    .unwrap_or_else(|| committee.title_en.clone());
    let t = |key: &str, args: &[(&str, String)]| {
        let args: Vec<(String, String)> = args
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect();
        i18n::translate_args(locale, key, &args)
    };
    let today = time::format_in(now_ms(), &m.time_zone);
    let where_ = if m.venue.is_empty() {
        m.join_url.clone()
    } else {
        m.venue.clone()
    };
    let paragraphs = vec![
        (t("invitation-title", &[]), true),
        (
            t(
                "invitation-date",
                &[("date", today.chars().take(10).collect())],
            ),
            false,
        ),
        (t("invitation-to", &[]), false),
        (
            t(
                "invitation-body",
                &[
                    ("name", registration.name.clone()),
                    ("member_body", registration.member_body.clone()),
                    ("meeting", m.title.clone()),
                    (
                        "committee",
                        format!("{} {}", m.committee_reference, committee_title),
                    ),
                    ("venue", where_),
                    ("starts", time::format_in(m.starts_at, &m.time_zone)),
                    ("ends", time::format_in(m.ends_at, &m.time_zone)),
                ],
            ),
            false,
        ),
        (
            match &m.host {
                Some(host) => t("invitation-host", &[("host", host.clone())]),
                None => String::new(),
            },
            false,
        ),
        (t("invitation-closing", &[]), false),
        (
            t(
                "invitation-signature",
                &[("committee", m.committee_reference.clone())],
            ),
            true,
        ),
    ];
    let paragraphs: Vec<(String, bool)> = paragraphs
        .into_iter()
        .filter(|(text, _)| !text.is_empty())
        .collect();
    let bytes = super::exports::letter(&paragraphs, locale)?;
    let stem: String = format!("Invitation {} {}", m.committee_reference, registration.name)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Ok(super::exports::Download {
        bytes,
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        file_name: format!("{stem}.docx"),
    })
}

/// Changes a meeting's schedule (the manager): checked as when scheduled; calendars update
/// the same event (UID kept, SEQUENCE moved on). A cancelled meeting does not change.
pub async fn reschedule(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &MeetingInput,
) -> AppResult<MeetingView> {
    let m = find(state, id).await?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    let user = user.ok_or(AppError::Unauthenticated)?;
    let checked = checked_schedule(state, input, &m.time_zone).await?;
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    let changed = db::meetings::update(
        &mut *tx,
        &db::meetings::NewMeeting {
            id,
            committee_id: &m.committee_id,
            title: input.title.trim(),
            kind: input.kind.trim(),
            mode: input.mode.trim(),
            time_zone: &checked.zone,
            starts_at: checked.starts_at,
            ends_at: checked.ends_at,
            venue: input.venue.trim(),
            join_url: input.join_url.trim(),
            host_member_body_id: checked.host.as_deref(),
            registration_deadline: checked.registration_deadline,
            created_by: &user.id,
            now,
        },
    )
    .await?;
    if !changed {
        return Err(AppError::Conflict(Message::new("error-meeting-cancelled")));
    }
    let m = find(state, id).await?;
    tell_about(
        &mut tx,
        &m,
        "meeting_changed",
        "notification-meeting-changed",
        &user.id,
    )
    .await?;
    tx.commit().await?;
    Ok(view(&find(state, id).await?, now))
}

/// Cancels a meeting (the manager): it stays listed, marked cancelled, and calendars show
/// the event cancelled.
pub async fn cancel(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<()> {
    let m = find(state, id).await?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    let user = user.ok_or(AppError::Unauthenticated)?;
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::meetings::cancel(&mut *tx, id, now_ms()).await? {
        return Err(AppError::Conflict(Message::new("error-meeting-cancelled")));
    }
    tell_about(
        &mut tx,
        &m,
        "meeting_cancelled",
        "notification-meeting-cancelled",
        &user.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Tells the committee's people that the meeting changed (inside the change's transaction).
async fn tell_about(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    m: &db::meetings::MeetingRow,
    kind: &str,
    key: &str,
    actor_id: &str,
) -> AppResult<u64> {
    let message = Message::new(key)
        .arg("committee", m.committee_reference.clone())
        .arg("meeting", m.title.clone());
    notifications::tell_committee(
        tx,
        &m.committee_id,
        kind,
        &message,
        &format!("/meetings/{}", m.id),
        actor_id,
    )
    .await
}
