//! `/api/v1` for comments on drafts: draft, change, list, submit the national position,
//! record dispositions.

use app::{
    error::AppError,
    model::{
        CommentInput, CommentList, CommentView, DispositionInput, ImportReport, SubmitCommentsInput,
    },
    server::{comments, state::AppState},
};
use axum::{
    body::Body,
    extract::{Path, Query, Request, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    Json,
};
use serde::Deserialize;

use super::{ApiJson, ApiUser};

/// Which comments of a document.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct CommentParams {
    /// A member body's own comments (every status), for its experts and officer.
    member_body: Option<String>,
    /// The compiled table filtered to one member body (code).
    from: Option<String>,
    /// The compiled table filtered to one type (`ge`, `te`, `ed`).
    kind: Option<String>,
    /// The compiled table filtered to comments with these words (in the comment, the proposed
    /// change or the observations).
    q: Option<String>,
    /// Page of the compiled table, from 1 (200 a page).
    page: Option<i64>,
}

/// A document's comments: `?member_body=KEBS`, that member body's own; otherwise the compiled
/// submitted comments in clause order (General first, then 2 < 10 < 10.1 < A.2), with how many
/// have a disposition.
#[utoipa::path(get, path = "/api/v1/documents/{id}/comments", tag = "comments",
    params(("id" = String, Path, description = "Document id"), CommentParams), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = CommentList), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<CommentParams>,
) -> Result<Json<CommentList>, AppError> {
    Ok(Json(
        comments::list(
            &state,
            user.as_ref(),
            &id,
            params.member_body.as_deref(),
            comments::CompiledFilter {
                member_body: params.from.as_deref(),
                kind: params.kind.as_deref(),
                text: params.q.as_deref(),
            },
            params.page.unwrap_or(1),
        )
        .await?,
    ))
}

/// Drafts a comment for the author's member body (a P- or O-member of the committee).
#[utoipa::path(post, path = "/api/v1/documents/{id}/comments", tag = "comments", request_body = CommentInput,
    params(("id" = String, Path, description = "Document id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = CommentView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Already submitted"), (status = 422, body = super::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<CommentInput>,
) -> Result<(StatusCode, Json<CommentView>), AppError> {
    let comment = comments::create(&state, user.as_ref(), &id, &input).await?;
    Ok((StatusCode::CREATED, Json(comment)))
}

/// Changes a draft comment (its author or its member body's officer; `"dropped": true` leaves
/// it out of the national position). Send the `version` you saw: 409 if it changed since.
#[utoipa::path(patch, path = "/api/v1/comments/{id}", tag = "comments", request_body = CommentInput,
    params(("id" = String, Path, description = "Comment id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = CommentView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Changed meanwhile"), (status = 422, body = super::ErrorBody)))]
pub async fn patch(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<CommentInput>,
) -> Result<Json<CommentView>, AppError> {
    Ok(Json(
        comments::update(&state, user.as_ref(), &id, &input).await?,
    ))
}

