//! Form routes of the document register and the work programme (see `forms` for the pattern:
//! post, then redirect; on failure the messages and typed values go back in a flash). Uploads
//! are `multipart/form-data`, read by `uploads` with the size limit, like the JSON API.

use app::{
    i18n::tkey,
    model::{DocumentChangesInput, ProjectInput, StageMoveInput},
    server::{documents, projects, session, state::AppState},
};
use axum::{
    body::Body,
    extract::{DefaultBodyLimit, Path, Request, State},
    response::Response,
    routing::post,
    Form, Router,
};
use serde::Deserialize;
use tower_sessions::Session;

use crate::{
    forms::{finish, Done},
    uploads,
};

/// The routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/committees/{id}/documents",
            post(register).layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/documents/{id}/versions",
            post(add_version).layer(DefaultBodyLimit::disable()),
        )
        .route("/documents/{id}", post(change))
        .route("/committees/{id}/projects", post(create_project))
        .route("/projects/{id}/stage", post(move_stage))
}

async fn register(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Response {
    let back = format!("/committees/{id}/documents");
    let mut values = Vec::new();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let mut upload = uploads::read(&state, user.as_ref(), request).await?;
        values = [
            "title",
            "title_fr",
            "title_ar",
            "kind",
            "project_id",
            "status",
            "public",
        ]
        .into_iter()
        .map(|f| (f, upload.field(f)))
        .collect();
        let input = upload.new_document();
        let view =
            documents::register(&state, user.as_ref(), &id, input, upload.file.take()).await?;
        Ok(Done::to(
            tkey("notice-document-registered"),
            format!("/documents/{}", view.document.id),
        ))
    }
    .await;
    finish(&session, "upload", result, values, &back).await
}

async fn add_version(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Response {
    let back = format!("/documents/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let mut upload = uploads::read(&state, user.as_ref(), request).await?;
        documents::add_version(&state, user.as_ref(), &id, upload.file.take()).await?;
        Ok(Done::to(tkey("notice-version-added"), &back))
    }
    .await;
    finish(&session, "version", result, Vec::new(), &back).await
}

#[derive(Deserialize)]
struct DocumentForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_ar: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    public: Option<String>,
    #[serde(default)]
    project_id: String,
}

async fn change(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<DocumentForm>,
) -> Response {
    let back = format!("/documents/{id}");
    let changes = DocumentChangesInput {
        title: Some(form.title.clone()),
        title_fr: Some(form.title_fr.clone()),
        title_ar: Some(form.title_ar.clone()),
        kind: Some(form.kind.clone()),
        status: Some(form.status.clone()),
        // An unticked checkbox is not sent at all.
        public: Some(form.public.as_deref() == Some("true")),
        project_id: Some(form.project_id.clone()),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        documents::update(&state, user.as_ref(), &id, &changes).await?;
        Ok(Done::to(tkey("notice-document-updated"), &back))
    }
    .await;
    let values = vec![
        ("title", form.title),
        ("title_fr", form.title_fr),
        ("title_ar", form.title_ar),
        ("kind", form.kind),
        ("status", form.status),
        ("project_id", form.project_id),
    ];
    finish(&session, "document", result, values, &back).await
}

#[derive(Deserialize)]
struct ProjectForm {
    #[serde(default)]
    reference: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_ar: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    target_date: String,
}

async fn create_project(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ProjectForm>,
) -> Response {
    let back = format!("/committees/{id}/projects");
    let input = ProjectInput {
        reference: Some(form.reference.clone()),
        title: form.title.clone(),
        title_fr: Some(form.title_fr.clone()),
        title_ar: Some(form.title_ar.clone()),
        stage: Some(form.stage.clone()),
        target_date: Some(form.target_date.clone()),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let project = projects::create(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-project-registered"),
            format!("/projects/{}", project.id),
        ))
    }
    .await;
    let values = vec![
        ("reference", form.reference),
        ("title", form.title),
        ("title_fr", form.title_fr),
        ("title_ar", form.title_ar),
        ("stage", form.stage),
        ("target_date", form.target_date),
    ];
    finish(&session, "project", result, values, &back).await
}

#[derive(Deserialize)]
struct StageForm {
    #[serde(default)]
    stage: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    target_date: String,
}

async fn move_stage(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<StageForm>,
) -> Response {
    let back = format!("/projects/{id}");
    let input = StageMoveInput {
        stage: form.stage.clone(),
        reason: Some(form.reason.clone()),
        target_date: Some(form.target_date.clone()),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        projects::move_stage(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(tkey("notice-project-moved"), &back))
    }
    .await;
    let values = vec![
        ("stage", form.stage),
        ("reason", form.reason),
        ("target_date", form.target_date),
    ];
    finish(&session, "stage", result, values, &back).await
}
