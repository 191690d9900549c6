//! `/api/v1` for the document register, the work programme and search.

use app::{
    error::AppError,
    model::{
        DocumentChangesInput, DocumentList, DocumentView, ProjectInput, ProjectSummary,
        ProjectView, SearchResults, StageMoveInput, WorkProgramme,
    },
    server::{
        documents::{self, ListParams},
        projects,
        state::AppState,
    },
};
use axum::{
    body::Body,
    extract::{Path, Query, Request, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;

use super::{ApiJson, ApiUser};
use crate::uploads;

/// The multipart form of a new document (for the OpenAPI document).
#[derive(utoipa::ToSchema)]
#[expect(
    dead_code,
    reason = "describes the multipart body; the handler reads it field by field"
)]
pub struct NewDocumentForm {
    /// The file (PDF, DOCX, XLSX, ODT, ODS, ZIP, TXT, PNG or JPEG; at most the portal's limit, 50 MB by default).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// Title (English, the reference text).
    title: String,
    /// Title in French (optional).
    title_fr: Option<String>,
    /// Title in Arabic (optional).
    title_ar: Option<String>,
    /// `working_draft`, `committee_draft`, `enquiry_draft`, `final_draft`, `agenda`, `minutes`,
    /// `resolutions`, `report`, `compiled_comments` or `other`.
    kind: String,
    /// A project of the committee to attach it to.
    project_id: Option<String>,
    /// `published` (default: circulated at once) or `draft` (to be notified: officers only).
    status: Option<String>,
    /// `true` to make it readable by anyone.
    public: Option<bool>,
}

/// A new version's multipart form.
#[derive(utoipa::ToSchema)]
#[expect(
    dead_code,
    reason = "describes the multipart body; the handler reads it field by field"
)]
pub struct NewVersionForm {
    /// The file.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// Registers a document with its first version (committee manager, convenor, body administrators).
/// The answer carries its register number, e.g. `"number": "ARSO/TC 70 N 123"`.
#[utoipa::path(post, path = "/api/v1/committees/{id}/documents", tag = "documents",
    request_body(content = NewDocumentForm, content_type = "multipart/form-data"),
    params(("id" = String, Path, description = "Committee id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = DocumentView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "The committee is disbanded"),
        (status = 413, body = super::ErrorBody, description = "The file is larger than the limit"), (status = 422, body = super::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Result<(StatusCode, Json<DocumentView>), AppError> {
    let mut upload = uploads::read(&state, user.as_ref(), request).await?;
    let input = upload.new_document();
    let view = documents::register(&state, user.as_ref(), &id, input, upload.file.take()).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// A committee's register, one page at a time: everything for its officers, circulated and
/// public documents for its members, public documents for anyone else.
#[utoipa::path(get, path = "/api/v1/committees/{id}/documents", tag = "documents",
    params(("id" = String, Path, description = "Committee id"), ListParams),
    responses((status = 200, body = DocumentList), (status = 404, body = super::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Json<DocumentList>, AppError> {
    Ok(Json(
        documents::list(&state, user.as_ref(), &id, &params).await?,
    ))
}

/// A document and its versions.
#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "documents", params(("id" = String, Path, description = "Document id")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = DocumentView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<DocumentView>, AppError> {
    Ok(Json(documents::view(&state, user.as_ref(), &id).await?))
}

/// Changes a document: title, kind, status (`published` circulates it), public flag, project.
#[utoipa::path(patch, path = "/api/v1/documents/{id}", tag = "documents", request_body = DocumentChangesInput,
    params(("id" = String, Path, description = "Document id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = DocumentView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn patch(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(changes): ApiJson<DocumentChangesInput>,
) -> Result<Json<DocumentView>, AppError> {
    Ok(Json(
        documents::update(&state, user.as_ref(), &id, &changes).await?,
    ))
}

/// Adds a version (numbered from 1) to a document.
#[utoipa::path(post, path = "/api/v1/documents/{id}/versions", tag = "documents",
    request_body(content = NewVersionForm, content_type = "multipart/form-data"),
    params(("id" = String, Path, description = "Document id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = DocumentView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 413, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn add_version(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Result<(StatusCode, Json<DocumentView>), AppError> {
    let mut upload = uploads::read(&state, user.as_ref(), request).await?;
    let view = documents::add_version(&state, user.as_ref(), &id, upload.file.take()).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// The file of one version, as uploaded (streamed from the database).
#[utoipa::path(get, path = "/api/v1/documents/{id}/versions/{n}/file", tag = "documents",
    params(("id" = String, Path, description = "Document id"), ("n" = i64, Path, description = "Version, from 1")),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"), (status = 401, body = super::ErrorBody),
        (status = 403, body = super::ErrorBody), (status = 404, body = super::ErrorBody)))]
pub async fn file(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, version)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let download = documents::download(&state, user.as_ref(), &id, version).await?;
    let body = Body::from_stream(documents::chunks(&state, &download));
    let mut response = body.into_response();
    let headers = response.headers_mut();
    let value = |v: &str| HeaderValue::from_str(v).map_err(|_| AppError::Internal);
    headers.insert(header::CONTENT_TYPE, value(&download.content_type)?);
    headers.insert(header::CONTENT_LENGTH, value(&download.size.to_string())?);
    headers.insert(
        header::CONTENT_DISPOSITION,
        value(&content_disposition(&download.file_name))?,
    );
    headers.insert(header::ETAG, value(&format!("\"{}\"", download.sha256))?);
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // The bytes go out as stored: no compression layer re-encodes a file people checksum.
    headers.insert(
        header::CONTENT_ENCODING,
        HeaderValue::from_static("identity"),
    );
    Ok(response)
}

/// `attachment` with the original name: an ASCII fallback and the exact UTF-8 name (RFC 6266).
pub(crate) fn content_disposition(file_name: &str) -> String {
    let fallback: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

/// A committee's work programme.
#[utoipa::path(get, path = "/api/v1/committees/{id}/projects", tag = "work programme",
    params(("id" = String, Path, description = "Committee id")),
    responses((status = 200, body = WorkProgramme), (status = 404, body = super::ErrorBody)))]
pub async fn programme(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<WorkProgramme>, AppError> {
    Ok(Json(projects::programme(&state, user.as_ref(), &id).await?))
}

/// Registers a project (committee manager, convenor, body administrators).
#[utoipa::path(post, path = "/api/v1/committees/{id}/projects", tag = "work programme", request_body = ProjectInput,
    params(("id" = String, Path, description = "Committee id")), security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = ProjectSummary), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody), (status = 422, body = super::ErrorBody)))]
