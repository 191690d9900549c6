//! Form routes of comments on drafts (see `forms` for the pattern). Each calls the same
//! operation in `app::server::comments` as the JSON API.

use app::{
    i18n::tkey,
    model::{CommentInput, DispositionInput, Message, SeenComment, SubmitCommentsInput},
    server::{comments, db, session, state::AppState},
};
use axum::{
    body::Body,
    extract::{Path, Request, State},
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
        .route("/documents/{id}/comments", post(create))
        .route("/documents/{id}/comments/submit", post(submit))
        .route("/documents/{id}/comments/import", post(import))
        .route(
            "/documents/{id}/comments/dispositions/import",
            post(import_dispositions),
        )
        .route("/comments/{id}", post(change))
        .route("/comments/{id}/drop", post(drop_comment))
        .route("/comments/{id}/disposition", post(disposition))
}

#[derive(Deserialize)]
struct CommentForm {
    #[serde(default)]
    member_body: String,
    #[serde(default)]
    line: String,
    #[serde(default)]
    clause: String,
    #[serde(default)]
    paragraph: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    proposed_change: String,
    #[serde(default)]
    version: Option<i64>,
}

impl CommentForm {
    fn input(&self) -> CommentInput {
        CommentInput {
            member_body: Some(self.member_body.clone()),
            line: Some(self.line.clone()),
            clause: Some(self.clause.clone()),
            paragraph: Some(self.paragraph.clone()),
            kind: Some(self.kind.clone()),
            comment: Some(self.comment.clone()),
            proposed_change: Some(self.proposed_change.clone()),
            version: self.version,
            dropped: None,
        }
    }

    fn values(self) -> Vec<(&'static str, String)> {
        vec![
            ("line", self.line),
            ("clause", self.clause),
            ("paragraph", self.paragraph),
            ("kind", self.kind),
            ("comment", self.comment),
            ("proposed_change", self.proposed_change),
        ]
    }
}

/// The page of a comment's document.
async fn page_of(state: &AppState, comment_id: &str) -> String {
    match db::comments::find(&state.pool, comment_id).await {
        Ok(Some(c)) => format!("/documents/{}/comments", c.document_id),
        _ => "/".to_string(),
    }
}

async fn create(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<CommentForm>,
) -> Response {
    let back = format!("/documents/{id}/comments");
    let input = form.input();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        comments::create(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-comment-added"),
            format!("{back}#comment-form"),
        ))
    }
    .await;
    let name = format!("comment-{}", form.member_body.to_uppercase());
    finish(&session, &name, result, form.values(), &back).await
}

async fn change(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<CommentForm>,
) -> Response {
    let page = page_of(&state, &id).await;
    let back = format!("{page}?edit={id}");
    let input = form.input();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        comments::update(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(tkey("notice-comment-saved"), &page))
    }
    .await;
    let name = format!("comment-{}", form.member_body.to_uppercase());
    finish(&session, &name, result, form.values(), &back).await
}

#[derive(Deserialize)]
struct DropForm {
    #[serde(default)]
    dropped: String,
    #[serde(default)]
    version: Option<i64>,
}

async fn drop_comment(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<DropForm>,
) -> Response {
    let page = page_of(&state, &id).await;
    let input = CommentInput {
        dropped: Some(form.dropped == "true"),
        version: form.version,
        ..CommentInput::default()
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let comment = comments::update(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            if comment.status == "dropped" {
                tkey("notice-comment-left-out")
            } else {
                tkey("notice-comment-taken-back")
            },
            &page,
        ))
    }
    .await;
    finish(&session, "comments", result, Vec::new(), &page).await
}

#[derive(Deserialize)]
struct SubmitForm {
    #[serde(default)]
    member_body: String,
    /// `id:version,id:version`: the drafts the officer saw.
    #[serde(default)]
    seen: String,
}

async fn submit(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<SubmitForm>,
) -> Response {
    let back = format!("/documents/{id}/comments");
    let input = SubmitCommentsInput {
        member_body: form.member_body.clone(),
        seen: form
            .seen
            .split(',')
            .filter_map(|pair| {
                let (id, version) = pair.split_once(':')?;
                Some(SeenComment {
                    id: id.trim().to_string(),
                    version: version.trim().parse().ok()?,
                })
            })
            .collect(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        comments::submit(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(tkey("notice-comments-submitted"), &back))
    }
    .await;
    let name = format!("submit-{}", form.member_body.to_uppercase());
    finish(&session, &name, result, Vec::new(), &back).await
}

#[derive(Deserialize)]
struct DispositionForm {
    #[serde(default)]
    disposition: String,
    #[serde(default)]
    observations: String,
}

async fn disposition(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<DispositionForm>,
) -> Response {
    let page = page_of(&state, &id).await;
    let input = DispositionInput {
        disposition: form.disposition,
        observations: Some(form.observations),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        comments::set_disposition(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-disposition-recorded"),
            format!("{page}#compiled-title"),
        ))
    }
    .await;
    finish(&session, "disposition", result, Vec::new(), &page).await
}

/// The notice of a finished import: how many rows came in, how many were left out.
pub(crate) fn import_notice(report: &app::model::ImportReport, key: &'static str) -> Message {
    Message::new(key)
        .arg("imported", report.imported.to_string())
        .arg("skipped", report.skipped.to_string())
}

/// `valid_only` as forms and the API send it.
pub(crate) fn is_on(value: &str) -> bool {
    matches!(value.trim(), "true" | "on" | "1")
}

async fn import(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Response {
    let back = format!("/documents/{id}/comments");
    let mut name = "import".to_string();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let mut upload = uploads::read(&state, user.as_ref(), request).await?;
        let member_body = upload.field("member_body");
        name = format!("import-{}", member_body.to_uppercase());
        let report = comments::import(
            &state,
            user.as_ref(),
            &id,
            Some(member_body.as_str()),
            upload.file.take(),
            is_on(&upload.field("valid_only")),
        )
        .await?;
        Ok(Done::saying(
            import_notice(&report, tkey("notice-comments-imported")),
            &back,
        )
        .with_problems(report.problems))
    }
    .await;
    finish(&session, &name, result, Vec::new(), &back).await
}

async fn import_dispositions(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Response {
    let back = format!("/documents/{id}/comments");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let mut upload = uploads::read(&state, user.as_ref(), request).await?;
        let report = comments::import_dispositions(
            &state,
            user.as_ref(),
            &id,
            upload.file.take(),
            is_on(&upload.field("valid_only")),
        )
        .await?;
        Ok(Done::saying(
            import_notice(&report, tkey("notice-dispositions-imported")),
            format!("{back}#compiled-title"),
        )
        .with_problems(report.problems))
    }
    .await;
    finish(&session, "import-dispositions", result, Vec::new(), &back).await
}
