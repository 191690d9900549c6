//! The JSON API under `/api/v1`, described by the OpenAPI document at
//! `/api/v1/openapi.json` (generated from these handlers by utoipa).
//!
//! Handlers are thin: who is asking -> call the operation in `app::server` -> JSON. Errors
//! come back as `{"error": {"code", "message"}, "errors": {"field": ["…"]}}` in the caller's
//! language (see [`render_errors`]).

pub mod accounts;
pub mod audit;
pub mod ballots;
pub mod comments;
pub mod committees;
pub mod dashboard;
pub mod documents;
pub mod meetings;
pub mod member_bodies;
pub mod notifications;

use app::{
    domain::locale::Locale,
    error::AppError,
    i18n,
    model::UserView,
    server::{auth, session, state::AppState},
};
use axum::{
    body::Body,
    extract::{FromRequestParts, Request},
    http::{header, request::Parts},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{delete, get, post},
    Json, Router,
};
use serde_json::json;
use tower_sessions::Session;
use utoipa::OpenApi;

/// The API's routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/auth/login", post(accounts::login))
        .route("/auth/logout", post(accounts::logout))
        .route("/me", get(accounts::me))
        .route("/me/time-zone", axum::routing::put(accounts::put_time_zone))
        .route(
            "/tokens",
            post(accounts::create_token).get(accounts::list_tokens),
        )
        .route("/tokens/{id}", delete(accounts::revoke_token))
        .route("/users", post(accounts::invite))
        .route("/invitations/{token}", post(accounts::accept_invitation))
        .route(
            "/bodies",
            get(accounts::list_bodies).post(member_bodies::create_body),
        )
        .route(
            "/bodies/{acronym}/members/{member_body_code}",
            axum::routing::put(member_bodies::put_body_member),
        )
        .route(
            "/member-bodies",
            get(member_bodies::list).post(member_bodies::create),
        )
        .route("/member-bodies/{code}", get(member_bodies::get))
        .route(
            "/member-bodies/{code}/roles/{user_id}",
            axum::routing::put(member_bodies::put_role).delete(member_bodies::delete_role),
        )
        .route("/bodies/{acronym}", get(committees::get_body))
        .route(
            "/bodies/{acronym}/committees",
            get(committees::list_committees).post(committees::create_committee),
        )
        .route(
            "/committees/{id}",
            get(committees::get).patch(committees::patch),
        )
        .route(
            "/committees/{id}/roles/{user_id}",
            axum::routing::put(committees::put_role).delete(committees::delete_role),
        )
        .route("/me/committees", get(committees::my_committees))
        .route(
            "/committees/{id}/members/{member_body_code}",
            axum::routing::put(committees::put_member).delete(committees::delete_member),
        )
        .route(
            "/committees/{id}/documents",
            get(documents::list)
                .post(documents::create)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            "/documents/{id}",
            get(documents::get).patch(documents::patch),
        )
        .route(
            "/documents/{id}/versions",
            post(documents::add_version).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/documents/{id}/versions/{n}/file", get(documents::file))
        .route(
            "/committees/{id}/projects",
            get(documents::programme).post(documents::create_project),
        )
        .route("/projects/{id}", get(documents::project))
        .route("/projects/{id}/stage", post(documents::move_stage))
        .route("/search", get(documents::search))
        .route(
            "/committees/{id}/ballots",
            get(ballots::list).post(ballots::create),
        )
        .route(
            "/committees/{id}/participation",
            get(ballots::participation),
        )
        .route("/me/ballots-needing-vote", get(ballots::needing_my_vote))
        .route("/ballots/{id}/late-votes", post(ballots::late_vote))
        .route(
            "/documents/{id}/comments",
            get(comments::list).post(comments::create),
        )
        .route("/documents/{id}/comments/submit", post(comments::submit))
        .route("/documents/{id}/comments/export", get(comments::export))
        .route("/documents/{id}/comments/import", post(comments::import))
        .route(
            "/documents/{id}/comments/dispositions/import",
            post(comments::import_dispositions),
        )
        .route(
            "/committees/{id}/meetings",
            get(meetings::list).post(meetings::create),
        )
        .route(
            "/committees/{id}/calendar",
            get(meetings::committee_calendar),
        )
        .route("/me/calendar", get(meetings::my_calendar))
        .route("/audit", get(audit::all))
        .route("/committees/{id}/audit", get(audit::committee))
        .route("/me/dashboard", get(dashboard::get))
        .route("/me/notifications", get(notifications::list))
        .route("/me/notifications/read", post(notifications::mark_read))
        .route(
            "/me/notification-settings",
            get(notifications::settings).put(notifications::put_settings),
        )
        .route("/meetings/{id}", get(meetings::get).put(meetings::put))
        .route("/meetings/{id}/cancel", post(meetings::cancel))
        .route(
            "/meetings/{id}/agenda",
            axum::routing::put(meetings::put_agenda),
        )
        .route("/meetings/{id}/agenda/publish", post(meetings::publish))
        .route("/meetings/{id}/registrations", post(meetings::register))
        .route(
            "/meetings/{id}/registrations/{registration}/attendance",
            axum::routing::put(meetings::put_attendance),
        )
        .route(
            "/meetings/{id}/registration",
            axum::routing::put(meetings::put_registration),
        )
        .route(
            "/meetings/{id}/registrations/{registration}/invitation",
            get(meetings::invitation),
        )
        .route(
            "/meetings/{id}/minutes",
            axum::routing::put(meetings::put_minutes),
        )
        .route("/meetings/{id}/resolutions", post(meetings::add_resolution))
        .route("/{kind}/{id}/status", post(meetings::post_status))
        .route("/{kind}/{id}/correction", post(meetings::post_correction))
        .route("/comments/{id}", axum::routing::patch(comments::patch))
        .route(
            "/comments/{id}/disposition",
            axum::routing::put(comments::put_disposition),
        )
        .route(
            "/bodies/{acronym}/rules",
            get(ballots::get_rules).put(ballots::put_rules),
        )
        .route("/ballots/{id}/result/export", get(ballots::export))
        .route("/ballots/{id}", get(ballots::get).patch(ballots::patch))
        .route("/ballots/{id}/cancel", post(ballots::cancel))
        .route(
            "/ballots/{id}/votes/{member_body_code}",
            axum::routing::put(ballots::put_vote),
        )
        .route("/ballots/{id}/votes", get(ballots::votes))
        .route("/ballots/{id}/result", get(ballots::result))
        .route("/ballots/{id}/close", post(ballots::close))
        .route("/ballots/{id}/open", post(ballots::open))
        .fallback(|| async { AppError::NotFound })
        .layer(middleware::from_fn(render_errors))
}

