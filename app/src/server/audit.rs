//! The audit trail: recording what matters in the change's own transaction, checking that the
//! chain is intact (`comity audit verify`, the administrator's page), and reading a
//! committee's events for its manager.

use sqlx::AnyConnection;

use super::{db, session, state::AppState};
use crate::{
    domain::{
        audit::GENESIS,
        permissions::{Action, CommitteeRef},
    },
    error::{AppError, AppResult},
    i18n::dates::Civil,
    model::{AuditEventView, AuditPage, ChainCheck, UserView},
};

pub use db::audit::NewEvent;

/// Events per page.
pub const PER_PAGE: i64 = 50;

/// Records an event in the chain, inside the transaction of the change.
pub async fn record(conn: &mut AnyConnection, event: &NewEvent<'_>) -> AppResult<()> {
    db::audit::append(conn, event).await?;
    Ok(())
}

/// Walks the whole chain in order, a thousand events at a time, and reports the first event
/// that does not hold: altered (its fields no longer give its hash), unlinked (it does not
/// follow the event before), or missing (a number without its event, or removed at the end).
pub async fn verify(pool: &sqlx::AnyPool) -> AppResult<ChainCheck> {
    let broken = |seq: i64, reason: &str, events: i64| ChainCheck {
        intact: false,
        events,
        broken_at: Some(seq),
        reason: Some(reason.to_string()),
    };
    let mut prev = GENESIS.to_string();
    let mut last = 0;
    loop {
        let rows = db::audit::after(pool, last, 1000).await?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            if row.seq != last + 1 {
                return Ok(broken(last + 1, "missing", last));
            }
            if row.prev_hash != prev {
                return Ok(broken(row.seq, "unlinked", last));
            }
            if db::audit::hash_of(&row.prev_hash, row.seq, &row.event()) != row.hash {
                return Ok(broken(row.seq, "altered", last));
            }
            prev = row.hash;
            last = row.seq;
        }
    }
    if db::audit::numbered(pool).await? > last {
        return Ok(broken(last + 1, "missing", last));
    }
    Ok(ChainCheck {
        intact: true,
        events: last,
        broken_at: None,
        reason: None,
    })
}

fn view(row: db::audit::EventRow) -> AuditEventView {
    AuditEventView {
        seq: row.seq,
        at: row.at,
        when: Civil::utc(row.at).neutral(),
        actor: row.actor_name,
        committee_id: row.committee_id,
        kind: row.kind,
        subject: row.subject,
        before: row.before_value,
        after: row.after_value,
        hash: row.hash,
    }
}

/// A page of the audit trail, newest first: all of it with the chain check for portal
/// administrators, or one committee's events for those who manage it.
pub async fn page(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: Option<&str>,
    before: Option<i64>,
) -> AppResult<AuditPage> {
    let committee = match committee_id {
        Some(id) => Some(
            db::committees::find(&state.pool, id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let scope = committee.as_ref().map(|c| CommitteeRef {
        id: c.id.clone(),
        body_id: c.body_id.clone(),
    });
    session::require(state, user, &Action::ReadAudit(scope)).await?;
    let before = before.unwrap_or(i64::MAX);
    let mut rows = db::audit::newest(&state.pool, committee_id, before, PER_PAGE + 1).await?;
    let next_before = (rows.len() as i64 > PER_PAGE).then(|| {
        rows.truncate(PER_PAGE as usize);
        rows.last().map(|r| r.seq).unwrap_or_default()
    });
    let chain = if committee_id.is_none() {
        Some(verify(&state.pool).await?)
    } else {
        None
    };
    Ok(AuditPage {
        committee_id: committee_id.map(String::from),
        events: rows.into_iter().map(view).collect(),
        next_before,
        chain,
    })
}
