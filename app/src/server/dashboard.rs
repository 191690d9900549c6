//! The dashboard: what needs the signed-in person, by their roles — ballots their member body
//! has not voted on, comments to consolidate (officers), decisions to record, agendas due
//! under the notice rules and minutes due (committee managers), registrations closing
//! (officers). Reads only; each list is one bounded query.

use super::{db, now_ms, session, state::AppState, time};
use crate::{
    domain::{
        ballots::RuleProfile,
        meetings::{MeetingKind, Mode},
        permissions::Action,
    },
    error::AppResult,
    model::{Dashboard, UserView, WorkItem},
};

/// Registrations closing within this many days are listed.
const REGISTRATION_HORIZON_MS: i64 = 30 * 24 * 3_600_000;

fn notice(m: &db::dashboard::MeetingDue) -> crate::domain::meetings::MeetingNotice {
    RuleProfile::from_stored(m.rule_profile.as_deref())
        .unwrap_or_default()
        .meetings
}

fn meeting_item(m: &db::dashboard::MeetingDue, due: i64, now: i64) -> WorkItem {
    WorkItem {
        reference: m.committee_reference.clone(),
        title: m.title.clone(),
        member_body: None,
        count: None,
        due: Some(time::format_in(due, &m.time_zone)),
        overdue: due < now,
        link: format!("/meetings/{}", m.id),
    }
}

fn document_item(d: db::dashboard::DocumentCount) -> WorkItem {
    WorkItem {
        reference: d.reference,
        title: d.title,
        member_body: d.member_body,
        count: Some(d.count),
        due: None,
        overdue: false,
        link: format!("/documents/{}/comments", d.id),
    }
}

/// What needs the signed-in person (401 signed out).
pub async fn of(state: &AppState, user: Option<&UserView>) -> AppResult<Dashboard> {
    let actor = session::require(state, user, &Action::ManageOwnAccount).await?;
    let Some(user_id) = actor.user_id.as_deref() else {
        return Ok(Dashboard::default());
    };
    let now = now_ms();
    let pool = &state.pool;
    let mut agendas: Vec<(i64, WorkItem)> = db::dashboard::without_agenda(pool, user_id, now)
        .await?
        .iter()
        .map(|m| {
            let kind = MeetingKind::from_code(&m.kind).unwrap_or(MeetingKind::Plenary);
            let mode = Mode::from_code(&m.mode).unwrap_or(Mode::InPerson);
            let due = notice(m).agenda_due(kind, mode, m.starts_at);
            (due, meeting_item(m, due, now))
        })
        .collect();
    agendas.sort_by_key(|(due, _)| *due);
    let minutes = db::dashboard::without_minutes(pool, user_id, now)
        .await?
        .iter()
        .map(|m| meeting_item(m, notice(m).minutes_due(m.ends_at), now))
        .collect();
    let registrations = db::dashboard::registration_open(pool, user_id, now)
        .await?
        .iter()
        .filter_map(|m| {
            let deadline = m.registration_deadline?;
            (deadline - now <= REGISTRATION_HORIZON_MS).then(|| meeting_item(m, deadline, now))
        })
        .collect();
    Ok(Dashboard {
        ballots: super::ballots::needing_my_vote(state, user).await?,
        comments_to_consolidate: db::dashboard::to_consolidate(pool, user_id)
            .await?
            .into_iter()
            .map(document_item)
            .collect(),
        dispositions_to_record: db::dashboard::to_decide(pool, user_id)
            .await?
            .into_iter()
            .map(document_item)
            .collect(),
        agendas_due: agendas.into_iter().map(|(_, item)| item).collect(),
        minutes_due: minutes,
        registrations_closing: registrations,
    })
}
