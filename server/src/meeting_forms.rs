//! Form routes of meetings (see `forms` for the pattern). Each calls the same operation in
//! `app::server::meetings` as the JSON API.

use app::{
    i18n::tkey,
    model::{
        AgendaItemInput, MeetingInput, PublishInput, RecordInput, RecordTranslations,
        RegistrationInput,
    },
    server::{
        db::{self, meetings::Record},
        meeting_records, meetings, session,
        state::AppState,
    },
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
        .route("/meetings/{id}/agenda/items/{item}", post(edit_item))
        .route("/meetings/{id}/agenda/items/{item}/move", post(move_item))
        .route("/meetings/{id}/agenda/publish", post(publish))
        .route("/meetings/{id}/reschedule", post(reschedule))
        .route("/meetings/{id}/registrations", post(register))
        .route(
            "/meetings/{id}/registrations/{registration}/attendance",
            post(attendance),
        )
        .route("/meetings/{id}/registration", post(reopen))
        .route("/meetings/{id}/cancel", post(cancel))
        .route("/meetings/{id}/minutes", post(write_minutes))
        .route("/meetings/{id}/resolutions", post(add_resolution))
        .route("/minutes/{id}/status", post(minutes_status))
        .route("/resolutions/{id}/status", post(resolution_status))
        .route("/minutes/{id}/correction", post(minutes_correction))
        .route("/resolutions/{id}/correction", post(resolution_correction))
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

impl ScheduleForm {
    fn input(&self) -> MeetingInput {
        MeetingInput {
            title: self.title.clone(),
            kind: self.kind.clone(),
            mode: self.mode.clone(),
            time_zone: Some(self.time_zone.clone()),
            starts_at: self.starts_at.clone(),
            ends_at: self.ends_at.clone(),
            venue: self.venue.clone(),
            join_url: self.join_url.clone(),
            host: Some(self.host.clone()),
            registration_deadline: Some(self.registration_deadline.clone()),
        }
    }

    /// What was typed, for the form shown again after a refusal.
    fn values(self) -> Vec<(&'static str, String)> {
        vec![
            ("title", self.title),
            ("kind", self.kind),
            ("mode", self.mode),
            ("time_zone", self.time_zone),
            ("starts_at", self.starts_at),
            ("ends_at", self.ends_at),
            ("venue", self.venue),
            ("join_url", self.join_url),
            ("host", self.host),
            ("registration_deadline", self.registration_deadline),
        ]
    }
}

async fn schedule(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ScheduleForm>,
) -> Response {
    let back = format!("/committees/{id}/meetings");
    let input = form.input();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let meeting = meetings::schedule(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-meeting-scheduled"),
            format!("/meetings/{}", meeting.id),
        ))
    }
    .await;
    finish(&session, "meeting", result, form.values(), &back).await
}

/// The same form on the meeting's page: a new date, place or link (same calendar event).
async fn reschedule(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ScheduleForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let input = form.input();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::reschedule(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(tkey("notice-meeting-rescheduled"), &back))
    }
    .await;
    finish(
        &session,
        "reschedule",
        result,
        form.values(),
        &format!("{back}#reschedule-title"),
    )
    .await
}

#[derive(Deserialize)]
struct ItemForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_ar: String,
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
        title_fr: Some(form.title_fr.clone()),
        title_ar: Some(form.title_ar.clone()),
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
        ("title_fr", form.title_fr),
        ("title_ar", form.title_ar),
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
struct MoveForm {
    #[serde(default)]
    direction: String,
}

async fn move_item(
    State(state): State<AppState>,
    session: Session,
    Path((id, item)): Path<(String, String)>,
    Form(form): Form<MoveForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::move_item(&state, user.as_ref(), &id, &item, form.direction == "up").await?;
        Ok(Done::to(
            tkey("notice-agenda-item-moved"),
            format!("{back}#item-{item}"),
        ))
    }
    .await;
    finish(&session, "agenda", result, Vec::new(), &back).await
}

