//! What every page needs: the signed-in person and the flash left by the last form.

use leptos::prelude::*;

use crate::{error::AppError, model::PageContext};

/// The signed-in person and any flash, which this call consumes.
#[server(prefix = "/_sf", endpoint = "page_context")]
pub async fn get_page_context() -> Result<PageContext, AppError> {
    use crate::server::{session, state::app_state};
    let state = app_state()?;
    let session: tower_sessions::Session = leptos_axum::extract()
        .await
        .map_err(|_| AppError::Internal)?;
    let user = session::session_user(&state, &session).await?;
    let flash = session::take_flash(&session).await?;
    let unread = crate::server::notifications::unread(&state, user.as_ref()).await?;
    Ok(PageContext {
        user,
        flash,
        unread,
    })
}
