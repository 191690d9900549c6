//! `/api/v1`: sign-in, the current person, tokens, invitations; and the bodies list.

use app::{
    error::AppError,
    model::{ApiTokenView, BodySummary, UserView},
    server::{auth, db, session, state::AppState},
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::IntoResponse,
    Json,
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use utoipa::ToSchema;

use super::{ApiJson, ApiUser};
use crate::net::ClientAddr;

/// Sign-in credentials.
#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Password.
    #[serde(default)]
    pub password: String,
}

/// Signs in; the answer sets the session cookie.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "accounts", request_body = LoginRequest,
    responses((status = 200, body = UserView), (status = 401, body = super::ErrorBody), (status = 422, body = super::ErrorBody), (status = 429, body = super::ErrorBody)))]
pub async fn login(
    State(state): State<AppState>,
    session: Session,
    addr: ClientAddr,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<Json<UserView>, AppError> {
    Ok(Json(
        auth::login(&state, &session, &body.email, &body.password, &addr.0).await?,
    ))
}

/// Signs out (ends the session).
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "accounts", responses((status = 204)))]
pub async fn logout(session: Session) -> Result<StatusCode, AppError> {
    session::sign_out(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in person.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = UserView), (status = 401, body = super::ErrorBody)))]
pub async fn me(ApiUser(user): ApiUser) -> Result<Json<UserView>, AppError> {
    Ok(Json(session::require_user(user)?))
}

/// The caller's own time zone.
#[derive(Deserialize, ToSchema)]
pub struct TimeZoneRequest {
    /// An IANA name (`Europe/Paris`); empty for none (times in each committee's zone only).
    #[serde(default)]
    pub time_zone: String,
}

/// Sets the caller's own time zone: ballot closings are then shown in it beside the
/// committee's.
#[utoipa::path(put, path = "/api/v1/me/time-zone", tag = "accounts", request_body = TimeZoneRequest,
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_time_zone(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(body): ApiJson<TimeZoneRequest>,
) -> Result<StatusCode, AppError> {
    auth::set_time_zone(&state, user.as_ref(), &body.time_zone).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A token to create.
#[derive(Deserialize, ToSchema)]
pub struct TokenRequest {
    /// A label to recognise it by.
    #[serde(default)]
    pub name: String,
}

/// A created token, with its secret (shown only in this answer).
#[derive(Serialize, ToSchema)]
pub struct CreatedToken {
    /// The token's details.
    #[serde(flatten)]
    pub token: ApiTokenView,
    /// The secret to send as `Authorization: Bearer …`.
    pub secret: String,
}

/// Creates a personal access token.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "accounts", request_body = TokenRequest, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = CreatedToken), (status = 401, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create_token(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(body): ApiJson<TokenRequest>,
) -> Result<impl IntoResponse, AppError> {
    let (token, secret) = auth::create_token(&state, user.as_ref(), &body.name).await?;
    Ok((StatusCode::CREATED, Json(CreatedToken { token, secret })))
}

/// The signed-in person's tokens.
#[utoipa::path(get, path = "/api/v1/tokens", tag = "accounts", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Vec<ApiTokenView>), (status = 401, body = super::ErrorBody)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Vec<ApiTokenView>>, AppError> {
    Ok(Json(auth::list_tokens(&state, user.as_ref()).await?))
}

/// Revokes one of the signed-in person's tokens.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "accounts", params(("id" = String, Path, description = "Token id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    auth::revoke_token(&state, user.as_ref(), &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A person to invite.
#[derive(Deserialize, ToSchema)]
pub struct InviteRequest {
    /// Their e-mail address.
    #[serde(default)]
    pub email: String,
    /// Their display name.
    #[serde(default)]
    pub name: String,
    /// Code of their member body (`KEBS`), which they join as an expert.
    #[serde(default)]
    pub member_body: Option<String>,
}

/// The invited person and their invitation.
#[derive(Serialize, ToSchema)]
pub struct InviteResponse {
    /// The new person's id.
    pub id: String,
    /// The single-use token (the link carries it).
    pub invitation_token: String,
    /// The link to send.
    pub invitation_url: String,
}

/// Invites a person (portal administrators).
#[utoipa::path(post, path = "/api/v1/users", tag = "accounts", request_body = InviteRequest, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = InviteResponse), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn invite(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(body): ApiJson<InviteRequest>,
) -> Result<impl IntoResponse, AppError> {
    let invitation = auth::invite(
        &state,
        user.as_ref(),
        &body.email,
        &body.name,
        body.member_body.as_deref(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(InviteResponse {
            id: invitation.user_id,
            invitation_token: invitation.token,
            invitation_url: invitation.link,
        }),
    ))
}

/// A password for an invited person.
#[derive(Deserialize, ToSchema)]
pub struct AcceptRequest {
    /// The new password (at least 10 characters).
    #[serde(default)]
    pub password: String,
}

/// Accepts an invitation: sets the password. The token works once.
#[utoipa::path(post, path = "/api/v1/invitations/{token}", tag = "accounts", request_body = AcceptRequest,
    params(("token" = String, Path, description = "The invitation token")),
    responses((status = 200, body = UserView), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn accept_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ApiJson(body): ApiJson<AcceptRequest>,
) -> Result<Json<UserView>, AppError> {
    Ok(Json(
        auth::accept_invitation(&state, None, &token, &body.password, None).await?,
    ))
}

/// The bodies with their committees.
#[utoipa::path(get, path = "/api/v1/bodies", tag = "bodies", responses((status = 200, body = Vec<BodySummary>)))]
pub async fn list_bodies(
    State(state): State<AppState>,
) -> Result<Json<Vec<BodySummary>>, AppError> {
    Ok(Json(db::bodies::list_with_committees(&state.pool).await?))
}
