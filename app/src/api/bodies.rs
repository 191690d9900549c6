//! Bodies and their committees.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{BodySummary, BodyView},
};

/// The bodies' acronyms, for the header of every page (public). Not the committees: every
/// page carries its resources' data for hydration, and 300 committees made each page 60 KB
/// heavier (found by `make bench`).
#[server(prefix = "/_sf", endpoint = "body_acronyms")]
pub async fn list_body_acronyms() -> Result<Vec<String>, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(crate::server::db::bodies::acronyms(&state.pool).await?)
}

/// Every body with its committees (public).
#[server(prefix = "/_sf", endpoint = "bodies")]
pub async fn list_bodies() -> Result<Vec<BodySummary>, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(crate::server::db::bodies::list_with_committees(&state.pool).await?)
}

/// One body's page data.
#[server(prefix = "/_sf", endpoint = "body")]
pub async fn get_body(acronym: String) -> Result<BodyView, AppError> {
    use crate::server::{committees, session, state::app_state};
    let state = app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    let user = session::session_user(&state, &session).await?;
    committees::body_view(&state, user.as_ref(), &acronym).await
}

/// One member body's page data.
#[server(prefix = "/_sf", endpoint = "member_body")]
pub async fn get_member_body(code: String) -> Result<crate::model::MemberBodyView, AppError> {
    use crate::server::{member_bodies, session, state::app_state};
    let state = app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    let user = session::session_user(&state, &session).await?;
    member_bodies::view(&state, user.as_ref(), &code).await
}

/// Every member body (public).
#[server(prefix = "/_sf", endpoint = "member_bodies")]
pub async fn list_member_bodies() -> Result<Vec<crate::model::MemberBodySummary>, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::member_bodies::list(&state).await
}
