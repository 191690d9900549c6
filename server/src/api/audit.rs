//! `/api/v1/audit`: the audit trail with its chain check (portal administrators), and
//! `/api/v1/committees/{id}/audit`: a committee's events (those who manage it).

use app::{
    error::AppError,
    model::AuditPage,
    server::{audit, state::AppState},
};
use axum::{
    extract::{Path, Query, State},
    Json,
};
use serde::Deserialize;

use super::ApiUser;

/// Which page.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct AuditParams {
    /// Events before this place in the chain (the previous page's `next_before`).
    before: Option<i64>,
}

/// The whole audit trail, newest first (50 a page), with the check of its hash chain.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditParams),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = AuditPage), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody)))]
pub async fn all(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Query(params): Query<AuditParams>,
) -> Result<Json<AuditPage>, AppError> {
    Ok(Json(
        audit::page(&state, user.as_ref(), None, params.before).await?,
    ))
}

/// A committee's audit events, newest first (50 a page).
#[utoipa::path(get, path = "/api/v1/committees/{id}/audit", tag = "audit", params(AuditParams,
        ("id" = String, Path, description = "Committee id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = AuditPage), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody)))]
pub async fn committee(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<AuditParams>,
) -> Result<Json<AuditPage>, AppError> {
    Ok(Json(
        audit::page(&state, user.as_ref(), Some(&id), params.before).await?,
    ))
}
