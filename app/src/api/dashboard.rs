//! The dashboard, for the page.

use leptos::prelude::*;

use crate::{error::AppError, model::Dashboard};

#[cfg(feature = "ssr")]
use super::caller as user;

/// What needs the signed-in person.
#[server(prefix = "/_sf", endpoint = "dashboard")]
pub async fn get_dashboard() -> Result<Dashboard, AppError> {
    let (state, user) = user().await?;
    crate::server::dashboard::of(&state, user.as_ref()).await
}
