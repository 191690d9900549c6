//! Form routes of notifications: open one (marks it read, then goes where its action is) and
//! mark all read. Each calls the same operation in `app::server::notifications` as the API.

use app::{
    i18n::tkey,
    server::{notifications, session, state::AppState},
};
use axum::{
    extract::{Path, State},
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
