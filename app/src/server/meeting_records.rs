//! Minutes and resolutions of a meeting: drafted by the committee manager, circulated,
//! approved, locked; a locked record never changes and is corrected by a new, linked one.
//! Resolutions are numbered per committee per year; deadlines (48 hours, 4 weeks) are shown
//! with whether they were met.

use super::{db, meetings::committee_of, new_id, now_ms, session, state::AppState, time};
use crate::{
    domain::{
        ballots::RuleProfile,
        documents::check_title,
        locale::translation,
        meetings::{
            blocks, item_numbers, may_advance, resolution_reference, resolutions_due, AgendaItem,
            RecordStatus, RECORD_MAX_CHARS,
        },
        permissions::Action,
    },
    error::{AppError, AppResult},
    model::{
        AttendanceLine, FieldErrors, MeetingRecords, Message, RecordInput, RecordTranslations,
        RecordView, UserView,
    },
};
use db::meetings::Record;

async fn managed(
    state: &AppState,
    user: Option<&UserView>,
    meeting_id: &str,
) -> AppResult<(db::meetings::MeetingRow, UserView)> {
    let m = db::meetings::find(&state.pool, meeting_id)
        .await?
        .ok_or(AppError::NotFound)?;
    session::require(state, user, &Action::ManageMeetings(committee_of(&m))).await?;
    Ok((m, user.cloned().ok_or(AppError::Unauthenticated)?))
}

fn check_body(body: &str) -> AppResult<()> {
    if body.trim().is_empty() {
        return Err(AppError::invalid(
            "body",
            Message::new("error-record-empty"),
        ));
    }
    if body.chars().count() > RECORD_MAX_CHARS {
        return Err(AppError::invalid(
            "body",
            Message::new("error-record-too-long"),
        ));
    }
    Ok(())
}

/// The meeting's minutes and resolutions as a reader sees them: drafts are the manager's only.
pub async fn of_meeting(
    state: &AppState,
    m: &db::meetings::MeetingRow,
    can_manage: bool,
) -> AppResult<MeetingRecords> {
    let (minutes, resolutions, versions, registrations) = tokio::try_join!(
        db::meetings::records(&state.pool, Record::Minutes, &m.id),
        db::meetings::records(&state.pool, Record::Resolution, &m.id),
        db::meetings::versions(&state.pool, &m.id),
        db::meetings::registrations(&state.pool, &m.id, None),
    )?;
    let items: Vec<AgendaItem> = versions
        .first()
        .map(|v| serde_json::from_str(&v.items).unwrap_or_default())
        .unwrap_or_default();
    let numbers = item_numbers(&items);
    let notice = RuleProfile::from_stored(m.rule_profile.as_deref())
        .unwrap_or_default()
        .meetings;
    let minutes_due = notice.minutes_due(m.ends_at);
    let resolutions_due = resolutions_due(m.ends_at);
    let view = |r: db::meetings::RecordRow, due: i64| RecordView {
        reference: if r.number > 0 {
            resolution_reference(r.number, i32::try_from(r.year).unwrap_or(0))
        } else {
            String::new()
        },
        blocks: blocks(&r.body),
        on_time: r.circulated_at.map(|at| at <= due),
        agenda_item: r.agenda_item_id.as_ref().and_then(|id| {
            items
                .iter()
                .position(|i| i.id == *id)
                .map(|n| format!("{} {}", numbers[n], items[n].title))
        }),
        id: r.id,
        title: r.title,
        body: r.body,
        translations: RecordTranslations {
            title_fr: r.title_fr,
            title_ar: r.title_ar,
            body_fr: r.body_fr,
            body_ar: r.body_ar,
        },
        status: r.status,
        corrects: r.corrects_id,
        ballot_id: r.ballot_id,
    };
    let visible = |r: &db::meetings::RecordRow| can_manage || r.status != "draft";
    let minutes: Vec<RecordView> = minutes
        .into_iter()
        .filter(visible)
        .map(|r| view(r, minutes_due))
        .collect();
    // The attendance list goes with the minutes (DOMAIN: "minutes with attendance list"): those
    // marked present, by member body, shown wherever the minutes are.
    let attendance = if minutes.is_empty() {
        Vec::new()
    } else {
        registrations
            .into_iter()
            .filter(|r| r.attended == Some(1))
            .map(|r| AttendanceLine {
                member_body: r.member_body,
                name: r.name,
                head_of_delegation: r.head_of_delegation != 0,
                participation: r.participation,
            })
            .collect()
    };
    Ok(MeetingRecords {
        minutes,
        attendance,
        resolutions: resolutions
            .into_iter()
            .filter(visible)
            .map(|r| view(r, resolutions_due))
            .collect(),
        minutes_due: time::format_in(minutes_due, &m.time_zone),
        resolutions_due: time::format_in(resolutions_due, &m.time_zone),
    })
}

