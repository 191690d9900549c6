//! `/api/v1/committees`: a committee's page data and its member bodies' memberships.

use app::{
    error::AppError,
    model::CommitteeView,
    server::{committees, state::AppState},
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    Json,
};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{ApiJson, ApiUser};

/// A committee: details, roles, members with their delegates, recent history.
#[utoipa::path(get, path = "/api/v1/committees/{id}", tag = "committees", params(("id" = String, Path, description = "Committee id")),
    responses((status = 200, body = CommitteeView), (status = 404, body = super::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<CommitteeView>, AppError> {
    Ok(Json(committees::view(&state, user.as_ref(), &id).await?))
}

/// Changes a committee's titles, scope, secretariat or status (`active`, `disbanded`): its
/// body's administrators. Fields left out stay as they are; each change goes into the history.
#[utoipa::path(patch, path = "/api/v1/committees/{id}", tag = "committees", request_body = app::model::CommitteeChangesInput,
    params(("id" = String, Path, description = "Committee id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = app::model::CommitteeSummary), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn patch(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(changes): ApiJson<app::model::CommitteeChangesInput>,
) -> Result<Json<app::model::CommitteeSummary>, AppError> {
    Ok(Json(
        committees::update_committee(&state, user.as_ref(), &id, &changes).await?,
    ))
}

/// A membership to set.
#[derive(Deserialize, ToSchema)]
pub struct MembershipRequest {
    /// `P`, `O`, `liaison_a`, `liaison_b` or `liaison_c`.
    #[serde(default)]
    pub status: String,
}

/// Sets a member body's membership (committee managers and body administrators).
#[utoipa::path(put, path = "/api/v1/committees/{id}/members/{member_body_code}", tag = "committees", request_body = MembershipRequest,
    params(("id" = String, Path, description = "Committee id"), ("member_body_code" = String, Path, description = "e.g. KEBS")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody),
        (status = 409, body = super::ErrorBody, description = "The committee is disbanded"), (status = 422, body = super::ErrorBody)))]
pub async fn put_member(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, code)): Path<(String, String)>,
    ApiJson(body): ApiJson<MembershipRequest>,
) -> Result<StatusCode, AppError> {
    committees::set_membership(&state, user.as_ref(), &id, &code, Some(&body.status)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Ends a member body's membership.
#[utoipa::path(delete, path = "/api/v1/committees/{id}/members/{member_body_code}", tag = "committees",
    params(("id" = String, Path, description = "Committee id"), ("member_body_code" = String, Path, description = "e.g. KEBS")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn delete_member(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, code)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    committees::set_membership(&state, user.as_ref(), &id, &code, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A body's page data: its committees in tree order and its member bodies.
#[utoipa::path(get, path = "/api/v1/bodies/{acronym}", tag = "bodies", params(("acronym" = String, Path, description = "e.g. ARSO")),
    responses((status = 200, body = app::model::BodyView), (status = 404, body = super::ErrorBody)))]
pub async fn get_body(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(acronym): Path<String>,
) -> Result<Json<app::model::BodyView>, AppError> {
    Ok(Json(
        committees::body_view(&state, user.as_ref(), &acronym).await?,
    ))
}

/// The active committees of a body, in tree order.
#[utoipa::path(get, path = "/api/v1/bodies/{acronym}/committees", tag = "committees", params(("acronym" = String, Path, description = "e.g. ARSO")),
    responses((status = 200, body = Vec<app::model::CommitteeSummary>), (status = 404, body = super::ErrorBody)))]
pub async fn list_committees(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(acronym): Path<String>,
) -> Result<Json<Vec<app::model::CommitteeSummary>>, AppError> {
    Ok(Json(
        committees::body_view(&state, user.as_ref(), &acronym)
            .await?
            .committees,
    ))
}

/// Creates a committee with its secretariat (body administrators of that body).
#[utoipa::path(post, path = "/api/v1/bodies/{acronym}/committees", tag = "committees", request_body = app::model::NewCommitteeInput,
    params(("acronym" = String, Path, description = "e.g. ARSO")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = app::model::CommitteeSummary), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create_committee(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(acronym): Path<String>,
    ApiJson(input): ApiJson<app::model::NewCommitteeInput>,
) -> Result<(StatusCode, Json<app::model::CommitteeSummary>), AppError> {
    let created = committees::create_committee(&state, user.as_ref(), &acronym, &input).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// A role to give.
#[derive(Deserialize, ToSchema)]
pub struct RoleRequest {
    /// `committee_manager`, `chair`, `convenor`, `delegate` or `observer`.
    #[serde(default)]
    pub role: String,
}

/// Gives a person a role in a committee. Delegates: their member body's officer (when it is
/// a P-/O-member or C liaison) or the committee's managers; other roles: the managers.
#[utoipa::path(put, path = "/api/v1/committees/{id}/roles/{user_id}", tag = "committees", request_body = RoleRequest,
    params(("id" = String, Path, description = "Committee id"), ("user_id" = String, Path, description = "The person's id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_role(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, user_id)): Path<(String, String)>,
    ApiJson(body): ApiJson<RoleRequest>,
) -> Result<StatusCode, AppError> {
    committees::set_role(&state, user.as_ref(), &id, &user_id, &body.role, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Which role to end.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct RoleQuery {
    /// The role to end.
    #[serde(default)]
    pub role: String,
}

/// Ends a person's role in a committee (`?role=delegate`).
#[utoipa::path(delete, path = "/api/v1/committees/{id}/roles/{user_id}", tag = "committees",
    params(("id" = String, Path, description = "Committee id"), ("user_id" = String, Path, description = "The person's id"), RoleQuery),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn delete_role(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, user_id)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<RoleQuery>,
) -> Result<StatusCode, AppError> {
    committees::set_role(&state, user.as_ref(), &id, &user_id, &query.role, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The committees where the signed-in person holds a role.
#[utoipa::path(get, path = "/api/v1/me/committees", tag = "committees", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Vec<app::model::MyCommitteeView>), (status = 401, body = super::ErrorBody)))]
pub async fn my_committees(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Vec<app::model::MyCommitteeView>>, AppError> {
    Ok(Json(
        committees::my_committees(&state, user.as_ref()).await?,
    ))
}
