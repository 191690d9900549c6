//! The signed-in person's account, and invitations.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{error::AppError, model::ApiTokenView};

/// The signed-in person's personal access tokens.
#[server(prefix = "/_sf", endpoint = "my_tokens")]
pub async fn list_my_tokens() -> Result<Vec<ApiTokenView>, AppError> {
    use crate::server::{auth, session, state::app_state};
    let state = app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    let user = session::session_user(&state, &session).await?;
    auth::list_tokens(&state, user.as_ref()).await
}

/// The e-mail address and name an invitation link is for (404 when unusable).
#[server(prefix = "/_sf", endpoint = "invitation")]
pub async fn get_invitation(token: String) -> Result<(String, String), AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::invitation_details(&state, &token).await
}
