//! One error type for the whole application, on both targets.
//!
//! Each variant carries only what is safe to show: internal details are logged where the
//! error is made and never reach a person. Messages are i18n keys, translated where shown.

use serde::{Deserialize, Serialize};

use crate::model::{FieldErrors, Message, RowProblem};

/// Everything that can go wrong in a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// 401: the action needs a signed-in person.
    #[error("sign-in required")]
    Unauthenticated,
    /// 401: wrong e-mail or password (the same words whether or not the account exists).
    #[error("wrong e-mail address or password")]
    BadCredentials,
    /// 403: signed in, but not allowed.
    #[error("not allowed")]
    Forbidden,
    /// 404: nothing here, or nothing this person may see.
    #[error("not found")]
    NotFound,
    /// 422: the input is invalid; each problem names its field.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// 422: rows of an imported file are wrong; each problem names its row and column, and
    /// nothing was imported.
    #[error("invalid rows")]
    Rows(Vec<RowProblem>),
    /// 409: the action conflicts with the current state (the message says how).
    #[error("conflict")]
    Conflict(Message),
    /// 413: the upload is larger than the portal accepts (the message gives the limit).
    #[error("too large")]
    TooLarge(Message),
    /// 429: too many attempts; try again after this many seconds.
    #[error("too many attempts")]
    RateLimited {
        /// Seconds to wait.
        retry_after_secs: i64,
    },
    /// 503: the database cannot be reached right now.
    #[error("service unavailable")]
    Unavailable,
    /// 500: something broke on our side; details are in the server log.
    #[error("internal error")]
    Internal,
    /// The request to a server function itself failed (network, decoding).
    #[error("request failed: {0}")]
    Transport(String),
}

impl AppError {
    /// A 422 with one message on one field.
    pub fn invalid(field: &str, message: Message) -> Self {
        let mut errors = FieldErrors::default();
        errors.add(field, message);
        AppError::Invalid(errors)
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated | AppError::BadCredentials => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Conflict(_) => 409,
            AppError::TooLarge(_) => 413,
            AppError::Invalid(_) | AppError::Rows(_) => 422,
            AppError::RateLimited { .. } => 429,
            AppError::Unavailable => 503,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }

    /// The sentence shown to a person for this error (field problems are shown by their fields).
    pub fn message(&self) -> Message {
        match self {
            AppError::Unauthenticated => Message::new("error-sign-in-required"),
            AppError::BadCredentials => Message::new("error-bad-credentials"),
            AppError::Forbidden => Message::new("error-forbidden"),
            AppError::NotFound => Message::new("error-not-found"),
            AppError::Invalid(_) => Message::new("error-invalid"),
            AppError::Rows(problems) => match problems.as_slice() {
                [only] if only.row.is_none() => only.message.clone(),
                _ => Message::new("error-import-rejected").arg(
                    "count",
                    problems
                        .iter()
                        .filter_map(|p| p.row)
                        .collect::<std::collections::BTreeSet<_>>()
                        .len()
                        .to_string(),
                ),
            },
            AppError::Conflict(m) | AppError::TooLarge(m) => m.clone(),
            AppError::RateLimited { retry_after_secs } => Message::new("error-rate-limited")
                .arg("minutes", ((retry_after_secs + 59) / 60).to_string()),
            AppError::Unavailable => Message::new("error-unavailable"),
            AppError::Internal | AppError::Transport(_) => Message::new("error-internal"),
        }
    }
}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                tracing::error!(%error, "database unavailable");
                AppError::Unavailable
            }
            _ => {
                tracing::error!(%error, "database error");
                AppError::Internal
            }
        }
    }
}

/// Shorthand for results in Comity.
pub type AppResult<T> = Result<T, AppError>;

#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    /// Sets the status and leaves the error in the response's extensions; the API layer
    /// (`server::api::render_errors`) turns it into JSON in the caller's language.
    fn into_response(self) -> axum::response::Response {
        let status = axum::http::StatusCode::from_u16(self.status())
            .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (
            status,
            axum::Json(serde_json::json!({ "error": self.message().key })),
        )
            .into_response();
        if let AppError::RateLimited { retry_after_secs } = &self {
            if let Ok(value) = axum::http::HeaderValue::from_str(&retry_after_secs.to_string()) {
                response
                    .headers_mut()
                    .insert(axum::http::header::RETRY_AFTER, value);
            }
        }
        response.extensions_mut().insert(self);
        response
    }
}
