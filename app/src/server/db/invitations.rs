//! Invitations to join the portal.

use sqlx::{Any, Executor};

/// Stores an invitation (only the token's hash).
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    user_id: &str,
    token_hash: &str,
    invited_by: &str,
    now_ms: i64,
    expires_at: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO invitations (id, user_id, token_hash, invited_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(user_id)
    .bind(token_hash)
    .bind(invited_by)
    .bind(now_ms)
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(())
}

/// An invitation that can still be used: (invitation id, user id, e-mail, name).
pub async fn find_usable<'e>(
    db: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now_ms: i64,
) -> sqlx::Result<Option<(String, String, String, String)>> {
    sqlx::query_as(
        "SELECT i.id, u.id, u.email, u.name FROM invitations i JOIN users u ON u.id = i.user_id \
         WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now_ms)
    .fetch_optional(db)
    .await
}

/// Marks an invitation used. Returns false when someone used it in the meantime, so a token
/// can set a password only once even when two requests race.
pub async fn mark_accepted<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    now_ms: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL",
    )
    .bind(now_ms)
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}