pub async fn create_project(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ProjectInput>,
) -> Result<(StatusCode, Json<ProjectSummary>), AppError> {
    let project = projects::create(&state, user.as_ref(), &id, &input).await?;
    Ok((StatusCode::CREATED, Json(project)))
}

/// A project with its stage history and documents.
#[utoipa::path(get, path = "/api/v1/projects/{id}", tag = "work programme", params(("id" = String, Path, description = "Project id")),
    responses((status = 200, body = ProjectView), (status = 404, body = super::ErrorBody)))]
pub async fn project(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> Result<Json<ProjectView>, AppError> {
    Ok(Json(projects::view(&state, user.as_ref(), &id).await?))
}

/// Moves a project to another stage (only where the stage model allows), with the reason.
#[utoipa::path(post, path = "/api/v1/projects/{id}/stage", tag = "work programme", request_body = StageMoveInput,
    params(("id" = String, Path, description = "Project id")), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = ProjectView), (status = 401, body = super::ErrorBody), (status = 403, body = super::ErrorBody),
        (status = 404, body = super::ErrorBody), (status = 409, body = super::ErrorBody, description = "Moved by someone else meanwhile"),
        (status = 422, body = super::ErrorBody, description = "Not a move the stage model allows")))]
pub async fn move_stage(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<StageMoveInput>,
) -> Result<Json<ProjectView>, AppError> {
    Ok(Json(
        projects::move_stage(&state, user.as_ref(), &id, &input).await?,
    ))
}

/// Search words.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct SearchParams {
    /// Words that must all appear in the title or the text.
    #[serde(default)]
    pub q: String,
    /// Page, from 1.
    pub page: Option<i64>,
}

/// Full-text search over the titles and texts of the documents the person may read.
#[utoipa::path(get, path = "/api/v1/search", tag = "documents", params(SearchParams),
    responses((status = 200, body = SearchResults)))]
pub async fn search(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResults>, AppError> {
    Ok(Json(
        documents::search(&state, user.as_ref(), &params.q, params.page.unwrap_or(1)).await?,
    ))
}

#[cfg(test)]
mod tests {
    use super::content_disposition;

    #[test]
    fn file_names_survive_the_header() {
        assert_eq!(
            content_disposition("Draft \"A\".pdf"),
            "attachment; filename=\"Draft _A_.pdf\"; filename*=UTF-8''Draft%20%22A%22.pdf"
        );
        assert_eq!(
            content_disposition("مسودة.pdf"),
            "attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D9%85%D8%B3%D9%88%D8%AF%D8%A9.pdf"
        );
    }
}
