//! E-mail: each person's choices per kind, the outbox the worker drains (queued inside the
//! change's transaction, claimed with a lease so one instance sends each message, retried
//! with backoff), daily digests and unsubscribe tokens.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// Queues an e-mail for each notification of one event (ids `{event_id}:{user}`) whose person
/// wants this kind at once — the default when they chose nothing. Same transaction as the
/// notifications, so a rolled-back change mails nobody. Returns how many were queued.
pub async fn enqueue_event(
    tx: &mut sqlx::Transaction<'static, Any>,
    event_id: &str,
) -> sqlx::Result<u64> {
    // The ids of one event are the range [`{event}:`, `{event};`): the primary key's index.
    let done = sqlx::query(
        "INSERT INTO mail_outbox (id, user_id, kind, notification_id, created_at, next_attempt_at) \
         SELECT n.id, n.user_id, n.kind, n.id, n.created_at, n.created_at FROM notifications n \
         LEFT JOIN notification_settings s ON s.user_id = n.user_id AND s.kind = n.kind \
         WHERE n.id >= $1 AND n.id < $2 AND COALESCE(s.mode, 'immediate') = 'immediate'",
    )
    .bind(format!("{event_id}:"))
    .bind(format!("{event_id};"))
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// A person's choices, kind → mode (kinds without a row are at once).
pub async fn settings<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT kind, mode FROM notification_settings WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(db)
        .await
}

/// Records a person's choice for one kind.
pub async fn set_setting<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
    kind: &str,
    mode: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO notification_settings (user_id, kind, mode) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, kind) DO UPDATE SET mode = excluded.mode",
    )
    .bind(user_id)
    .bind(kind)
    .bind(mode)
    .execute(db)
    .await?;
    Ok(())
}

/// Messages due to be tried now and not held by a live lease, oldest due first.
pub async fn due(pool: &AnyPool, now: i64, limit: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL \
         AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) \
         ORDER BY next_attempt_at, id LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Takes a message for `instance` until `lease_until`; false when another instance holds it
/// or it was sent meanwhile. PostgreSQL re-checks the condition on the row it locks, SQLite
/// writes one at a time: either way one claimant wins.
pub async fn claim(
    pool: &AnyPool,
    id: &str,
    instance: &str,
    now: i64,
    lease_until: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE mail_outbox SET claimed_by = $2, claimed_until = $4 \
         WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL \
         AND (claimed_until IS NULL OR claimed_until < $3)",
    )
    .bind(id)
    .bind(instance)
    .bind(now)
    .bind(lease_until)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A claimed message with what it takes to write it.
#[derive(Clone, Debug, FromRow)]
pub struct Outgoing {
    /// Outbox id.
    pub id: String,
    /// Notification kind, or `digest`.
    pub kind: String,
    /// Tries so far.
    pub attempts: i64,
    /// A digest's window.
    pub since: Option<i64>,
    /// A digest's window.
    pub until: Option<i64>,
    /// Recipient.
    pub user_id: String,
    /// Their address.
    pub email: String,
    /// Their name.
    pub display_name: String,
    /// Their language, if they chose one.
    pub locale: Option<String>,
    /// Their time zone, if they chose one.
    pub time_zone: Option<String>,
    /// Their unsubscribe token, once made.
    pub mail_token: Option<String>,
    /// The notification's message (JSON), for a single notification.
    pub message: Option<String>,
    /// The notification's link.
    pub link: Option<String>,
}

