//! Form routes of notifications: open one (marks it read, then goes where its action is),
//! mark all read, choose how e-mail tells about each kind, and stop one kind from the link in
//! an e-mail. Each calls the same operation in `app::server::notifications` as the API.

use std::collections::HashMap;

use app::{
    i18n::tkey,
    model::{NotificationSetting, NotificationSettings},
    server::{notifications, session, state::AppState},
};
use axum::{
    extract::{Form, Path, State},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Router,
};
use tower_sessions::Session;

use crate::forms::{finish, Done};

/// The routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/notifications/read", post(mark_all))
        .route("/notifications/{id}/open", post(open))
        .route("/account/notifications", post(save_settings))
        .route("/unsubscribe/{token}/{kind}", post(unsubscribe))
}

/// The settings form: one radio group per kind, named by the kind, valued by the mode.
async fn save_settings(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let back = "/account#notifications";
    let mut fields: Vec<(String, String)> = form.into_iter().collect();
    fields.sort();
    let input = NotificationSettings {
        settings: fields
            .iter()
            .map(|(kind, mode)| NotificationSetting {
                kind: kind.clone(),
                mode: mode.clone(),
            })
            .collect(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        notifications::set_email_settings(&state, user.as_ref(), &input).await?;
        Ok(Done::to(tkey("notification-settings-saved"), back))
    }
    .await;
    let values = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    finish(&session, "notification-settings", result, values, back).await
}

/// Stops one kind of e-mail: the confirmation button of the unsubscribe page, and the
/// one-click POST that mail programs send (RFC 8058). Back to the page, which then says so.
async fn unsubscribe(
    State(state): State<AppState>,
    session: Session,
    Path((token, kind)): Path<(String, String)>,
) -> Response {
    let back = format!("/unsubscribe/{token}/{kind}");
    match notifications::unsubscribe(&state, &token, &kind).await {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(e) => finish(&session, "unsubscribe", Err(e), Vec::new(), &back).await,
    }
}

async fn mark_all(State(state): State<AppState>, session: Session) -> Response {
    let back = "/notifications";
    let result = async {
        let user = session::session_user(&state, &session).await?;
        notifications::mark_read(&state, user.as_ref(), None).await?;
        Ok(Done::to(tkey("notice-notifications-read"), back))
    }
    .await;
    finish(&session, "notifications", result, Vec::new(), back).await
}

async fn open(State(state): State<AppState>, session: Session, Path(id): Path<String>) -> Response {
    let back = "/notifications";
    let result = async {
        let user = session::session_user(&state, &session).await?;
        notifications::open(&state, user.as_ref(), &id).await
    }
    .await;
    match result {
        // Links are the portal's own paths, written by the server.
        Ok(link) if link.starts_with('/') && !link.starts_with("//") => {
            Redirect::to(&link).into_response()
        }
        Ok(_) => Redirect::to(back).into_response(),
        Err(e) => finish(&session, "notifications", Err(e), Vec::new(), back).await,
    }
}
