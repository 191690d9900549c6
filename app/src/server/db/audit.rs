//! The audit trail's SQL: appending to the chain inside a change's transaction, reading it
//! back in order for the check, and a committee's events for its manager.

use sha2::{Digest, Sha256};
use sqlx::{Any, AnyConnection, AnyPool, FromRow};

use crate::domain::audit::{canonical, Event, GENESIS};

/// An event to append (the chain's own fields, `domain::audit::Event`).
pub use crate::domain::audit::Event as NewEvent;

/// SHA-256 (hex) of event number `seq`'s canonical text.
pub fn hash_of(prev_hash: &str, seq: i64, event: &Event<'_>) -> String {
    hex::encode(Sha256::digest(canonical(prev_hash, seq, event).as_bytes()))
}

/// Appends an event to the chain. Call it inside the transaction of the change it records:
/// the event is numbered from the counters row `audit`, which concurrent writers take in
/// turn, and it disappears with the change if that is rolled back.
pub async fn append(conn: &mut AnyConnection, e: &NewEvent<'_>) -> sqlx::Result<i64> {
    let seq = super::documents::next_number(&mut *conn, "audit").await?;
    let prev: Option<String> = sqlx::query_scalar("SELECT hash FROM audit_events WHERE seq = $1")
        .bind(seq - 1)
        .fetch_optional(&mut *conn)
        .await?;
    let prev = prev.unwrap_or_else(|| GENESIS.to_string());
    let hash = hash_of(&prev, seq, e);
    sqlx::query(
        "INSERT INTO audit_events (seq, at, actor_id, committee_id, kind, subject, before_value, \
             after_value, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(seq)
    .bind(e.at)
    .bind(e.actor_id)
    .bind(e.committee_id)
    .bind(e.kind)
    .bind(e.subject)
    .bind(e.before)
    .bind(e.after)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *conn)
    .await?;
    Ok(seq)
}

/// An event as stored, with the actor's name.
#[derive(Clone, Debug, FromRow)]
pub struct EventRow {
    /// Place in the chain.
    pub seq: i64,
    /// When.
    pub at: i64,
    /// Who acted.
    pub actor_id: Option<String>,
    /// Their name.
    pub actor_name: Option<String>,
    /// The committee.
    pub committee_id: Option<String>,
    /// What happened.
    pub kind: String,
    /// About what.
    pub subject: String,
    /// Before.
    pub before_value: Option<String>,
    /// After.
    pub after_value: Option<String>,
    /// The previous event's hash, as stored.
    pub prev_hash: String,
    /// This event's hash, as stored.
    pub hash: String,
}

impl EventRow {
    /// The event as the chain covers it.
    pub fn event(&self) -> Event<'_> {
        Event {
            at: self.at,
            actor_id: self.actor_id.as_deref(),
            committee_id: self.committee_id.as_deref(),
            kind: &self.kind,
            subject: &self.subject,
            before: self.before_value.as_deref(),
            after: self.after_value.as_deref(),
        }
    }
}

const COLUMNS: &str =
    "e.seq, e.at, e.actor_id, u.name AS actor_name, e.committee_id, e.kind, e.subject, \
     e.before_value, e.after_value, e.prev_hash, e.hash \
     FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id";

/// Events after `after_seq`, oldest first (the chain check reads the chain in pieces).
pub async fn after(pool: &AnyPool, after_seq: i64, limit: i64) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as::<Any, EventRow>(&format!(
        "SELECT {COLUMNS} WHERE e.seq > $1 ORDER BY e.seq LIMIT $2"
    ))
    .bind(after_seq)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// The newest events (of one committee, or all), before `before_seq`, newest first.
pub async fn newest(
    pool: &AnyPool,
    committee_id: Option<&str>,
    before_seq: i64,
    limit: i64,
) -> sqlx::Result<Vec<EventRow>> {
    let filter = if committee_id.is_some() {
        "e.committee_id = $3 AND"
    } else {
        ""
    };
    let sql = format!("SELECT {COLUMNS} WHERE {filter} e.seq < $1 ORDER BY e.seq DESC LIMIT $2");
    let mut query = sqlx::query_as::<Any, EventRow>(&sql)
        .bind(before_seq)
        .bind(limit);
    if let Some(c) = committee_id {
        query = query.bind(c);
    }
    query.fetch_all(pool).await
}

/// How many events were numbered (the counter): more than are stored means the newest were
/// removed.
pub async fn numbered(pool: &AnyPool) -> sqlx::Result<i64> {
    let n: Option<i64> =
        sqlx::query_scalar("SELECT last_value FROM counters WHERE scope = 'audit'")
            .fetch_optional(pool)
            .await?;
    Ok(n.unwrap_or(0))
}
