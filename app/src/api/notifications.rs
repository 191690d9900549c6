//! Notifications, for the pages.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{error::AppError, model::NotificationList};

#[cfg(feature = "ssr")]
use super::caller as user;

/// The reader's notifications, a page of them.
#[server(prefix = "/_sf", endpoint = "notifications")]
pub async fn get_notifications(page: Option<i64>) -> Result<NotificationList, AppError> {
    let (state, user) = user().await?;
    let locale = crate::request_locale();
    crate::server::notifications::list(&state, user.as_ref(), page.unwrap_or(1), locale).await
}
