//! Committee pages.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{error::AppError, model::CommitteeView};

/// A committee's home page data.
#[server(prefix = "/_sf", endpoint = "committee")]
pub async fn get_committee(id: String) -> Result<CommitteeView, AppError> {
    use crate::server::{committees, session, state::app_state};
    let state = app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    let user = session::session_user(&state, &session).await?;
    committees::view(&state, user.as_ref(), &id).await
}

/// The committees where the signed-in person holds a role.
#[server(prefix = "/_sf", endpoint = "my_committees")]
pub async fn my_committees() -> Result<Vec<crate::model::MyCommitteeView>, AppError> {
    use crate::server::{committees, session, state::app_state};
    let state = app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    let user = session::session_user(&state, &session).await?;
    committees::my_committees(&state, user.as_ref()).await
}