/// The OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(title = "Comity API", description = "The JSON API of Comity, a portal for standards committees."),
    paths(
        accounts::login, accounts::logout, accounts::me, accounts::put_time_zone, accounts::create_token, accounts::list_tokens,
        accounts::revoke_token, accounts::invite, accounts::accept_invitation, accounts::list_bodies,
        committees::get, committees::put_member, committees::delete_member, committees::get_body,
        committees::list_committees, committees::create_committee, committees::put_role, committees::delete_role,
        committees::my_committees, member_bodies::list, member_bodies::create, member_bodies::get, member_bodies::put_role, member_bodies::delete_role, committees::patch,
        member_bodies::create_body, member_bodies::put_body_member,
        documents::create, documents::list, documents::get, documents::patch, documents::add_version, documents::file,
        documents::programme, documents::create_project, documents::project, documents::move_stage, documents::search,
        ballots::create, ballots::get, ballots::put_vote, ballots::votes, ballots::result, ballots::close, ballots::open, ballots::cancel, ballots::patch,
        ballots::list, ballots::needing_my_vote, ballots::participation, ballots::late_vote, ballots::export, ballots::get_rules, ballots::put_rules,
        comments::list, comments::create, comments::patch, comments::submit, comments::put_disposition, comments::export,
        comments::import, comments::import_dispositions,
        meetings::list, meetings::create, meetings::get, meetings::put_agenda, meetings::publish, meetings::register,
        meetings::put_attendance, meetings::put_registration, meetings::committee_calendar, meetings::my_calendar,
        meetings::put_minutes, meetings::add_resolution, meetings::post_status, meetings::post_correction,
        meetings::invitation, meetings::put, meetings::cancel,
        notifications::list, notifications::mark_read, notifications::settings, notifications::put_settings, audit::all, audit::committee, dashboard::get,
    ),
    components(schemas(ErrorBody)),
    modifiers(&SecurityAddon),
    tags((name = "accounts", description = "Sign-in, tokens, invitations"), (name = "bodies", description = "Standards bodies"), (name = "committees", description = "Committees, their members and roles"), (name = "member bodies", description = "National standards bodies and their people"), (name = "documents", description = "The document register of each committee, versions, files and search"), (name = "work programme", description = "Projects and their stages"), (name = "ballots", description = "Ballots, votes, results and participation"), (name = "comments", description = "Comments on drafts in the 8-column template"), (name = "meetings", description = "Meetings, agendas, registrations, attendance and calendar feeds"), (name = "notifications", description = "The caller's notifications in the portal"), (name = "audit", description = "The hash-chained audit trail"))
)]
pub struct ApiDoc;

