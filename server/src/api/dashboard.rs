//! `/api/v1/me/dashboard`: what needs the caller, by their roles.

use app::{
    error::AppError,
    model::Dashboard,
    server::{dashboard, state::AppState},
};
use axum::{extract::State, Json};

use super::ApiUser;

/// What needs the caller, each list most urgent first: ballots their member body has not
/// voted on, comments to consolidate, decisions to record, agendas due under the notice rules,
/// minutes due, registrations closing within 30 days. Each item has the portal path where
/// it is done.
#[utoipa::path(get, path = "/api/v1/me/dashboard", tag = "notifications",
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Dashboard), (status = 401, body = super::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Dashboard>, AppError> {
    Ok(Json(dashboard::of(&state, user.as_ref()).await?))
}