/// Writes the minutes: changes the current draft or circulated minutes, or starts them. Once
/// approved or locked they do not change (409): a correction is a new record (`correct`).
pub async fn write_minutes(
    state: &AppState,
    user: Option<&UserView>,
    meeting_id: &str,
    input: &RecordInput,
) -> AppResult<()> {
    let (m, user) = managed(state, user, meeting_id).await?;
    check_body(&input.body)?;
    let now = now_ms();
    let current = db::meetings::records(&state.pool, Record::Minutes, &m.id)
        .await?
        .into_iter()
        .last();
    match current {
        Some(r) if RecordStatus::from_code(&r.status).is_some_and(RecordStatus::editable) => {
            if !db::meetings::set_body(&state.pool, Record::Minutes, &r.id, None, &input.body, now)
                .await?
            {
                return Err(AppError::Conflict(Message::new("error-record-locked")));
            }
        }
        Some(_) => return Err(AppError::Conflict(Message::new("error-record-locked"))),
        None => {
            db::meetings::insert_minutes(
                &state.pool,
                &new_id(),
                &m.id,
                &input.body,
                None,
                &user.id,
                now,
            )
            .await?
        }
    }
    Ok(())
}

/// Adds a resolution, numbered next for the committee in the meeting's year.
pub async fn add_resolution(
    state: &AppState,
    user: Option<&UserView>,
    meeting_id: &str,
    input: &RecordInput,
) -> AppResult<String> {
    let (m, user) = managed(state, user, meeting_id).await?;
    if input.title.trim().is_empty() {
        return Err(AppError::invalid(
            "title",
            Message::new("error-resolution-title"),
        ));
    }
    check_body(&input.body)?;
    let t = &input.translations;
    let translations = [
        translation(&t.title_fr),
        translation(&t.title_ar),
        translation(&t.body_fr),
        translation(&t.body_ar),
    ];
    let mut errors = FieldErrors::default();
    for (field, text) in ["title_fr", "title_ar"].iter().zip(&translations[..2]) {
        if let Some(Err(message)) = text.as_deref().map(check_title) {
            errors.add(field, message);
        }
    }
    for (field, text) in ["body_fr", "body_ar"].iter().zip(&translations[2..]) {
        if text
            .as_ref()
            .is_some_and(|t| t.chars().count() > RECORD_MAX_CHARS)
        {
            errors.add(field, Message::new("error-record-too-long"));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let item = input
        .agenda_item
        .as_deref()
        .map(str::trim)
        .filter(|i| !i.is_empty());
    if let Some(item) = item {
        let versions = db::meetings::versions(&state.pool, &m.id).await?;
        let items: Vec<AgendaItem> = versions
            .first()
            .map(|v| serde_json::from_str(&v.items).unwrap_or_default())
            .unwrap_or_default();
        if !items.iter().any(|i| i.id == item) {
            return Err(AppError::invalid(
                "agenda_item",
                Message::new("error-resolution-item"),
            ));
        }
    }
    let ballot = input
        .ballot_id
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty());
    if let Some(ballot) = ballot {
        let found = db::ballots::find(&state.pool, ballot).await?;
        if found.is_none_or(|b| b.committee_id != m.committee_id) {
            return Err(AppError::invalid(
                "ballot_id",
                Message::new("error-resolution-ballot"),
            ));
        }
    }
    let year = jiff::Timestamp::from_millisecond(m.starts_at)
        .map(|t| {
            t.to_zoned(time::zone(&m.time_zone).unwrap_or(jiff::tz::TimeZone::UTC))
                .year()
        })
        .unwrap_or(1970);
    let id = new_id();
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    let number =
        db::documents::next_number(&mut *tx, &format!("resolutions:{}:{year}", m.committee_id))
            .await?;
    db::meetings::insert_resolution(
        &mut *tx,
        &db::meetings::NewResolution {
            id: &id,
            committee_id: &m.committee_id,
            meeting_id: &m.id,
            year: i64::from(year),
            number,
            agenda_item_id: item,
            ballot_id: ballot,
            title: input.title.trim(),
            body: &input.body,
            translations: translations.each_ref().map(Option::as_deref),
            corrects: None,
            user_id: &user.id,
            now,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(resolution_reference(number, i32::from(year)))
}

/// Moves minutes or a resolution one step on: draft → circulated → approved → locked.
pub async fn advance(
    state: &AppState,
    user: Option<&UserView>,
    kind: Record,
    id: &str,
    to: &str,
) -> AppResult<()> {
    let (record, meeting_id) = db::meetings::record(&state.pool, kind, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (m, user) = managed(state, user, &meeting_id).await?;
    let from = RecordStatus::from_code(&record.status).ok_or(AppError::Internal)?;
    let to_status = RecordStatus::from_code(to)
        .ok_or_else(|| AppError::invalid("status", Message::new("error-record-status")))?;
    if !may_advance(from, to_status) {
        return Err(AppError::Conflict(
            Message::new("error-record-step").arg("status", from.code()),
        ));
    }
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::meetings::advance(&mut *tx, kind, id, from.code(), to_status.code(), now).await? {
        return Err(AppError::Conflict(Message::new("error-record-changed")));
    }
    // Locking makes a record final: that is what the audit trail keeps.
    if to_status == RecordStatus::Locked {
        let (audit_kind, subject) = match kind {
            Record::Minutes => ("minutes_locked", m.title.clone()),
            Record::Resolution => (
                "resolution_locked",
                format!(
                    "{} {}",
                    resolution_reference(record.number, i32::try_from(record.year).unwrap_or(0)),
                    record.title
                ),
            ),
        };
        super::audit::record(
            &mut tx,
            &super::audit::NewEvent {
                at: now,
                actor_id: Some(&user.id),
                committee_id: Some(&m.committee_id),
                kind: audit_kind,
                subject: &subject,
                before: Some(from.code()),
                after: Some(to_status.code()),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Starts the correction of a locked record: a new draft with its text, pointing at it.
pub async fn correct(
    state: &AppState,
    user: Option<&UserView>,
    kind: Record,
    id: &str,
) -> AppResult<()> {
    let (record, meeting_id) = db::meetings::record(&state.pool, kind, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (m, user) = managed(state, user, &meeting_id).await?;
    if record.status != RecordStatus::Locked.code() {
        return Err(AppError::Conflict(Message::new("error-record-not-locked")));
    }
    let now = now_ms();
    let fresh = new_id();
    match kind {
        Record::Minutes => {
            db::meetings::insert_minutes(
                &state.pool,
                &fresh,
                &m.id,
                &record.body,
                Some(id),
                &user.id,
                now,
            )
            .await?
        }
        Record::Resolution => {
            let mut tx = db::begin_write(&state.pool).await?;
            let number = db::documents::next_number(
                &mut *tx,
                &format!("resolutions:{}:{}", m.committee_id, record.year),
            )
            .await?;
            db::meetings::insert_resolution(
                &mut *tx,
                &db::meetings::NewResolution {
                    id: &fresh,
                    committee_id: &m.committee_id,
                    meeting_id: &m.id,
                    year: record.year,
                    number,
                    agenda_item_id: record.agenda_item_id.as_deref(),
                    ballot_id: record.ballot_id.as_deref(),
                    title: &record.title,
                    body: &record.body,
                    translations: [
                        record.title_fr.as_deref(),
                        record.title_ar.as_deref(),
                        record.body_fr.as_deref(),
                        record.body_ar.as_deref(),
                    ],
                    corrects: Some(id),
                    user_id: &user.id,
                    now,
                },
            )
            .await?;
            tx.commit().await?;
        }
    }
    Ok(())
}