struct SecurityAddon;

impl utoipa::Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("comity_session"))),
        );
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The shape of every error answer.
#[derive(utoipa::ToSchema, serde::Serialize)]
pub struct ErrorBody {
    /// `{"code": "error-…", "message": "…"}`: a stable code and a sentence in the caller's language.
    pub error: serde_json::Value,
    /// For 422: the messages per field.
    #[schema(value_type = Object, required = false)]
    pub errors: Option<serde_json::Value>,
    /// For a 422 on an imported file: every bad row, `{"row": 12, "column": "Type of comment",
    /// "field": "kind", "code": "error-…", "message": "…"}` (`row` null for the whole file).
    #[schema(value_type = Vec<Object>, required = false)]
    pub problems: Option<serde_json::Value>,
}

/// The language of an API request: the language cookie, else `Accept-Language`, else English.
pub(crate) fn request_locale(headers: &axum::http::HeaderMap) -> Locale {
    let cookies = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok());
    Locale::from_headers(
        cookies,
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// The language of a caller's exports: their own setting, else the request's language.
pub(crate) fn caller_locale(user: Option<&UserView>, headers: &axum::http::HeaderMap) -> Locale {
    user.and_then(|u| u.locale)
        .unwrap_or_else(|| request_locale(headers))
}

/// A JSON request body; a malformed one is a 422 on the field `body`, in our error shape.
pub struct ApiJson<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request<Body>, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => {
                tracing::info!(%rejection, "malformed JSON body");
                Err(AppError::invalid(
                    "body",
                    app::model::Message::new("error-body-invalid"),
                ))
            }
        }
    }
}

/// Turns an [`AppError`] left in a response into the JSON error body, translated.
async fn render_errors(request: Request<Body>, next: Next) -> Response {
    let locale = request_locale(request.headers());
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<AppError>().cloned() else {
        return response;
    };
    let message = error.message();
    let mut body = json!({ "error": { "code": message.key, "message": i18n::translate_args(locale, &message.key, &message.args) } });
    if let AppError::Invalid(fields) = &error {
        let mut map = serde_json::Map::new();
        for (field, message) in &fields.0 {
            let entry = map.entry(field.clone()).or_insert_with(|| json!([]));
            if let Some(list) = entry.as_array_mut() {
                list.push(json!(i18n::translate_args(
                    locale,
                    &message.key,
                    &message.args
                )));
            }
        }
        body["errors"] = serde_json::Value::Object(map);
    }
    if let AppError::Rows(problems) = &error {
        body["problems"] = problems_json(locale, problems);
    }
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    (parts, Json(body)).into_response()
}

/// Problems of an imported file, in the caller's language.
pub fn problems_json(
    locale: app::domain::locale::Locale,
    problems: &[app::model::RowProblem],
) -> serde_json::Value {
    problems
        .iter()
        .map(|p| {
            json!({
                "row": p.row,
                "column": p.column,
                "field": p.field,
                "code": p.message.key,
                "message": i18n::translate_args(locale, &p.message.key, &p.message.args),
            })
        })
        .collect()
}

/// The person making an API request: a bearer token wins; else the session cookie.
/// An `Authorization` header with a token that is unknown or revoked is refused with 401.
pub struct ApiUser(pub Option<UserView>);

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or(AppError::Unauthenticated)?;
            return match auth::bearer_user(state, token.trim()).await? {
                Some(user) => Ok(ApiUser(Some(user))),
                None => Err(AppError::Unauthenticated),
            };
        }
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::Internal)?;
        Ok(ApiUser(session::session_user(state, &session).await?))
    }
}

/// A generated file (an export) as a download.
pub(crate) fn download_response(
    download: app::server::exports::Download,
) -> Result<Response, AppError> {
    let value = |v: &str| axum::http::HeaderValue::from_str(v).map_err(|_| AppError::Internal);
    Ok((
        [
            (header::CONTENT_TYPE, value(download.content_type)?),
            (
                header::CONTENT_DISPOSITION,
                value(&documents::content_disposition(&download.file_name))?,
            ),
            (
                header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("private, no-cache"),
            ),
        ],
        download.bytes,
    )
        .into_response())
}
