//! Form routes of meetings (see `forms` for the pattern). Each calls the same operation in
//! `app::server::meetings` as the JSON API.

use app::{
    i18n::tkey,
    model::{AgendaItemInput, MeetingInput, PublishInput, RegistrationInput},
    server::{meetings, session, state::AppState},
};
use axum::{
    extract::{Path, State},
    response::Response,
    routing::post,
    Form, Router,
};
use serde::Deserialize;
use tower_sessions::Session;

use crate::forms::{finish, Done};

/// The routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/committees/{id}/meetings", post(schedule))
        .route("/meetings/{id}/agenda/items", post(add_item))
        .route(
            "/meetings/{id}/agenda/items/{item}/remove",
            post(remove_item),
        )
        .route("/meetings/{id}/agenda/publish", post(publish))
        .route("/meetings/{id}/registrations", post(register))
        .route(
            "/meetings/{id}/registrations/{registration}/attendance",
            post(attendance),
        )
        .route("/meetings/{id}/registration", post(reopen))
}

#[derive(Deserialize)]
struct ScheduleForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    venue: String,
    #[serde(default)]
    join_url: String,
    #[serde(default)]
    host: String,
    #[serde(default)]
    registration_deadline: String,
}

async fn schedule(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ScheduleForm>,
) -> Response {
    let back = format!("/committees/{id}/meetings");
    let input = MeetingInput {
        title: form.title.clone(),
        kind: form.kind.clone(),
        mode: form.mode.clone(),
        time_zone: Some(form.time_zone.clone()),
        starts_at: form.starts_at.clone(),
        ends_at: form.ends_at.clone(),
        venue: form.venue.clone(),
        join_url: form.join_url.clone(),
        host: Some(form.host.clone()),
        registration_deadline: Some(form.registration_deadline.clone()),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let meeting = meetings::schedule(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-meeting-scheduled"),
            format!("/meetings/{}", meeting.id),
        ))
    }
    .await;
    let values = vec![
        ("title", form.title),
        ("kind", form.kind),
        ("mode", form.mode),
        ("time_zone", form.time_zone),
        ("starts_at", form.starts_at),
        ("ends_at", form.ends_at),
        ("venue", form.venue),
        ("join_url", form.join_url),
        ("host", form.host),
        ("registration_deadline", form.registration_deadline),
    ];
    finish(&session, "meeting", result, values, &back).await
}

#[derive(Deserialize)]
struct ItemForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    document: String,
    #[serde(default)]
    sub_item: String,
}

async fn add_item(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ItemForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let item = AgendaItemInput {
        id: None,
        level: u8::from(form.sub_item == "true"),
        title: form.title.clone(),
        description: form.description.clone(),
        outcome: form.outcome.clone(),
        documents: Some(form.document.trim().to_string())
            .filter(|d| !d.is_empty())
            .into_iter()
            .collect(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::add_item(&state, user.as_ref(), &id, item).await?;
        Ok(Done::to(
            tkey("notice-agenda-item-added"),
            format!("{back}#draft-title"),
        ))
    }
    .await;
    let values = vec![
        ("title", form.title),
        ("description", form.description),
        ("outcome", form.outcome),
        ("document", form.document),
    ];
    finish(&session, "agenda", result, values, &back).await
}

async fn remove_item(
    State(state): State<AppState>,
    session: Session,
    Path((id, item)): Path<(String, String)>,
) -> Response {
    let back = format!("/meetings/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::remove_item(&state, user.as_ref(), &id, &item).await?;
        Ok(Done::to(
            tkey("notice-agenda-item-removed"),
            format!("{back}#draft-title"),
        ))
    }
    .await;
    finish(&session, "agenda", result, Vec::new(), &back).await
}

#[derive(Deserialize)]
struct PublishForm {
    #[serde(default)]
    confirm_late: String,
}

async fn publish(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<PublishForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let input = PublishInput {
        confirm_late: form.confirm_late == "true",
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let locale = user.as_ref().and_then(|u| u.locale).unwrap_or_default();
        meetings::publish(&state, user.as_ref(), &id, &input, locale).await?;
        Ok(Done::to(tkey("notice-agenda-published"), &back))
    }
    .await;
    finish(&session, "publish", result, Vec::new(), &back).await
}

#[derive(Deserialize)]
struct RegistrationForm {
    /// `CODE|user id`.
    #[serde(default)]
    delegate: String,
    #[serde(default)]
    participation: String,
    #[serde(default)]
    head_of_delegation: String,
}

async fn register(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<RegistrationForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let (member_body, user_id) = form.delegate.split_once('|').unwrap_or_default();
    let input = RegistrationInput {
        member_body: member_body.to_string(),
        user_id: user_id.to_string(),
        head_of_delegation: form.head_of_delegation == "true",
        participation: form.participation.clone(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::register(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-delegate-registered"),
            format!("{back}#registrations-title"),
        ))
    }
    .await;
    finish(&session, "registration", result, Vec::new(), &back).await
}

#[derive(Deserialize)]
struct AttendanceForm {
    #[serde(default)]
    attended: String,
}

async fn attendance(
    State(state): State<AppState>,
    session: Session,
    Path((id, registration)): Path<(String, String)>,
    Form(form): Form<AttendanceForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::set_attendance(
            &state,
            user.as_ref(),
            &id,
            &registration,
            form.attended == "true",
        )
        .await?;
        Ok(Done::to(
            tkey("notice-attendance-marked"),
            format!("{back}#registrations-title"),
        ))
    }
    .await;
    finish(&session, "registration", result, Vec::new(), &back).await
}

#[derive(Deserialize)]
struct ReopenForm {
    #[serde(default)]
    reopened: String,
}

async fn reopen(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ReopenForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::reopen_registration(&state, user.as_ref(), &id, form.reopened == "true").await?;
        Ok(Done::to(
            tkey("notice-registration-reopened"),
            format!("{back}#registrations-title"),
        ))
    }
    .await;
    finish(&session, "registration", result, Vec::new(), &back).await
}
