//! Password hashing with argon2id, always on a blocking thread (a hash takes tens of
//! milliseconds of CPU, which would stall every other request on the async runtime).

use std::sync::OnceLock;

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};

use crate::error::{AppError, AppResult};

/// Hashes a password (argon2id, the crate's defaults: 19 MiB, 2 passes).
pub async fn hash(password: String) -> AppResult<String> {
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|e| {
            tracing::error!(%e, "password hashing task failed");
            AppError::Internal
        })?
}

fn hash_now(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            tracing::error!(%e, "password hashing failed");
            AppError::Internal
        })
}

/// Checks a password against a stored hash. With no hash (unknown account, or an invitation
/// not yet accepted) it still spends the same time on a dummy hash, so the answer's timing does
/// not tell whether the account exists.
pub async fn verify(password: String, stored: Option<String>) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        static DUMMY: OnceLock<String> = OnceLock::new();
        let (hash, real) = match stored {
            Some(h) => (h, true),
            None => (
                DUMMY
                    .get_or_init(|| hash_now("dummy password").unwrap_or_default())
                    .clone(),
                false,
            ),
        };
        let Ok(parsed) = PasswordHash::new(&hash) else {
            tracing::error!("a stored password hash does not parse");
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            && real
    })
    .await
    .map_err(|e| {
        tracing::error!(%e, "password verification task failed");
        AppError::Internal
    })
}
