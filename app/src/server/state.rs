//! The state every handler and server function reaches: the pool and the settings.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::AnyPool;

/// Settings that handlers need at run time.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The address people use to reach the portal (for links in invitations).
    pub public_base_url: String,
    /// Whether cookies get the `Secure` flag (the public address is https).
    pub secure_cookies: bool,
    /// Changes whenever the built assets change; part of their URLs so they can be cached for a year.
    pub asset_version: String,
    /// Largest file accepted for a document version, in bytes (checked while it streams in).
    pub max_upload_bytes: u64,
    /// Where e-mail goes: an SMTP server, or the outbox folder.
    pub mailer: Arc<super::mail::Mailer>,
}

/// Shared by every request.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database pool (SQLite or PostgreSQL through sqlx's Any driver).
    pub pool: AnyPool,
    /// Leptos's own options (site root, output name).
    pub leptos_options: LeptosOptions,
    /// Comity's run-time settings.
    pub settings: Arc<Settings>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state, from Leptos context (server functions and SSR).
pub fn app_state() -> Result<AppState, crate::error::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        crate::error::AppError::Internal
    })
}
