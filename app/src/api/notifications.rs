//! Notifications, for the pages.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{NotificationList, NotificationSettings, UnsubscribeView},
};

#[cfg(feature = "ssr")]
use super::caller as user;

/// The reader's notifications, a page of them.
#[server(prefix = "/_sf", endpoint = "notifications")]
pub async fn get_notifications(page: Option<i64>) -> Result<NotificationList, AppError> {
    let (state, user) = user().await?;
    let locale = crate::request_locale();
    crate::server::notifications::list(&state, user.as_ref(), page.unwrap_or(1), locale).await
}

/// How e-mail tells the reader about each kind of notification.
#[server(prefix = "/_sf", endpoint = "notification_settings")]
pub async fn get_notification_settings() -> Result<NotificationSettings, AppError> {
    let (state, user) = user().await?;
    crate::server::notifications::email_settings(&state, user.as_ref()).await
}

/// What an unsubscribe link is about (no sign-in needed: the link is the authority).
#[server(prefix = "/_sf", endpoint = "unsubscribe_status")]
pub async fn get_unsubscribe_status(
    token: String,
    kind: String,
) -> Result<UnsubscribeView, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::notifications::unsubscribe_status(&state, &token, &kind).await
}
