//! Meetings, for the pages.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{MeetingDetail, MeetingsPage},
};

#[cfg(feature = "ssr")]
use super::caller as user;

/// A committee's meetings page.
#[server(prefix = "/_sf", endpoint = "meetings")]
pub async fn get_meetings_page(
    committee_id: String,
    past_page: Option<i64>,
) -> Result<MeetingsPage, AppError> {
    let (state, user) = user().await?;
    crate::server::meetings::page(&state, user.as_ref(), &committee_id, past_page.unwrap_or(1))
        .await
}

/// A meeting's page.
#[server(prefix = "/_sf", endpoint = "meeting")]
pub async fn get_meeting(id: String) -> Result<MeetingDetail, AppError> {
    let (state, user) = user().await?;
    // The page's own language.
    let locale = crate::request_locale();
    crate::server::meetings::detail(&state, user.as_ref(), &id, locale).await
}
