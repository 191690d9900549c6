//! People: lookup, creation, passwords, language.

use sqlx::{Any, Executor, FromRow};

use crate::{domain::locale::Locale, model::UserView};

/// A row of `users`. Holds the password hash, so it is never serialised.
#[derive(Debug, FromRow)]
pub struct UserRow {
    /// Identifier.
    pub id: String,
    /// Lower-cased e-mail address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// argon2id hash, `None` until an invitation is accepted.
    pub password_hash: Option<String>,
    /// 0 or 1.
    pub is_portal_admin: i64,
    /// Preferred language code.
    pub locale: Option<String>,
    /// Own time zone (IANA name).
    pub time_zone: Option<String>,
}

impl UserRow {
    /// The wire form, without the password hash.
    pub fn into_view(self) -> UserView {
        UserView {
            id: self.id,
            email: self.email,
            name: self.name,
            is_portal_admin: self.is_portal_admin != 0,
            locale: self.locale.as_deref().and_then(Locale::from_code),
            time_zone: self.time_zone,
        }
    }
}

const COLUMNS: &str = "id, email, name, password_hash, is_portal_admin, locale, time_zone";

/// Finds a person by (normalised) e-mail address.
pub async fn find_by_email<'e>(
    db: impl Executor<'e, Database = Any>,
    email: &str,
) -> sqlx::Result<Option<UserRow>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE email = $1"))
        .bind(email)
        .fetch_optional(db)
        .await
}

/// Finds a person by id.
pub async fn find_by_id<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> sqlx::Result<Option<UserRow>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// What a new person row holds.
pub struct NewUser<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Normalised e-mail address.
    pub email: &'a str,
    /// Display name.
    pub name: &'a str,
    /// argon2id hash, or `None` for an invited person.
    pub password_hash: Option<&'a str>,
    /// Whether they administer the portal.
    pub is_portal_admin: bool,
    /// Creation time.
    pub now_ms: i64,
}

/// Inserts a person. A taken e-mail address fails with a unique violation.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    user: &NewUser<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO users (id, email, name, password_hash, is_portal_admin, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(user.id)
    .bind(user.email)
    .bind(user.name)
    .bind(user.password_hash)
    .bind(i64::from(user.is_portal_admin))
    .bind(user.now_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// Replaces a person's password hash.
pub async fn set_password<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    hash: &str,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Remembers a person's language.
pub async fn set_locale<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    locale: Locale,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
        .bind(locale.code())
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Number of people (to know whether the demo data may be loaded).
pub async fn count<'e>(db: impl Executor<'e, Database = Any>) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(db)
        .await
}

/// True when the error is a unique-constraint violation (e.g. an e-mail address taken).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// Sets (or, with `None`, clears) a person's own time zone.
pub async fn set_time_zone<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
    zone: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET time_zone = $2 WHERE id = $1")
        .bind(user_id)
        .bind(zone)
        .execute(db)
        .await?;
    Ok(())
}
