//! Personal access tokens.

use sqlx::{Any, Executor, FromRow};

/// A token as listed to its owner (never the secret).
#[derive(Debug, FromRow)]
pub struct TokenRow {
    /// Identifier.
    pub id: String,
    /// The owner's label for it.
    pub name: String,
    /// Creation time.
    pub created_at: i64,
    /// Last use, if ever.
    pub last_used_at: Option<i64>,
    /// Revocation time, if revoked.
    pub revoked_at: Option<i64>,
}

/// Stores a new token's hash.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    user_id: &str,
    name: &str,
    token_hash: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(user_id)
        .bind(name)
        .bind(token_hash)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// The person a live (unrevoked) token belongs to, marking it used.
pub async fn use_token<'e>(
    db: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now_ms: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL RETURNING user_id",
    )
    .bind(now_ms)
    .bind(token_hash)
    .fetch_optional(db)
    .await
}

/// A person's tokens, newest first.
pub async fn list_for_user<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
) -> sqlx::Result<Vec<TokenRow>> {
    sqlx::query_as(
        "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id DESC",
    )
    .bind(user_id)
    .fetch_all(db)
    .await
}

/// Revokes one of a person's tokens; false when there is no such live token of theirs.
pub async fn revoke<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
    id: &str,
    now_ms: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
        .bind(now_ms)
        .bind(id)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}