/// Submits a member body's national position (its officer), listing the draft comments seen
/// with their versions: if one changed or was added since, nothing is submitted (409).
#[utoipa::path(post, path = "/api/v1/documents/{id}/comments/submit", tag = "comments", request_body = SubmitCommentsInput,
    params(("id" = String, Path, description = "Document id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = CommentList), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn submit(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<SubmitCommentsInput>,
) -> Result<Json<CommentList>, AppError> {
    Ok(Json(
        comments::submit(&state, user.as_ref(), &id, &input).await?,
    ))
}

/// Records the secretariat's disposition on a submitted comment (committee manager).
#[utoipa::path(put, path = "/api/v1/comments/{id}/disposition", tag = "comments", request_body = DispositionInput,
    params(("id" = String, Path, description = "Comment id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = CommentView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn put_disposition(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<DispositionInput>,
) -> Result<Json<CommentView>, AppError> {
    Ok(Json(
        comments::set_disposition(&state, user.as_ref(), &id, &input).await?,
    ))
}

/// The format of an export.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct ExportParams {
    /// `xlsx`, `docx` or `csv`.
    format: String,
}

/// The compiled comments as a file in the template's eight columns plus the decision:
/// `?format=xlsx`, `?format=docx` (landscape, the header repeated on each page) or
/// `?format=csv`, headings in the caller's language.
#[utoipa::path(get, path = "/api/v1/documents/{id}/comments/export", tag = "comments",
    params(("id" = String, Path, description = "Document id"), ExportParams), security(("bearer" = []), ("session" = [])),
    responses((status = 200, description = "The file"), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<ExportParams>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let format =
        app::server::exports::Format::from_extension(&params.format).ok_or(AppError::NotFound)?;
    let locale = super::caller_locale(user.as_ref(), &headers);
    let download = comments::export(&state, user.as_ref(), &id, locale, format).await?;
    super::download_response(download)
}

/// An uploaded template.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ImportForm {
    /// The filled template: an XLSX workbook (the first sheet with the headings is read) or a
    /// DOCX document (its table with the headings).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// The member body the comments are for (code); left out, the importer's own.
    member_body: Option<String>,
    /// `true`: import the valid rows and report the others; otherwise nothing is imported
    /// while any row is wrong.
    valid_only: Option<bool>,
}

/// Imports a member body's filled template as draft comments of the importer. Each row is
/// checked: with problems the answer is 422 with `problems` (row, column as headed in the
/// file, field, message) and nothing is written, unless `valid_only=true`.
#[utoipa::path(post, path = "/api/v1/documents/{id}/comments/import", tag = "comments",
    request_body(content = ImportForm, content_type = "multipart/form-data"),
    params(("id" = String, Path, description = "Document id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = ImportReport), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Already submitted"),
        (status = 413, body = super::ErrorBody), (status = 422, body = super::ErrorBody, description = "Bad rows, listed in `problems`")))]
pub async fn import(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Result<(StatusCode, Json<serde_json::Value>), AppError> {
    let locale = super::caller_locale(user.as_ref(), request.headers());
    let mut upload = crate::uploads::read(&state, user.as_ref(), request).await?;
    let member_body = upload.fields.get("member_body").cloned();
    let report = comments::import(
        &state,
        user.as_ref(),
        &id,
        member_body.as_deref(),
        upload.file.take(),
        crate::comment_forms::is_on(&upload.field("valid_only")),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(report_json(locale, &report))))
}

/// Imports the secretariat's filled compilation (the XLSX export with the Decision and
/// Observations columns filled in; rows are matched by the Comment ID column). All decisions
/// are recorded, or none while a row is wrong (unless `valid_only=true`).
#[utoipa::path(post, path = "/api/v1/documents/{id}/comments/dispositions/import", tag = "comments",
    request_body(content = ImportForm, content_type = "multipart/form-data"),
    params(("id" = String, Path, description = "Document id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = ImportReport), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 413, body = super::ErrorBody),
        (status = 422, body = super::ErrorBody, description = "Bad rows, listed in `problems`")))]
pub async fn import_dispositions(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Result<Json<serde_json::Value>, AppError> {
    let locale = super::caller_locale(user.as_ref(), request.headers());
    let mut upload = crate::uploads::read(&state, user.as_ref(), request).await?;
    let report = comments::import_dispositions(
        &state,
        user.as_ref(),
        &id,
        upload.file.take(),
        crate::comment_forms::is_on(&upload.field("valid_only")),
    )
    .await?;
    Ok(Json(report_json(locale, &report)))
}

/// An import's report with its problems in the caller's language.
fn report_json(locale: app::domain::locale::Locale, report: &ImportReport) -> serde_json::Value {
    serde_json::json!({
        "rows": report.rows,
        "imported": report.imported,
        "skipped": report.skipped,
        "problems": super::problems_json(locale, &report.problems),
    })
}
