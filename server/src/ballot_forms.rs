//! Form routes of ballots (see `forms` for the pattern: post, then redirect; on failure the
//! messages and typed values go back in a flash). Each calls the same operation in
//! `app::server::ballots` as the JSON API.

use app::{
    i18n::tkey,
    model::{BallotChangesInput, BallotInput, CancelInput, LateVoteInput, Message, VoteInput},
    server::{ballots, session, state::AppState, time},
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
        .route("/committees/{id}/ballots", post(create))
        .route("/ballots/{id}/votes/{code}", post(vote))
        .route("/ballots/{id}/open", post(open))
        .route("/ballots/{id}/close", post(close))
        .route("/ballots/{id}/cancel", post(cancel))
        .route("/ballots/{id}/closing", post(change_closing))
        .route("/ballots/{id}/late-vote", post(late_vote))
        .route("/bodies/{acronym}/rules", post(set_rules))
}

#[derive(Deserialize)]
struct BallotForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    document_id: String,
    #[serde(default)]
    opens_at: String,
    #[serde(default)]
    closes_at: String,
}

async fn create(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<BallotForm>,
) -> Response {
    let back = format!("/committees/{id}/ballots?kind={}", form.kind);
    let input = BallotInput {
        kind: form.kind.clone(),
        title: form.title.clone(),
        question: form.question.clone(),
        document_id: Some(form.document_id.clone()),
        opens_at: Some(form.opens_at.clone()),
        closes_at: form.closes_at.clone(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let ballot = ballots::create(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(
            tkey("notice-ballot-created"),
            format!("/ballots/{}", ballot.id),
        ))
    }
    .await;
    let values = vec![
        ("kind", form.kind),
        ("title", form.title),
        ("question", form.question),
        ("document_id", form.document_id),
        ("opens_at", form.opens_at),
        ("closes_at", form.closes_at),
    ];
    finish(&session, "ballot", result, values, &back).await
}

#[derive(Deserialize)]
struct VoteForm {
    #[serde(default)]
    position: String,
    #[serde(default)]
    reasons: String,
    #[serde(default)]
    commits: Option<String>,
    #[serde(default)]
    experts: String,
}

impl VoteForm {
    fn input(&self) -> VoteInput {
        VoteInput {
            position: self.position.clone(),
            reasons: Some(self.reasons.clone()),
            // An unticked checkbox is not sent at all.
            commits_to_participate: self.commits.as_deref() == Some("true"),
            experts: vec![self.experts.clone()],
        }
    }

    fn values(self) -> Vec<(&'static str, String)> {
        vec![
            ("position", self.position),
            ("reasons", self.reasons),
            ("commits", self.commits.unwrap_or_default()),
            ("experts", self.experts),
        ]
    }
}

async fn vote(
    State(state): State<AppState>,
    session: Session,
    Path((id, code)): Path<(String, String)>,
    Form(form): Form<VoteForm>,
) -> Response {
    let back = format!("/ballots/{id}");
    let input = form.input();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let vote = ballots::cast_vote(&state, user.as_ref(), &id, &code, &input).await?;
        let ballot = ballots::get(&state, user.as_ref(), &id).await?;
        let notice = Message::new("notice-vote-recorded")
            .arg("member_body", vote.member_body)
            .arg("at", time::format_in(vote.cast_at, "UTC"))
            .arg(
                "until",
                time::format_in(ballot.closes_at, &ballot.time_zone),
            );
        Ok(Done::saying(notice, format!("{back}#my-vote")))
    }
    .await;
    finish(
        &session,
        &format!("vote-{code}"),
        result,
        form.values(),
        &back,
    )
    .await
}

async fn open(State(state): State<AppState>, session: Session, Path(id): Path<String>) -> Response {
    let back = format!("/ballots/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        ballots::open(&state, user.as_ref(), &id).await?;
        Ok(Done::to(tkey("notice-ballot-opened"), &back))
    }
    .await;
    finish(&session, "manage", result, Vec::new(), &back).await
}

async fn close(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let back = format!("/ballots/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        ballots::close(&state, user.as_ref(), &id).await?;
        Ok(Done::to(tkey("notice-ballot-closed"), &back))
    }
    .await;
    finish(&session, "manage", result, Vec::new(), &back).await
}

#[derive(Deserialize)]
struct CancelForm {
    #[serde(default)]
    reason: String,
}

async fn cancel(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<CancelForm>,
) -> Response {
    let back = format!("/ballots/{id}");
    let input = CancelInput {
        reason: form.reason.clone(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        ballots::cancel(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(tkey("notice-ballot-cancelled"), &back))
    }
    .await;
    finish(
        &session,
        "cancel",
        result,
        vec![("reason", form.reason)],
        &back,
    )
    .await
}

#[derive(Deserialize)]
struct ClosingForm {
    #[serde(default)]
    closes_at: String,
}

async fn change_closing(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<ClosingForm>,
) -> Response {
    let back = format!("/ballots/{id}");
    let input = BallotChangesInput {
        closes_at: form.closes_at.clone(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        ballots::change(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(tkey("notice-ballot-closing-changed"), &back))
    }
    .await;
    finish(
        &session,
        "closing",
        result,
        vec![("closes_at", form.closes_at)],
        &back,
    )
    .await
}

#[derive(Deserialize)]
struct LateVoteForm {
    #[serde(default)]
    member_body: String,
    #[serde(default)]
    explanation: String,
    #[serde(flatten)]
    vote: VoteForm,
}

async fn late_vote(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<LateVoteForm>,
) -> Response {
    let back = format!("/ballots/{id}");
    let input = LateVoteInput {
        member_body: form.member_body.clone(),
        vote: form.vote.input(),
        explanation: form.explanation.clone(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        ballots::record_late_vote(&state, user.as_ref(), &id, &input).await?;
        Ok(Done::to(tkey("notice-late-vote-recorded"), &back))
    }
    .await;
    let mut values = form.vote.values();
    values.push(("member_body", form.member_body));
    values.push(("explanation", form.explanation));
    finish(&session, "late-vote", result, values, &back).await
}

async fn set_rules(
    State(state): State<AppState>,
    session: Session,
    Path(acronym): Path<String>,
    Form(form): Form<std::collections::HashMap<String, String>>,
) -> Response {
    let back = format!("/bodies/{acronym}");
    let value = |name: &str| form.get(name).cloned().unwrap_or_default();
    let result = async {
        let user = session::session_user(&state, &session).await?;
        ballots::set_rules(&state, user.as_ref(), &acronym, value).await?;
        Ok(Done::to(
            tkey("notice-rules-changed"),
            format!("{back}#rules-title"),
        ))
    }
    .await;
    let values = app::domain::ballots::RULE_FIELDS
        .iter()
        .map(|name| (*name, value(name)))
        .collect();
    finish(&session, "rules", result, values, &back).await
}
