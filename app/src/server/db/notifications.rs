//! Notifications in the portal: written for everyone concerned inside the transaction of the
//! change they report; read, counted and marked read by their person.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// A notification as listed.
#[derive(Clone, Debug, FromRow)]
pub struct NotificationRow {
    /// Identifier.
    pub id: String,
    /// Event kind.
    pub kind: String,
    /// `model::Message` as JSON.
    pub message: String,
    /// Where the action is.
    pub link: String,
    /// When, epoch ms.
    pub created_at: i64,
    /// When read, epoch ms.
    pub read_at: Option<i64>,
}

/// One event to tell people about.
pub struct Notice<'a> {
    /// Unique per event; each person's row is `{event_id}:{user_id}`.
    pub event_id: &'a str,
    /// Event kind.
    pub kind: &'a str,
    /// `model::Message` as JSON.
    pub message: &'a str,
    /// Where the action is.
    pub link: &'a str,
    /// When.
    pub now: i64,
}

/// Tells the committee's people — everyone holding a role in it (officers, delegates,
/// observers) and the officers of its P- and O-member bodies — each once. Returns how many.
pub async fn notify_committee(
    tx: &mut sqlx::Transaction<'static, Any>,
    n: &Notice<'_>,
    committee_id: &str,
    actor_id: &str,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "INSERT INTO notifications (id, user_id, kind, message, link, created_at) \
         SELECT $1 || ':' || p.user_id, p.user_id, $3, $4, $5, $6 FROM ( \
             SELECT user_id FROM committee_roles WHERE committee_id = $2 \
             UNION \
             SELECT r.user_id FROM member_body_roles r \
             JOIN committee_members cm ON cm.member_body_id = r.member_body_id \
             WHERE cm.committee_id = $2 AND cm.status IN ('P', 'O') AND r.role = 'officer' \
         ) p WHERE p.user_id <> $7",
    )
    .bind(n.event_id)
    .bind(committee_id)
    .bind(n.kind)
    .bind(n.message)
    .bind(n.link)
    .bind(n.now)
    .bind(actor_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Tells one person (once per event). Returns 1, or 0 when already told.
pub async fn notify_user(
    tx: &mut sqlx::Transaction<'static, Any>,
    n: &Notice<'_>,
    user_id: &str,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "INSERT INTO notifications (id, user_id, kind, message, link, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
    )
    .bind(format!("{}:{user_id}", n.event_id))
    .bind(user_id)
    .bind(n.kind)
    .bind(n.message)
    .bind(n.link)
    .bind(n.now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// A page of a person's notifications, newest first.
pub async fn of_user(
    pool: &AnyPool,
    user_id: &str,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<NotificationRow>> {
    sqlx::query_as(
        "SELECT id, kind, message, link, created_at, read_at FROM notifications \
         WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3",
    )
    .bind(user_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await
}

/// How many notifications a person has, and how many of them are unread.
pub async fn counts<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
) -> sqlx::Result<(i64, i64)> {
    sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END), 0) \
         FROM notifications WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_one(db)
    .await
}

/// How many unread notifications a person has (the header's count).
pub async fn unread<'e>(db: impl Executor<'e, Database = Any>, user_id: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user_id)
        .fetch_one(db)
        .await
}

/// Marks one of the person's notifications read (`Some(id)`) or all of them; returns the
/// link of the one named, if it is theirs.
pub async fn mark_read(
    pool: &AnyPool,
    user_id: &str,
    id: Option<&str>,
    now: i64,
) -> sqlx::Result<Option<String>> {
    match id {
        Some(id) => {
            sqlx::query(
                "UPDATE notifications SET read_at = $3 WHERE id = $1 AND user_id = $2 AND read_at IS NULL",
            )
            .bind(id)
            .bind(user_id)
            .bind(now)
            .execute(pool)
            .await?;
            sqlx::query_scalar("SELECT link FROM notifications WHERE id = $1 AND user_id = $2")
                .bind(id)
                .bind(user_id)
                .fetch_optional(pool)
                .await
        }
        None => {
            sqlx::query(
                "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL",
            )
            .bind(user_id)
            .bind(now)
            .execute(pool)
            .await?;
            Ok(None)
        }
    }
}
