//! Failed sign-ins, for the rate limit in `domain::rate_limit`.

use sqlx::{Any, Executor};

use crate::domain::rate_limit::RecentFailures;

/// Records one failed sign-in.
pub async fn record<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    email: &str,
    address: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO login_failures (id, email, address, at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(email)
        .bind(address)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// Counts the failures since `since_ms` for an account and for an address, in one query.
pub async fn recent<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
    address: &str,
    since_ms: i64,
) -> sqlx::Result<RecentFailures> {
    let (for_account, for_address, oldest): (i64, i64, Option<i64>) = sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(CASE WHEN email = $1 THEN 1 ELSE 0 END), 0) AS BIGINT), \
                CAST(COALESCE(SUM(CASE WHEN address = $2 THEN 1 ELSE 0 END), 0) AS BIGINT), \
                MIN(at) \
         FROM login_failures WHERE (email = $1 OR address = $2) AND at > $3",
    )
    .bind(email)
    .bind(address)
    .bind(since_ms)
    .fetch_one(db)
    .await?;
    Ok(RecentFailures {
        for_account,
        for_address,
        oldest_at_ms: oldest,
    })
}

/// Forgets an account's failures after a successful sign-in.
pub async fn clear_for_email<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM login_failures WHERE email = $1")
        .bind(email)
        .execute(db)
        .await?;
    Ok(())
}

/// Removes failures older than the window.
pub async fn delete_older_than<'e>(
    db: impl Executor<'e, Database = Any>,
    before_ms: i64,
) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM login_failures WHERE at < $1")
        .bind(before_ms)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
