//! `/api/v1` for ballots: open one, vote, see the votes and the result, close, export it,
//! record a late vote; a committee's list and participation; the caller's ballots to vote on.

use app::{
    domain::ballots::RuleProfile,
    error::AppError,
    model::{
        BallotInput, BallotList, BallotNeedingVote, BallotResultView, BallotView, LateVoteInput,
        ParticipationView, VoteInput, VoteView,
    },
    server::{ballots, exports::Format, state::AppState},
};
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::Response,
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

#[derive(Deserialize, utoipa::IntoParams)]
/// Paging of a list.
pub struct PageParams {
    /// Page number from 1.
    page: Option<i64>,
}

/// A committee's ballots, newest first, 25 to a page (those who read its circulated documents,
/// and the officers of its member bodies).
#[utoipa::path(get, path = "/api/v1/committees/{id}/ballots", tag = "ballots",
    params(("id" = String, Path, description = "Committee id"), PageParams), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotList), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<PageParams>,
) -> Result<Json<BallotList>, AppError> {
    Ok(Json(
        ballots::list(&state, user.as_ref(), &id, params.page.unwrap_or(1)).await?,
    ))
}

/// Open ballots in which a member body the caller is an officer of has a vote and has not
/// voted yet, the soonest closing first.
#[utoipa::path(get, path = "/api/v1/me/ballots-needing-vote", tag = "ballots", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Vec<BallotNeedingVote>), (status = 401, body = super::ErrorBody)))]
pub async fn needing_my_vote(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Vec<BallotNeedingVote>>, AppError> {
    let user = app::server::session::require_user(user)?;
    Ok(Json(ballots::needing_my_vote(&state, Some(&user)).await?))
}

/// A committee's participation in ballots closed in the last 12 months: each P-member's missed
/// ballots, and whether the body's downgrade rule flags it.
#[utoipa::path(get, path = "/api/v1/committees/{id}/participation", tag = "ballots",
    params(("id" = String, Path, description = "Committee id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = ParticipationView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn participation(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<ParticipationView>, AppError> {
    Ok(Json(
        ballots::participation(&state, user.as_ref(), &id).await?,
    ))
}

/// Re-opens a closed internal ballot (CIB) to record a member body's late vote (committee
/// manager, with an explanation): the vote counts, the outcome is recomputed, all recorded.
#[utoipa::path(post, path = "/api/v1/ballots/{id}/late-votes", tag = "ballots", request_body = LateVoteInput,
    params(("id" = String, Path, description = "Ballot id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = BallotResultView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Not a closed internal ballot"),
        (status = 422, body = super::ErrorBody)))]
pub async fn late_vote(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<LateVoteInput>,
) -> Result<Json<BallotResultView>, AppError> {
    Ok(Json(
        ballots::record_late_vote(&state, user.as_ref(), &id, &input).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
/// The format of an export.
pub struct ExportParams {
    /// `csv` or `xlsx`.
    format: String,
}

/// The result as a file: `?format=csv` or `?format=xlsx` (the ballot, its outcome, each
/// criterion with its numbers, the votes with who cast them and when, who did not vote),
/// headings in the caller's language.
#[utoipa::path(get, path = "/api/v1/ballots/{id}/result/export", tag = "ballots",
    params(("id" = String, Path, description = "Ballot id"), ExportParams), security(("bearer" = []), ("session" = [])),
    responses((status = 200, description = "The file", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<ExportParams>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let format = Format::from_extension(&params.format).ok_or(AppError::NotFound)?;
    let locale = super::caller_locale(user.as_ref(), &headers);
    let download = ballots::export(&state, user.as_ref(), &id, locale, format).await?;
    super::download_response(download)
}

/// A body's ballot rules: the family (`iso`, `weighted` with `weights` and `threshold`,
/// `chair_consensus`), every threshold (`{"num", "den", "strict"}`) and the default lengths in
/// weeks (`weeks`). Anyone may read them.
#[utoipa::path(get, path = "/api/v1/bodies/{acronym}/rules", tag = "ballots",
    params(("acronym" = String, Path, description = "e.g. ARSO")),
    responses((status = 200, body = Object), (status = 404, body = super::ErrorBody)))]
pub async fn get_rules(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(acronym): Path<String>,
) -> Result<Json<RuleProfile>, AppError> {
    Ok(Json(
        ballots::rules(&state, user.as_ref(), &acronym).await?.1,
    ))
}

/// Changes a body's ballot rules (its administrators). Settings left out keep ISO's values;
/// a threshold above 1 or with a zero denominator, a length outside 1–52 weeks: 422 naming it.
#[utoipa::path(put, path = "/api/v1/bodies/{acronym}/rules", tag = "ballots", request_body = Object,
    params(("acronym" = String, Path, description = "e.g. ARSO")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Object), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_rules(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(acronym): Path<String>,
    ApiJson(profile): ApiJson<RuleProfile>,
) -> Result<Json<RuleProfile>, AppError> {
    // Checked as the form is: written out as fields and read back.
    let fields = profile.to_fields();
    let value = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    Ok(Json(
        ballots::set_rules(&state, user.as_ref(), &acronym, value).await?,
    ))
}
