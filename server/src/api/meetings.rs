//! `/api/v1` for meetings: scheduling, agendas (draft, publish, versions), registrations,
//! attendance and calendar feeds.

use app::{
    error::AppError,
    model::{
        AgendaItemInput, AgendaItemView, AgendaVersionView, AttendanceInput, MeetingDetail,
        MeetingInput, MeetingList, MeetingView, PublishInput, RecordInput, RegistrationInput,
        RegistrationView, StatusInput,
    },
    server::{db::meetings::Record, meeting_records, meetings, state::AppState},
};
use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;

use super::{ApiJson, ApiUser};

/// Which meetings of a committee.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct ListParams {
    /// `true`: past meetings, latest first; otherwise upcoming ones, soonest first.
    past: Option<bool>,
    /// Page from 1 (25 a page).
    page: Option<i64>,
}

/// A committee's meetings, for those who read its documents.
#[utoipa::path(get, path = "/api/v1/committees/{id}/meetings", tag = "meetings",
    params(("id" = String, Path, description = "Committee id"), ListParams), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = MeetingList), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Json<MeetingList>, AppError> {
    Ok(Json(
        meetings::list(
            &state,
            user.as_ref(),
            &id,
            !params.past.unwrap_or(false),
            params.page.unwrap_or(1),
        )
        .await?,
    ))
}

/// Schedules a meeting (committee manager). Times are RFC 3339, or wall-clock times read in
/// `time_zone` (the committee's when left out); each bad field is named in a 422.
#[utoipa::path(post, path = "/api/v1/committees/{id}/meetings", tag = "meetings", request_body = MeetingInput,
    params(("id" = String, Path, description = "Committee id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = MeetingView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<MeetingInput>,
) -> Result<(StatusCode, Json<MeetingView>), AppError> {
    let meeting = meetings::schedule(&state, user.as_ref(), &id, &input).await?;
    Ok((StatusCode::CREATED, Json(meeting)))
}

/// A meeting: its published agenda versions (with the rule a late one broke), the draft for
/// its manager, and the registrations the caller may see.
#[utoipa::path(get, path = "/api/v1/meetings/{id}", tag = "meetings",
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = MeetingDetail), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<MeetingDetail>, AppError> {
    let locale = super::caller_locale(user.as_ref(), &headers);
    Ok(Json(
        meetings::detail(&state, user.as_ref(), &id, locale).await?,
    ))
}

/// Replaces the drafted agenda (committee manager). Items in order; `level` 1 makes a
/// sub-item of the item before; documents must be of the committee's register.
#[utoipa::path(put, path = "/api/v1/meetings/{id}/agenda", tag = "meetings", request_body = Vec<AgendaItemInput>,
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Vec<AgendaItemView>), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_agenda(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(items): ApiJson<Vec<AgendaItemInput>>,
) -> Result<Json<Vec<AgendaItemView>>, AppError> {
    Ok(Json(
        meetings::set_agenda(&state, user.as_ref(), &id, &items).await?,
    ))
}

/// Publishes the drafted agenda as a new frozen version (committee manager). Late by the
/// body's notice rule: 409 naming the rule, unless `confirm_late`; then published and flagged.
#[utoipa::path(post, path = "/api/v1/meetings/{id}/agenda/publish", tag = "meetings", request_body = PublishInput,
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = AgendaVersionView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Late: the rule it breaks"), (status = 422, body = super::ErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(input): ApiJson<PublishInput>,
) -> Result<(StatusCode, Json<AgendaVersionView>), AppError> {
    let locale = super::caller_locale(user.as_ref(), &headers);
    let version = meetings::publish(&state, user.as_ref(), &id, &input, locale).await?;
    Ok((StatusCode::CREATED, Json(version)))
}

/// Registers a member body's delegate (its officer while registration is open, the
/// committee manager at any time): 409 after the deadline or when already registered.
#[utoipa::path(post, path = "/api/v1/meetings/{id}/registrations", tag = "meetings", request_body = RegistrationInput,
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = RegistrationView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<RegistrationInput>,
) -> Result<(StatusCode, Json<RegistrationView>), AppError> {
    let registration = meetings::register(&state, user.as_ref(), &id, &input).await?;
    Ok((StatusCode::CREATED, Json(registration)))
}

/// Marks whether a registered delegate attended (committee manager, once the meeting began).
#[utoipa::path(put, path = "/api/v1/meetings/{id}/registrations/{registration}/attendance", tag = "meetings", request_body = AttendanceInput,
    params(("id" = String, Path, description = "Meeting id"), ("registration" = String, Path, description = "Registration id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody)))]
pub async fn put_attendance(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, registration)): Path<(String, String)>,
    ApiJson(input): ApiJson<AttendanceInput>,
) -> Result<StatusCode, AppError> {
    meetings::set_attendance(&state, user.as_ref(), &id, &registration, input.attended).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Reopening registration after its deadline.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct ReopenInput {
    /// `true` reopens, `false` closes again.
    reopened: bool,
}

/// Reopens (or closes again) registration after the deadline (committee manager).
#[utoipa::path(put, path = "/api/v1/meetings/{id}/registration", tag = "meetings", request_body = ReopenInput,
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn put_registration(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ReopenInput>,
) -> Result<StatusCode, AppError> {
    meetings::reopen_registration(&state, user.as_ref(), &id, input.reopened).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An iCalendar answer.
pub(crate) fn calendar_response(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        body,
    )
        .into_response()
}

/// The committee's meetings as an iCalendar feed (each in its host's zone, with VTIMEZONE).
#[utoipa::path(get, path = "/api/v1/committees/{id}/calendar", tag = "meetings",
    params(("id" = String, Path, description = "Committee id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, description = "text/calendar"), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn committee_calendar(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(calendar_response(
        meetings::committee_feed(&state, user.as_ref(), &id).await?,
    ))
}

