//! A tower-sessions store on Comity's own pool (SQLite or PostgreSQL through sqlx's Any driver).
//!
//! tower-sessions-sqlx-store has one store per engine and its own tables; ours keeps one
//! pool, one set of migrations, and copies the signed-in user's id into a column so that a
//! password change can end that person's other sessions.

use async_trait::async_trait;
use sqlx::AnyPool;
use tower_sessions::{
    session::{Id, Record},
    session_store::{self, SessionStore},
};

use super::{db, now_ms};

/// The session key holding the signed-in person's id.
pub const USER_ID_KEY: &str = "user_id";

/// Sessions kept in the `sessions` table.
#[derive(Clone, Debug)]
pub struct DbSessionStore {
    pool: AnyPool,
}

impl DbSessionStore {
    /// A store on this pool.
    pub fn new(pool: AnyPool) -> Self {
        Self { pool }
    }

    /// Deletes expired sessions (run periodically by the server).
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        db::sessions::delete_expired(&self.pool, now_ms()).await
    }
}

/// Marks a store error that means the database cannot be reached (so the request answers 503,
/// not 500; see `session::session_error`).
pub(crate) const UNAVAILABLE: &str = "database unavailable";

fn backend(e: sqlx::Error) -> session_store::Error {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
            session_store::Error::Backend(format!("{UNAVAILABLE}: {e}"))
        }
        e => session_store::Error::Backend(e.to_string()),
    }
}

fn encode(record: &Record) -> session_store::Result<(String, Option<String>, i64)> {
    let data = serde_json::to_string(&record.data)
        .map_err(|e| session_store::Error::Encode(e.to_string()))?;
    let user_id = record
        .data
        .get(USER_ID_KEY)
        .and_then(|v| v.as_str())
        .map(String::from);
    let expires_at = (record.expiry_date.unix_timestamp_nanos() / 1_000_000) as i64;
    Ok((data, user_id, expires_at))
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let (data, user_id, expires_at) = encode(record)?;
        // A collision of 128-bit random ids is astronomically unlikely; handle it anyway.
        while !db::sessions::insert_new(
            &self.pool,
            &record.id.to_string(),
            &data,
            user_id.as_deref(),
            expires_at,
        )
        .await
        .map_err(backend)?
        {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let (data, user_id, expires_at) = encode(record)?;
        db::sessions::upsert(
            &self.pool,
            &record.id.to_string(),
            &data,
            user_id.as_deref(),
            expires_at,
        )
        .await
        .map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let Some((data, expires_at)) = db::sessions::load(&self.pool, &id.to_string(), now_ms())
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        let data =
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date =
            time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(expires_at) * 1_000_000)
                .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        db::sessions::delete(&self.pool, &id.to_string())
            .await
            .map_err(backend)
    }
}
