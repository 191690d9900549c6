//! The `sessions` table behind tower-sessions.

use sqlx::{Any, Executor};

/// Inserts a new session; returns false when the id is already taken.
pub async fn insert_new<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    data: &str,
    user_id: Option<&str>,
    expires_at: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO sessions (id, data, user_id, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(data)
    .bind(user_id)
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Inserts or replaces a session.
pub async fn upsert<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    data: &str,
    user_id: Option<&str>,
    expires_at: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO sessions (id, data, user_id, expires_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, user_id = excluded.user_id, expires_at = excluded.expires_at",
    )
    .bind(id)
    .bind(data)
    .bind(user_id)
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(())
}

/// Loads a session's data if it has not expired.
pub async fn load<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    now_ms: i64,
) -> sqlx::Result<Option<(String, i64)>> {
    sqlx::query_as("SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2")
        .bind(id)
        .bind(now_ms)
        .fetch_optional(db)
        .await
}

/// Deletes one session.
pub async fn delete<'e>(db: impl Executor<'e, Database = Any>, id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Ends every session of a person except one (after a password change).
pub async fn delete_for_user_except<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
    keep: &str,
) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// Removes expired sessions.
pub async fn delete_expired<'e>(
    db: impl Executor<'e, Database = Any>,
    now_ms: i64,
) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
