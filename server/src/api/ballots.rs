//! `/api/v1` for ballots: open one, vote, see the votes and the result, close.

use app::{
    error::AppError,
    model::{BallotInput, BallotResultView, BallotView, VoteInput, VoteView},
    server::{ballots, state::AppState},
};
use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    Json,
};
use serde::Deserialize;

use super::{ApiJson, ApiUser};

/// Opens a ballot on a committee now (committee manager, body administrators). The
/// electorate is the committee's P- and O-members at this moment.
#[utoipa::path(post, path = "/api/v1/committees/{id}/ballots", tag = "ballots", request_body = BallotInput,
    params(("id" = String, Path, description = "Committee id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = BallotView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<BallotInput>,
) -> Result<(StatusCode, Json<BallotView>), AppError> {
    let ballot = ballots::create(&state, user.as_ref(), &id, &input).await?;
    Ok((StatusCode::CREATED, Json(ballot)))
}

/// A ballot (for the committee's members and the officers who vote in it).
#[utoipa::path(get, path = "/api/v1/ballots/{id}", tag = "ballots", params(("id" = String, Path, description = "Ballot id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<BallotView>, AppError> {
    Ok(Json(ballots::get(&state, user.as_ref(), &id).await?))
}

/// Casts or changes a member body's vote (its officer; while open; where it has a vote).
#[utoipa::path(put, path = "/api/v1/ballots/{id}/votes/{member_body_code}", tag = "ballots", request_body = VoteInput,
    params(("id" = String, Path, description = "Ballot id"), ("member_body_code" = String, Path, description = "e.g. KEBS")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = VoteView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Closed, or no vote for this member body"),
        (status = 422, body = super::ErrorBody)))]
pub async fn put_vote(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, code)): Path<(String, String)>,
    ApiJson(input): ApiJson<VoteInput>,
) -> Result<Json<VoteView>, AppError> {
    Ok(Json(
        ballots::cast_vote(&state, user.as_ref(), &id, &code, &input).await?,
    ))
}

/// Whether to list replaced votes too.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct VotesParams {
    /// `true`: also the replaced votes (`"current": false`).
    #[serde(default)]
    pub history: bool,
}

/// The member bodies' current votes (and, with `history=true`, the replaced ones).
#[utoipa::path(get, path = "/api/v1/ballots/{id}/votes", tag = "ballots", params(("id" = String, Path, description = "Ballot id"), VotesParams),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = [VoteView]), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn votes(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<VotesParams>,
) -> Result<Json<Vec<VoteView>>, AppError> {
    Ok(Json(
        ballots::votes(&state, user.as_ref(), &id, params.history).await?,
    ))
}

/// The result: counts, every criterion with its numbers, who has not voted; the outcome once closed.
#[utoipa::path(get, path = "/api/v1/ballots/{id}/result", tag = "ballots", params(("id" = String, Path, description = "Ballot id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotResultView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn result(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<BallotResultView>, AppError> {
    Ok(Json(ballots::result(&state, user.as_ref(), &id).await?))
}

/// Closes a ballot: at its closing time, or earlier once every P-member has voted.
#[utoipa::path(post, path = "/api/v1/ballots/{id}/close", tag = "ballots", params(("id" = String, Path, description = "Ballot id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotResultView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody)))]
pub async fn close(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<BallotResultView>, AppError> {
    Ok(Json(ballots::close(&state, user.as_ref(), &id).await?))
}

/// Opens a scheduled ballot now (committee manager, body administrators).
#[utoipa::path(post, path = "/api/v1/ballots/{id}/open", tag = "ballots", params(("id" = String, Path, description = "Ballot id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Not scheduled (already open or closed)")))]
pub async fn open(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<BallotView>, AppError> {
    Ok(Json(ballots::open(&state, user.as_ref(), &id).await?))
}

/// Cancels a scheduled or open ballot, with the reason.
#[utoipa::path(post, path = "/api/v1/ballots/{id}/cancel", tag = "ballots", request_body = app::model::CancelInput,
    params(("id" = String, Path, description = "Ballot id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<app::model::CancelInput>,
) -> Result<Json<BallotView>, AppError> {
    Ok(Json(
        ballots::cancel(&state, user.as_ref(), &id, &input).await?,
    ))
}

/// Moves a ballot's closing time (recorded in its history).
#[utoipa::path(patch, path = "/api/v1/ballots/{id}", tag = "ballots", request_body = app::model::BallotChangesInput,
    params(("id" = String, Path, description = "Ballot id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn patch(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<app::model::BallotChangesInput>,
) -> Result<Json<BallotView>, AppError> {
    Ok(Json(
        ballots::change(&state, user.as_ref(), &id, &input).await?,
    ))
}
