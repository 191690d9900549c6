//! `/api/v1/member-bodies` and the administration of bodies' members.

use app::{
    error::AppError,
    model::{MemberBodySummary, MemberBodyView},
    server::{member_bodies, state::AppState},
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    Json,
};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{ApiJson, ApiUser};

/// Every member body.
#[utoipa::path(get, path = "/api/v1/member-bodies", tag = "member bodies", responses((status = 200, body = Vec<MemberBodySummary>)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<Vec<MemberBodySummary>>, AppError> {
    Ok(Json(member_bodies::list(&state).await?))
}

/// A member body to register.
#[derive(Deserialize, ToSchema)]
pub struct NewMemberBody {
    /// 2–12 capital letters or digits (`IMANOR`).
    #[serde(default)]
    pub code: String,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// ISO 3166 alpha-2 country (`MA`).
    #[serde(default)]
    pub country: String,
}

/// Registers a member body (portal administrators).
#[utoipa::path(post, path = "/api/v1/member-bodies", tag = "member bodies", request_body = NewMemberBody, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = MemberBodySummary), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(body): ApiJson<NewMemberBody>,
) -> Result<(StatusCode, Json<MemberBodySummary>), AppError> {
    let created =
        member_bodies::create(&state, user.as_ref(), &body.code, &body.name, &body.country).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// A member body's committees and people.
#[utoipa::path(get, path = "/api/v1/member-bodies/{code}", tag = "member bodies", params(("code" = String, Path, description = "e.g. KEBS")),
    responses((status = 200, body = MemberBodyView), (status = 404, body = super::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(code): Path<String>,
) -> Result<Json<MemberBodyView>, AppError> {
    Ok(Json(
        member_bodies::view(&state, user.as_ref(), &code).await?,
    ))
}

/// A role in a member body.
#[derive(Deserialize, ToSchema)]
pub struct MemberBodyRoleRequest {
    /// `officer` or `expert`.
    #[serde(default)]
    pub role: String,
}

/// Gives a person a role in a member body (its officers, portal administrators).
#[utoipa::path(put, path = "/api/v1/member-bodies/{code}/roles/{user_id}", tag = "member bodies", request_body = MemberBodyRoleRequest,
    params(("code" = String, Path, description = "e.g. KEBS"), ("user_id" = String, Path, description = "The person's id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_role(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((code, user_id)): Path<(String, String)>,
    ApiJson(body): ApiJson<MemberBodyRoleRequest>,
) -> Result<StatusCode, AppError> {
    member_bodies::set_person_role(&state, user.as_ref(), &code, &user_id, &body.role).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Takes a person's role in a member body away (its officers, portal administrators; an
/// officer cannot remove their own role: 409).
#[utoipa::path(delete, path = "/api/v1/member-bodies/{code}/roles/{user_id}", tag = "member bodies",
    params(("code" = String, Path, description = "e.g. KEBS"), ("user_id" = String, Path, description = "The person's id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody)))]
pub async fn delete_role(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((code, user_id)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    member_bodies::remove_person_role(&state, user.as_ref(), &code, &user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A body to register.
#[derive(Deserialize, ToSchema)]
pub struct NewBody {
    /// 2–12 capital letters or digits (`ARSO`).
    #[serde(default)]
    pub acronym: String,
    /// Name in English.
    #[serde(default)]
    pub name: String,
    /// Name in French.
    #[serde(default)]
    pub name_fr: Option<String>,
    /// Name in Arabic.
    #[serde(default)]
    pub name_ar: Option<String>,
}

/// Registers a body (portal administrators).
#[utoipa::path(post, path = "/api/v1/bodies", tag = "bodies", request_body = NewBody, security(("bearer" = []), ("session" = [])),
    responses((status = 201), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create_body(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(body): ApiJson<NewBody>,
) -> Result<StatusCode, AppError> {
    member_bodies::create_body(
        &state,
        user.as_ref(),
        &body.acronym,
        &body.name,
        body.name_fr.as_deref(),
        body.name_ar.as_deref(),
    )
    .await?;
    Ok(StatusCode::CREATED)
}

/// A category of membership of a body.
#[derive(Deserialize, ToSchema)]
pub struct BodyMemberRequest {
    /// `member`, `affiliate` or `observer`.
    #[serde(default)]
    pub category: String,
}

/// Makes a member body a member of a body (portal administrators).
#[utoipa::path(put, path = "/api/v1/bodies/{acronym}/members/{member_body_code}", tag = "bodies", request_body = BodyMemberRequest,
    params(("acronym" = String, Path, description = "e.g. ARSO"), ("member_body_code" = String, Path, description = "e.g. KEBS")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_body_member(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((acronym, code)): Path<(String, String)>,
    ApiJson(body): ApiJson<BodyMemberRequest>,
) -> Result<StatusCode, AppError> {
    member_bodies::set_body_member(&state, user.as_ref(), &acronym, &code, &body.category).await?;
    Ok(StatusCode::NO_CONTENT)
}
