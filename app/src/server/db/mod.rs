//! All of Comity's SQL, one file per area. Functions take any executor (the pool, a
//! connection or a transaction), so a caller can put several of them in one transaction.
//!
//! The same SQL runs on SQLite and PostgreSQL through sqlx's Any driver: `$n` placeholders,
//! times as BIGINT epoch milliseconds, flags as BIGINT 0/1, ids made by the application.

pub mod audit;
pub mod ballots;
pub mod bodies;
pub mod bulk;
pub mod comments;
pub mod committees;
pub mod dashboard;
pub mod documents;
pub mod invitations;
pub mod login_failures;
pub mod mail;
pub mod meetings;
pub mod notifications;
pub mod projects;
pub mod search;
pub mod sessions;
pub mod tokens;
pub mod users;

use std::{str::FromStr, time::Duration};

use sqlx::{
    any::{AnyConnectOptions, AnyPoolOptions},
    AnyPool, ConnectOptions, Executor,
};

/// The database engine behind a pool, for the few places where SQL must differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The embedded default.
    Sqlite,
    /// For several server instances sharing one database.
    Postgres,
}

impl Engine {
    /// Which engine a `DATABASE_URL` names, or `None` for an unsupported scheme.
    pub fn of_url(url: &str) -> Option<Engine> {
        if url.starts_with("sqlite:") {
            Some(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Engine::Postgres)
        } else {
            None
        }
    }
}

impl Engine {
    /// The engine behind a pool.
    pub fn of_pool(pool: &AnyPool) -> Option<Engine> {
        Engine::of_url(pool.connect_options().database_url.as_str())
    }
}

/// Starts a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`): a deferred transaction that reads first and writes later fails with
/// "database is locked" when another writer got there in between, whereas an immediate one
/// waits for the busy timeout. PostgreSQL's row locks and unique indexes need no such care.
pub async fn begin_write(
    pool: &AnyPool,
) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match Engine::of_pool(pool) {
        Some(Engine::Sqlite) => pool.begin_with("BEGIN IMMEDIATE").await,
        _ => pool.begin().await,
    }
}

/// The migrations in `migrations/`, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations");

/// Opens a pool. For SQLite the file is created when missing, and every connection uses
/// WAL, foreign keys and a busy timeout (so concurrent writers wait instead of failing).
pub async fn connect(url: &str, max_connections: u32) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let engine = Engine::of_url(url).ok_or_else(|| {
        sqlx::Error::Configuration(format!("unsupported database URL: {url}").into())
    })?;
    let url = match engine {
        Engine::Sqlite if !url.contains("mode=") && !url.contains(":memory:") => {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        }
        _ => url.to_string(),
    };
    let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
    AnyPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if engine == Engine::Sqlite {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                         PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;",
                    )
                    .await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await
}

/// Brings the schema up to date.
pub async fn migrate(pool: &AnyPool) -> Result<(), sqlx::migrate::MigrateError> {
    MIGRATOR.run(pool).await?;
    search::prepare(pool).await?;
    Ok(())
}

/// True when the database answers (for `/healthz`).
pub async fn ping(pool: &AnyPool) -> bool {
    sqlx::query("SELECT 1").execute(pool).await.is_ok()
}