/// A message with its recipient and notification.
pub async fn outgoing(pool: &AnyPool, id: &str) -> sqlx::Result<Option<Outgoing>> {
    sqlx::query_as(
        "SELECT o.id, o.kind, CAST(o.attempts AS BIGINT) AS attempts, o.since, o.until, o.user_id, \
         u.email, u.name AS display_name, u.locale, u.time_zone, u.mail_token, n.message, n.link \
         FROM mail_outbox o JOIN users u ON u.id = o.user_id \
         LEFT JOIN notifications n ON n.id = o.notification_id WHERE o.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// One notification in a digest.
#[derive(Clone, Debug, FromRow)]
pub struct DigestItem {
    /// Kind.
    pub kind: String,
    /// `model::Message` as JSON.
    pub message: String,
    /// Where the action is.
    pub link: String,
    /// When.
    pub created_at: i64,
}

/// The notifications a digest lists: the person's, in its window, of the kinds they want in a
/// digest (at most `limit`, oldest first).
pub async fn digest_items(
    pool: &AnyPool,
    user_id: &str,
    since: i64,
    until: i64,
    limit: i64,
) -> sqlx::Result<Vec<DigestItem>> {
    sqlx::query_as(
        "SELECT n.kind, n.message, n.link, n.created_at FROM notifications n \
         JOIN notification_settings s ON s.user_id = n.user_id AND s.kind = n.kind AND s.mode = 'digest' \
         WHERE n.user_id = $1 AND n.created_at > $2 AND n.created_at <= $3 \
         ORDER BY n.created_at, n.id LIMIT $4",
    )
    .bind(user_id)
    .bind(since)
    .bind(until)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Marks a message sent (by the instance holding it).
pub async fn sent(pool: &AnyPool, id: &str, instance: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE mail_outbox SET sent_at = $3, attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL \
         WHERE id = $1 AND claimed_by = $2",
    )
    .bind(id)
    .bind(instance)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

/// Records a failed try: the next one at `next_attempt_at`, or given up (`give_up`).
pub async fn failed(
    pool: &AnyPool,
    id: &str,
    instance: &str,
    next_attempt_at: i64,
    give_up: Option<i64>,
    error: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $3, failed_at = $4, \
         last_error = $5, claimed_by = NULL, claimed_until = NULL WHERE id = $1 AND claimed_by = $2",
    )
    .bind(id)
    .bind(instance)
    .bind(next_attempt_at)
    .bind(give_up)
    .bind(error)
    .execute(pool)
    .await?;
    Ok(())
}

/// People who want a digest and have notifications for it since their last one (looking back
/// no further than `since`), with their time zone.
pub async fn digest_candidates(
    pool: &AnyPool,
    since: i64,
) -> sqlx::Result<Vec<(String, Option<String>)>> {
    sqlx::query_as(
        "SELECT DISTINCT s.user_id, u.time_zone FROM notification_settings s \
         JOIN users u ON u.id = s.user_id \
         JOIN notifications n ON n.user_id = s.user_id AND n.kind = s.kind \
         WHERE s.mode = 'digest' AND n.created_at > $1 AND n.created_at > COALESCE( \
             (SELECT MAX(o.until) FROM mail_outbox o WHERE o.user_id = s.user_id AND o.kind = 'digest'), 0)",
    )
    .bind(since)
    .fetch_all(pool)
    .await
}

/// Queues a person's digest under `id` (one per person and local day), covering what came
/// after their previous digest (or `first_since`) up to `now`; false when that day's digest
/// exists already.
pub async fn insert_digest(
    pool: &AnyPool,
    id: &str,
    user_id: &str,
    first_since: i64,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO mail_outbox (id, user_id, kind, since, until, created_at, next_attempt_at) \
         SELECT $1, $2, 'digest', COALESCE((SELECT MAX(o.until) FROM mail_outbox o \
             WHERE o.user_id = $2 AND o.kind = 'digest'), $3), $4, $4, $4 WHERE 1 = 1 \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(user_id)
    .bind(first_since)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives a person an unsubscribe token if they have none; returns theirs.
pub async fn ensure_token(pool: &AnyPool, user_id: &str, token: &str) -> sqlx::Result<String> {
    sqlx::query("UPDATE users SET mail_token = $2 WHERE id = $1 AND mail_token IS NULL")
        .bind(user_id)
        .bind(token)
        .execute(pool)
        .await?;
    sqlx::query_scalar("SELECT mail_token FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
}

/// The person an unsubscribe token belongs to.
pub async fn by_token(pool: &AnyPool, token: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT id FROM users WHERE mail_token = $1")
        .bind(token)
        .fetch_optional(pool)
        .await
}
