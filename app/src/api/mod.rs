//! Server functions: what pages read from the server. During server rendering they run in
//! the same process; after hydration the browser calls them over HTTP under `/_sf/`.
//! Changes are made by plain HTML forms (see `server/src/forms.rs`), so they work without
//! JavaScript, and by the JSON API; both call `crate::server`.

pub mod accounts;
pub mod audit;
pub mod ballots;
pub mod bodies;
pub mod comments;
pub mod committees;
pub mod dashboard;
pub mod documents;
pub mod meetings;
pub mod notifications;
pub mod page;

/// The application state and the signed-in person of the request a server function serves.
#[cfg(feature = "ssr")]
pub(crate) async fn caller() -> Result<
    (
        crate::server::state::AppState,
        Option<crate::model::UserView>,
    ),
    crate::error::AppError,
> {
    use crate::error::AppError;
    let state = crate::server::state::app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    let user = crate::server::session::session_user(&state, &session).await?;
    Ok((state, user))
}
