//! Server-only code: state, sessions, passwords, the operations that pages and the JSON API
//! share, and all SQL (in `db/`).

pub mod audit;
pub mod auth;
pub mod ballots;
pub mod calendar;
pub mod comments;
pub mod committees;
pub mod dashboard;
pub mod db;
pub mod demo;
pub mod documents;
pub mod exports;
pub mod files;
pub mod mail;
pub mod meeting_records;
pub mod meetings;
pub mod member_bodies;
pub mod notifications;
pub mod password;
pub mod projects;
pub mod session;
pub mod session_store;
pub mod sheets;
pub mod state;
pub mod time;

use rand::RngCore;
use sha2::{Digest, Sha256};

/// Milliseconds since the Unix epoch: how every time is stored.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

/// A new identifier: a UUID v7, which sorts by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A new secret of 32 random bytes from the operating system, hex-encoded, with a prefix
/// that says what it is (`cmt_` tokens are easy to spot in a leaked log).
pub fn new_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{prefix}{}", hex::encode(bytes))
}

/// The SHA-256 of a high-entropy secret, as stored in the database.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}