/// The caller's own calendar feed address (a secret URL for calendar programs).
#[utoipa::path(get, path = "/api/v1/me/calendar", tag = "meetings", security(("bearer" = []), ("session" = [])),
    responses((status = 200, description = "`{\"url\": \"https://…/calendar/….ics\"}`"), (status = 401, body = super::ErrorBody)))]
pub async fn my_calendar(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<serde_json::Value>, AppError> {
    let url = meetings::calendar_address(&state, user.as_ref()).await?;
    Ok(Json(serde_json::json!({ "url": url })))
}

/// Writes the meeting's minutes (committee manager): the current draft or circulated minutes
/// change; approved or locked ones do not (409: correct them instead). Text: `# `/`## `
/// headings, `- `/`1. ` lists, blank lines between paragraphs; nothing else is markup.
#[utoipa::path(put, path = "/api/v1/meetings/{id}/minutes", tag = "meetings", request_body = RecordInput,
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_minutes(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<RecordInput>,
) -> Result<StatusCode, AppError> {
    meeting_records::write_minutes(&state, user.as_ref(), &id, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Adds a resolution (committee manager), numbered next for the committee that year
/// (`Resolution 12/2026`), linked to an item of the published agenda and optionally a ballot.
#[utoipa::path(post, path = "/api/v1/meetings/{id}/resolutions", tag = "meetings", request_body = RecordInput,
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, description = "`{\"reference\": \"Resolution 12/2026\"}`"), (status = 401, body = super::ErrorBody),
        (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn add_resolution(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<RecordInput>,
) -> Result<(StatusCode, Json<serde_json::Value>), AppError> {
    let reference = meeting_records::add_resolution(&state, user.as_ref(), &id, &input).await?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({ "reference": reference })),
    ))
}

fn record_kind(kind: &str) -> Result<Record, AppError> {
    match kind {
        "minutes" => Ok(Record::Minutes),
        "resolutions" => Ok(Record::Resolution),
        _ => Err(AppError::NotFound),
    }
}

/// Moves minutes or a resolution one step on (committee manager): draft → circulated →
/// approved → locked; any other move is a 409.
#[utoipa::path(post, path = "/api/v1/{kind}/{id}/status", tag = "meetings", request_body = StatusInput,
    params(("kind" = String, Path, description = "`minutes` or `resolutions`"), ("id" = String, Path, description = "Record id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn post_status(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((kind, id)): Path<(String, String)>,
    ApiJson(input): ApiJson<StatusInput>,
) -> Result<StatusCode, AppError> {
    meeting_records::advance(
        &state,
        user.as_ref(),
        record_kind(&kind)?,
        &id,
        &input.status,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Starts the correction of locked minutes or a locked resolution: a new draft that points
/// at it (a corrected resolution takes the next number).
#[utoipa::path(post, path = "/api/v1/{kind}/{id}/correction", tag = "meetings",
    params(("kind" = String, Path, description = "`minutes` or `resolutions`"), ("id" = String, Path, description = "Record id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 201), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody)))]
pub async fn post_correction(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((kind, id)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    meeting_records::correct(&state, user.as_ref(), record_kind(&kind)?, &id).await?;
    Ok(StatusCode::CREATED)
}

/// The invitation letter of a registered delegate (for visas) as DOCX, in the caller's
/// language: for the delegate, their member body's officer and the committee manager.
#[utoipa::path(get, path = "/api/v1/meetings/{id}/registrations/{registration}/invitation", tag = "meetings",
    params(("id" = String, Path, description = "Meeting id"), ("registration" = String, Path, description = "Registration id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, description = "The letter (DOCX)"), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody)))]
pub async fn invitation(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, registration)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let locale = super::caller_locale(user.as_ref(), &headers);
    let letter = meetings::invitation(&state, user.as_ref(), &id, &registration, locale).await?;
    super::download_response(letter)
}

/// Changes a meeting's schedule (committee manager): the same fields as scheduling; calendar
/// feeds update the same event (UID kept, SEQUENCE moved on).
#[utoipa::path(put, path = "/api/v1/meetings/{id}", tag = "meetings", request_body = MeetingInput,
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = MeetingView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Cancelled"), (status = 422, body = super::ErrorBody)))]
pub async fn put(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<MeetingInput>,
) -> Result<Json<MeetingView>, AppError> {
    Ok(Json(
        meetings::reschedule(&state, user.as_ref(), &id, &input).await?,
    ))
}

/// Cancels a meeting (committee manager); calendar feeds show the event cancelled.
#[utoipa::path(post, path = "/api/v1/meetings/{id}/cancel", tag = "meetings",
    params(("id" = String, Path, description = "Meeting id")), security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    meetings::cancel(&state, user.as_ref(), &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
