//! Who is asking: the signed-in person from the session cookie or a bearer token, and the
//! one door to `domain::permissions::decide`.

use tower_sessions::Session;

use super::{db, session_store::USER_ID_KEY, state::AppState};
use crate::{
    domain::committees::MembershipStatus,
    domain::permissions::{decide, Action, Actor, CommitteeRole, Decision, MemberBodyRole},
    error::{AppError, AppResult},
    model::{Flash, UserView},
};

const FLASH_KEY: &str = "flash";

fn session_error(e: tower_sessions::session::Error) -> AppError {
    tracing::error!(%e, "session store error");
    match e {
        tower_sessions::session::Error::Store(tower_sessions::session_store::Error::Backend(
            message,
        )) if message.starts_with(super::session_store::UNAVAILABLE) => AppError::Unavailable,
        _ => AppError::Internal,
    }
}

/// The person signed in on this session, if any (a deleted account counts as signed out).
pub async fn session_user(state: &AppState, session: &Session) -> AppResult<Option<UserView>> {
    let Some(user_id) = session
        .get::<String>(USER_ID_KEY)
        .await
        .map_err(session_error)?
    else {
        return Ok(None);
    };
    Ok(db::users::find_by_id(&state.pool, &user_id)
        .await?
        .map(|u| u.into_view()))
}

/// Signs `user_id` in on this session, with a fresh session id (no session fixation).
pub async fn sign_in(session: &Session, user_id: &str) -> AppResult<()> {
    session.cycle_id().await.map_err(session_error)?;
    session
        .insert(USER_ID_KEY, user_id)
        .await
        .map_err(session_error)
}

/// Ends the session entirely.
pub async fn sign_out(session: &Session) -> AppResult<()> {
    session.flush().await.map_err(session_error)
}

/// Leaves a flash for the next page.
pub async fn set_flash(session: &Session, flash: &Flash) -> AppResult<()> {
    session
        .insert(FLASH_KEY, flash)
        .await
        .map_err(session_error)
}

/// Takes (and removes) the flash left by the last form.
pub async fn take_flash(session: &Session) -> AppResult<Option<Flash>> {
    session
        .remove::<Flash>(FLASH_KEY)
        .await
        .map_err(session_error)
}

/// The permission actor for a person (or a visitor), with every role they hold.
pub async fn load_actor(state: &AppState, user: Option<&UserView>) -> AppResult<Actor> {
    let Some(user) = user else {
        return Ok(Actor::default());
    };
    let roles = db::committees::roles_of_user(&state.pool, &user.id).await?;
    Ok(Actor {
        user_id: Some(user.id.clone()),
        is_portal_admin: user.is_portal_admin,
        body_admin_of: roles.body_admin_of,
        committee_roles: roles
            .committee_roles
            .into_iter()
            .filter_map(|(c, r)| Some((c, CommitteeRole::from_code(&r)?)))
            .collect(),
        member_body_roles: roles
            .member_body_roles
            .into_iter()
            .filter_map(|(m, r)| Some((m, MemberBodyRole::from_code(&r)?)))
            .collect(),
        delegations: roles
            .delegations
            .into_iter()
            .map(|(c, m)| (c, m.as_deref().and_then(MembershipStatus::from_code)))
            .collect(),
    })
}

/// Asks `domain::permissions::decide` and turns a refusal into the matching error.
pub fn check(actor: &Actor, action: &Action) -> AppResult<()> {
    match decide(actor, action) {
        Decision::Allow => Ok(()),
        Decision::SignInRequired => Err(AppError::Unauthenticated),
        Decision::Deny => Err(AppError::Forbidden),
    }
}

/// Loads the person's roles and asks `domain::permissions::decide`: the one door every
/// operation goes through. Returns the actor for further checks on the same request.
pub async fn require(
    state: &AppState,
    user: Option<&UserView>,
    action: &Action,
) -> AppResult<Actor> {
    let actor = load_actor(state, user).await?;
    check(&actor, action)?;
    Ok(actor)
}

/// The signed-in person, or 401.
pub fn require_user(user: Option<UserView>) -> AppResult<UserView> {
    user.ok_or(AppError::Unauthenticated)
}
