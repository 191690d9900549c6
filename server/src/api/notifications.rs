//! `/api/v1/me/notifications`: the caller's notifications in the portal, and marking them read.

use app::{
    error::AppError,
    model::{MarkReadInput, NotificationList, NotificationSettings},
    server::{notifications, state::AppState},
};
use axum::{
    extract::{Query, State},
    http::HeaderMap,
    Json,
};
use serde::{Deserialize, Serialize};

use super::{ApiJson, ApiUser};

/// Which page.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct PageParams {
    /// Page from 1 (50 a page).
    page: Option<i64>,
}

/// The caller's notifications, newest first, each with its text in the caller's language
/// and the portal path where its action is.
#[utoipa::path(get, path = "/api/v1/me/notifications", tag = "notifications", params(PageParams),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = NotificationList), (status = 401, body = super::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Query(params): Query<PageParams>,
    headers: HeaderMap,
) -> Result<Json<NotificationList>, AppError> {
    let locale = super::caller_locale(user.as_ref(), &headers);
    Ok(Json(
        notifications::list(&state, user.as_ref(), params.page.unwrap_or(1), locale).await?,
    ))
}

/// What is left unread.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Unread {
    /// Unread notifications left.
    pub unread: i64,
}

/// Marks one of the caller's notifications read (`id`), or all of them; another person's
/// notification is unknown (404).
#[utoipa::path(post, path = "/api/v1/me/notifications/read", tag = "notifications", request_body = MarkReadInput,
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Unread), (status = 401, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn mark_read(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(input): ApiJson<MarkReadInput>,
) -> Result<Json<Unread>, AppError> {
    let unread = notifications::mark_read(&state, user.as_ref(), input.id.as_deref()).await?;
    Ok(Json(Unread { unread }))
}

/// How e-mail tells the caller about each kind of notification: `immediate` (the default),
/// `digest` (a daily summary after 07:00 in their time zone) or `off`.
#[utoipa::path(get, path = "/api/v1/me/notification-settings", tag = "notifications",
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = NotificationSettings), (status = 401, body = super::ErrorBody)))]
pub async fn settings(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<NotificationSettings>, AppError> {
    Ok(Json(
        notifications::email_settings(&state, user.as_ref()).await?,
    ))
}

/// Changes how e-mail tells the caller about the kinds given (the others keep their mode);
/// an unknown kind or mode is named (422) and nothing changes. Answers with every kind.
#[utoipa::path(put, path = "/api/v1/me/notification-settings", tag = "notifications",
    request_body = NotificationSettings, security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = NotificationSettings), (status = 401, body = super::ErrorBody),
        (status = 422, body = super::ErrorBody)))]
pub async fn put_settings(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(input): ApiJson<NotificationSettings>,
) -> Result<Json<NotificationSettings>, AppError> {
    Ok(Json(
        notifications::set_email_settings(&state, user.as_ref(), &input).await?,
    ))
}