async fn edit_item(
    State(state): State<AppState>,
    session: Session,
    Path((id, item)): Path<(String, String)>,
    Form(form): Form<ItemForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let change = AgendaItemInput {
        title: form.title.clone(),
        title_fr: Some(form.title_fr.clone()),
        title_ar: Some(form.title_ar.clone()),
        description: form.description.clone(),
        outcome: form.outcome.clone(),
        ..AgendaItemInput::default()
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::edit_item(&state, user.as_ref(), &id, &item, &change).await?;
        Ok(Done::to(
            tkey("notice-agenda-item-changed"),
            format!("{back}#item-{item}"),
        ))
    }
    .await;
    let values = vec![
        ("title", form.title),
        ("description", form.description),
        ("outcome", form.outcome),
    ];
    let form_name = format!("agenda-item:{item}");
    finish(
        &session,
        &form_name,
        result,
        values,
        &format!("{back}#item-{item}"),
    )
    .await
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

#[derive(Deserialize)]
struct MinutesForm {
    #[serde(default)]
    body: String,
}

async fn write_minutes(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<MinutesForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let input = RecordInput {
        body: form.body.clone(),
        ..RecordInput::default()
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meeting_records::write_minutes(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-minutes-saved"),
            format!("{back}#minutes-title"),
        ))
    }
    .await;
    finish(
        &session,
        "records",
        result,
        vec![("body", form.body)],
        &back,
    )
    .await
}

#[derive(Deserialize)]
struct ResolutionForm {
    #[serde(default)]
    resolution_title: String,
    #[serde(default)]
    resolution_text: String,
    #[serde(default)]
    resolution_title_fr: String,
    #[serde(default)]
    resolution_title_ar: String,
    #[serde(default)]
    resolution_text_fr: String,
    #[serde(default)]
    resolution_text_ar: String,
    #[serde(default)]
    agenda_item: String,
    #[serde(default)]
    ballot_id: String,
}

async fn add_resolution(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ResolutionForm>,
) -> Response {
    let back = format!("/meetings/{id}");
    let input = RecordInput {
        title: form.resolution_title.clone(),
        body: form.resolution_text.clone(),
        translations: RecordTranslations {
            title_fr: Some(form.resolution_title_fr.clone()),
            title_ar: Some(form.resolution_title_ar.clone()),
            body_fr: Some(form.resolution_text_fr.clone()),
            body_ar: Some(form.resolution_text_ar.clone()),
        },
        agenda_item: Some(form.agenda_item.clone()),
        ballot_id: Some(form.ballot_id.trim().to_string()).filter(|b| !b.is_empty()),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let reference = meeting_records::add_resolution(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::saying(
            app::model::Message::new(tkey("notice-resolution-added")).arg("reference", reference),
            format!("{back}#resolutions-title"),
        ))
    }
    .await;
    let values = vec![
        ("resolution_title", form.resolution_title),
        ("resolution_text", form.resolution_text),
        ("resolution_title_fr", form.resolution_title_fr),
        ("resolution_title_ar", form.resolution_title_ar),
        ("resolution_text_fr", form.resolution_text_fr),
        ("resolution_text_ar", form.resolution_text_ar),
        ("agenda_item", form.agenda_item),
        ("ballot_id", form.ballot_id),
    ];
    finish(&session, "records", result, values, &back).await
}

#[derive(Deserialize)]
struct StatusForm {
    #[serde(default)]
    status: String,
}

/// The meeting page of a record (for redirects).
async fn meeting_page(state: &AppState, kind: Record, id: &str) -> String {
    match db::meetings::record(&state.pool, kind, id).await {
        Ok(Some((_, meeting))) => format!("/meetings/{meeting}"),
        _ => "/".to_string(),
    }
}

async fn record_status(
    state: AppState,
    session: Session,
    kind: Record,
    id: String,
    to: String,
) -> Response {
    let back = meeting_page(&state, kind, &id).await;
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meeting_records::advance(&state, user.as_ref(), kind, &id, &to).await?;
        Ok(Done::to(
            tkey("notice-record-moved"),
            format!("{back}#minutes-title"),
        ))
    }
    .await;
    finish(&session, "records", result, Vec::new(), &back).await
}

async fn minutes_status(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<StatusForm>,
) -> Response {
    record_status(state, session, Record::Minutes, id, form.status).await
}

async fn resolution_status(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<StatusForm>,
) -> Response {
    record_status(state, session, Record::Resolution, id, form.status).await
}

async fn record_correction(
    state: AppState,
    session: Session,
    kind: Record,
    id: String,
) -> Response {
    let back = meeting_page(&state, kind, &id).await;
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meeting_records::correct(&state, user.as_ref(), kind, &id).await?;
        Ok(Done::to(
            tkey("notice-correction-started"),
            format!("{back}#minutes-title"),
        ))
    }
    .await;
    finish(&session, "records", result, Vec::new(), &back).await
}

async fn minutes_correction(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    record_correction(state, session, Record::Minutes, id).await
}

async fn resolution_correction(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    record_correction(state, session, Record::Resolution, id).await
}

async fn cancel(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let back = format!("/meetings/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        meetings::cancel(&state, user.as_ref(), &id).await?;
        Ok(Done::to(tkey("notice-meeting-cancelled"), &back))
    }
    .await;
    finish(&session, "meeting", result, Vec::new(), &back).await
}
