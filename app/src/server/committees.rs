//! Committees: the committee page's data, and member bodies' memberships (with history).
//! Called by the committee page, its form routes and the JSON API alike.

use std::collections::HashMap;

use super::{
    db::{self, committees::NewHistory},
    new_id, now_ms, session,
    state::AppState,
};
use crate::{
    domain::{
        committees::{check_membership, MembershipStatus},
        permissions::{decide, Action, CommitteeRef, Decision},
    },
    error::{AppError, AppResult},
    model::{
        CommitteeHistoryView, CommitteeMemberView, CommitteeRoleView, CommitteeView, Message,
        UserView,
    },
};

/// How many history lines the committee page shows.
const HISTORY_LINES: i64 = 50;

async fn committee_ref(state: &AppState, id: &str) -> AppResult<db::committees::CommitteeRow> {
    db::committees::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The committee's home page: details, roles, members with their delegates, history.
pub async fn view(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<CommitteeView> {
    let actor = session::require(state, user, &Action::ViewPublic).await?;
    let row = committee_ref(state, id).await?;
    let (members, roles, history) = tokio::try_join!(
        db::committees::members(&state.pool, id),
        db::committees::roles(&state.pool, id),
        db::committees::history(&state.pool, id, HISTORY_LINES),
    )?;
    let mut delegates: HashMap<String, Vec<String>> = HashMap::new();
    for r in roles.iter().filter(|r| r.role == "delegate") {
        if let Some(mb) = &r.member_body {
            delegates
                .entry(mb.clone())
                .or_default()
                .push(r.name.clone());
        }
    }
    let can_manage = decide(
        &actor,
        &Action::ManageCommitteeMembers(CommitteeRef {
            id: row.id.clone(),
            body_id: row.body_id.clone(),
        }),
    ) == Decision::Allow;
    Ok(CommitteeView {
        members: members
            .into_iter()
            .map(|m| CommitteeMemberView {
                delegates: delegates.remove(&m.code).unwrap_or_default(),
                member_body: m.code,
                name: m.name,
                country: m.country,
                status: m.status,
                since: m.since,
            })
            .collect(),
        roles: roles
            .into_iter()
            .map(|r| CommitteeRoleView {
                user_id: r.user_id,
                name: r.name,
                role: r.role,
                member_body: r.member_body,
            })
            .collect(),
        history: history
            .into_iter()
            .map(|h| CommitteeHistoryView {
                at: h.at,
                actor: h.actor,
                kind: h.kind,
                subject: h.subject,
                from: h.from_value,
                to: h.to_value,
            })
            .collect(),
        id: row.id,
        reference: row.reference,
        body: row.body_acronym,
        title_en: row.title_en,
        title_fr: row.title_fr,
        title_ar: row.title_ar,
        scope: row.scope,
        status: row.status,
        secretariat: row.secretariat,
        can_manage,
    })
}

/// Sets a member body's membership of a committee (`status` = `None` ends it). Recorded in
/// the committee's history in the same transaction.
pub async fn set_membership(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    member_body_code: &str,
    status: Option<&str>,
) -> AppResult<()> {
    // Who is asking, and may they?
    let committee = committee_ref(state, committee_id).await?;
    let target = CommitteeRef {
        id: committee.id.clone(),
        body_id: committee.body_id.clone(),
    };
    let actor = session::require(state, user, &Action::ManageCommitteeMembers(target)).await?;
    // Check the input.
    let status = match status {
        Some(code) => Some(MembershipStatus::from_code(code).ok_or_else(|| {
            AppError::invalid("status", Message::new("error-membership-status-invalid"))
        })?),
        None => None,
    };
    let code = member_body_code.trim().to_uppercase();
    let mut tx = state.pool.begin().await?;
    let Some((member_body_id, code)) = db::committees::member_body_by_code(&mut *tx, &code).await?
    else {
        return Err(AppError::invalid(
            "member_body",
            Message::new("error-member-body-unknown").arg("code", code),
        ));
    };
    if let Some(status) = status {
        let belongs =
            db::committees::is_body_member(&mut *tx, &committee.body_id, &member_body_id).await?;
        check_membership(status, belongs).map_err(|m| {
            AppError::invalid("member_body", m.arg("body", committee.body_acronym.clone()))
        })?;
    }
    // Write, with the history line, in one transaction.
    let before = db::committees::membership(&mut *tx, &committee.id, &member_body_id).await?;
    let now = now_ms();
    match status {
        Some(status) => {
            if before.as_deref() == Some(status.code()) {
                return Ok(());
            }
            db::committees::upsert_membership(
                &mut *tx,
                &committee.id,
                &member_body_id,
                status.code(),
                now,
            )
            .await?;
        }
        None => {
            if !db::committees::delete_membership(&mut *tx, &committee.id, &member_body_id).await? {
                return Err(AppError::NotFound);
            }
        }
    }
    db::committees::insert_history(
        &mut *tx,
        &NewHistory {
            id: &new_id(),
            committee_id: &committee.id,
            at: now,
            actor_id: actor.user_id.as_deref(),
            kind: "membership",
            subject: &code,
            from_value: before.as_deref(),
            to_value: status.map(|s| s.code()),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(committee = %committee.reference, member_body = %code, ?status, "membership changed");
    Ok(())
}
