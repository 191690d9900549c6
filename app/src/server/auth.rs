//! Accounts: sign-in, sign-out, passwords, invitations and personal access tokens.
//!
//! These operations are what the HTML forms and the JSON API both call. Each follows the same
//! steps: who is asking -> check input -> ask `domain` -> write (in one transaction) -> answer.

use tower_sessions::Session;

use super::{db, hash_secret, new_id, new_secret, now_ms, password, session, state::AppState};
use crate::{
    domain::{accounts, permissions::Action, rate_limit},
    error::{AppError, AppResult},
    model::{ApiTokenView, FieldErrors, Message, UserView},
};

/// Signs a person in on `session`. Wrong e-mail and wrong password give the same answer;
/// repeated failures for the account or the address are refused for a while.
pub async fn login(
    state: &AppState,
    session: &Session,
    email: &str,
    password: &str,
    address: &str,
) -> AppResult<UserView> {
    let mut errors = FieldErrors::default();
    if email.trim().is_empty() {
        errors.add("email", Message::new("error-email-required"));
    }
    if password.is_empty() {
        errors.add("password", Message::new("error-password-required"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let email = accounts::normalise_email(email);
    let now = now_ms();
    let recent = db::login_failures::recent(
        &state.pool,
        &email,
        address,
        now - rate_limit::WINDOW_SECS * 1000,
    )
    .await?;
    if let Err(retry_after_secs) = rate_limit::check(recent, now) {
        tracing::warn!(%email, %address, "sign-in refused: too many failures");
        return Err(AppError::RateLimited { retry_after_secs });
    }
    let user = db::users::find_by_email(&state.pool, &email).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    if !password::verify(password.to_string(), stored).await? {
        db::login_failures::record(&state.pool, &new_id(), &email, address, now).await?;
        return Err(AppError::BadCredentials);
    }
    let user = user.ok_or(AppError::BadCredentials)?;
    db::login_failures::clear_for_email(&state.pool, &email).await?;
    session::sign_in(session, &user.id).await?;
    tracing::info!(user_id = %user.id, "signed in");
    Ok(user.into_view())
}

/// Changes the signed-in person's password; the current one is required. Ends the person's
/// other sessions.
pub async fn change_password(
    state: &AppState,
    session: &Session,
    user: &UserView,
    current: &str,
    new: &str,
    confirm: &str,
) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    if current.is_empty() {
        errors.add("current_password", Message::new("error-password-required"));
    }
    errors.check("new_password", accounts::check_new_password(new));
    if new != confirm {
        errors.add("confirm_password", Message::new("error-password-mismatch"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let row = db::users::find_by_id(&state.pool, &user.id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !password::verify(current.to_string(), row.password_hash).await? {
        return Err(AppError::invalid(
            "current_password",
            Message::new("error-current-password-wrong"),
        ));
    }
    let hash = password::hash(new.to_string()).await?;
    let mut tx = db::begin_write(&state.pool).await?;
    db::users::set_password(&mut *tx, &user.id, &hash).await?;
    if let Some(id) = session.id() {
        db::sessions::delete_for_user_except(&mut *tx, &user.id, &id.to_string()).await?;
    }
    tx.commit().await?;
    tracing::info!(user_id = %user.id, "password changed");
    Ok(())
}

/// A new invitation: the person's id and the token their link carries (shown once).
#[derive(Clone, Debug)]
pub struct NewInvitation {
    /// The invited person's id.
    pub user_id: String,
    /// The secret token of the link.
    pub token: String,
    /// The full link to send.
    pub link: String,
}

/// Invites a person: creates their account without a password and a single-use link.
pub async fn invite(
    state: &AppState,
    actor: Option<&UserView>,
    email: &str,
    name: &str,
    member_body: Option<&str>,
) -> AppResult<NewInvitation> {
    session::require(state, actor, &Action::InviteUser).await?;
    let inviter = session::require_user(actor.cloned())?;
    let mut errors = FieldErrors::default();
    errors.check("email", accounts::check_email(email));
    errors.check("name", accounts::check_name(name));
    // The member body the person belongs to (they join it as an expert).
    let member_body = match member_body
        .map(|c| c.trim().to_uppercase())
        .filter(|c| !c.is_empty())
    {
        Some(code) => match db::committees::member_body_by_code(&state.pool, &code).await? {
            Some((id, _)) => Some(id),
            None => {
                errors.add(
                    "member_body",
                    Message::new("error-member-body-unknown").arg("code", code),
                );
                None
            }
        },
        None => None,
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let email = accounts::normalise_email(email);
    let now = now_ms();
    let user_id = new_id();
    let token = new_secret("inv_");
    let mut tx = db::begin_write(&state.pool).await?;
    let new_user = db::users::NewUser {
        id: &user_id,
        email: &email,
        name: name.trim(),
        password_hash: None,
        is_portal_admin: false,
        now_ms: now,
    };
    if let Err(e) = db::users::insert(&mut *tx, &new_user).await {
        return Err(if db::users::is_unique_violation(&e) {
            AppError::invalid("email", Message::new("error-email-taken"))
        } else {
            e.into()
        });
    }
    if let Some(member_body_id) = &member_body {
        db::committees::insert_member_body_role(&mut *tx, member_body_id, &user_id, "expert", now)
            .await?;
    }
    let expires = now + accounts::INVITATION_VALID_DAYS * 24 * 3600 * 1000;
    db::invitations::insert(
        &mut *tx,
        &new_id(),
        &user_id,
        &hash_secret(&token),
        &inviter.id,
        now,
        expires,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(%user_id, invited_by = %inviter.id, "person invited");
    let link = format!(
        "{}/invitations/{token}",
        state.settings.public_base_url.trim_end_matches('/')
    );
    Ok(NewInvitation {
        user_id,
        token,
        link,
    })
}

/// The e-mail address and name an invitation is for, or 404 when it is unknown, used or expired.
pub async fn invitation_details(state: &AppState, token: &str) -> AppResult<(String, String)> {
    let found = db::invitations::find_usable(&state.pool, &hash_secret(token), now_ms()).await?;
    found
        .map(|(_, _, email, name)| (email, name))
        .ok_or(AppError::NotFound)
}

/// Accepts an invitation: sets the person's password, uses up the token, and signs them in
/// when a session is given.
pub async fn accept_invitation(
    state: &AppState,
    session: Option<&Session>,
    token: &str,
    password: &str,
    confirm: Option<&str>,
) -> AppResult<UserView> {
    let mut errors = FieldErrors::default();
    errors.check("password", accounts::check_new_password(password));
    if confirm.is_some_and(|c| c != password) {
        errors.add("confirm_password", Message::new("error-password-mismatch"));
    }
    let now = now_ms();
    let (invitation_id, user_id, _, _) =
        db::invitations::find_usable(&state.pool, &hash_secret(token), now)
            .await?
            .ok_or(AppError::NotFound)?;
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let hash = password::hash(password.to_string()).await?;
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::invitations::mark_accepted(&mut *tx, &invitation_id, now).await? {
        return Err(AppError::NotFound);
    }
    db::users::set_password(&mut *tx, &user_id, &hash).await?;
    tx.commit().await?;
    if let Some(session) = session {
        session::sign_in(session, &user_id).await?;
    }
    let user = db::users::find_by_id(&state.pool, &user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tracing::info!(%user_id, "invitation accepted");
    Ok(user.into_view())
}

/// Creates a personal access token for the signed-in person; returns it with its secret,
/// which is shown this once and stored only as a hash.
pub async fn create_token(
    state: &AppState,
    user: Option<&UserView>,
    name: &str,
) -> AppResult<(ApiTokenView, String)> {
    session::require(state, user, &Action::ManageOwnAccount).await?;
    let user = session::require_user(user.cloned())?;
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid(
            "name",
            Message::new("error-token-name-required"),
        ));
    }
    if name.chars().count() > 100 {
        return Err(AppError::invalid(
            "name",
            Message::new("error-name-too-long").arg("max", "100"),
        ));
    }
    let secret = new_secret("cmt_");
    let id = new_id();
    let now = now_ms();
    db::tokens::insert(&state.pool, &id, &user.id, name, &hash_secret(&secret), now).await?;
    let view = ApiTokenView {
        id,
        name: name.to_string(),
        created_at: now,
        last_used_at: None,
        revoked_at: None,
    };
    Ok((view, secret))
}

/// The signed-in person's tokens.
pub async fn list_tokens(
    state: &AppState,
    user: Option<&UserView>,
) -> AppResult<Vec<ApiTokenView>> {
    session::require(state, user, &Action::ManageOwnAccount).await?;
    let user = session::require_user(user.cloned())?;
    Ok(db::tokens::list_for_user(&state.pool, &user.id)
        .await?
        .into_iter()
        .map(|t| ApiTokenView {
            id: t.id,
            name: t.name,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
        })
        .collect())
}

/// Revokes one of the signed-in person's tokens (404 for someone else's).
pub async fn revoke_token(
    state: &AppState,
    user: Option<&UserView>,
    token_id: &str,
) -> AppResult<()> {
    session::require(state, user, &Action::ManageOwnAccount).await?;
    let user = session::require_user(user.cloned())?;
    if db::tokens::revoke(&state.pool, &user.id, token_id, now_ms()).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The person a bearer token belongs to; `None` for an unknown or revoked token.
pub async fn bearer_user(state: &AppState, token: &str) -> AppResult<Option<UserView>> {
    let Some(user_id) = db::tokens::use_token(&state.pool, &hash_secret(token), now_ms()).await?
    else {
        return Ok(None);
    };
    Ok(db::users::find_by_id(&state.pool, &user_id)
        .await?
        .map(|u| u.into_view()))
}

/// Creates a portal administrator with a password (the `comity admin create` command).
pub async fn create_admin(
    state: &AppState,
    email: &str,
    name: &str,
    password: &str,
) -> AppResult<String> {
    let mut errors = FieldErrors::default();
    errors.check("email", accounts::check_email(email));
    errors.check("name", accounts::check_name(name));
    errors.check("password", accounts::check_new_password(password));
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let hash = password::hash(password.to_string()).await?;
    let id = new_id();
    let email = accounts::normalise_email(email);
    let new_user = db::users::NewUser {
        id: &id,
        email: &email,
        name: name.trim(),
        password_hash: Some(&hash),
        is_portal_admin: true,
        now_ms: now_ms(),
    };
    match db::users::insert(&state.pool, &new_user).await {
        Ok(()) => Ok(id),
        Err(e) if db::users::is_unique_violation(&e) => Err(AppError::invalid(
            "email",
            Message::new("error-email-taken"),
        )),
        Err(e) => Err(e.into()),
    }
}

/// Sets the signed-in person's own time zone (an IANA name; empty: none, times are shown in
/// each committee's zone only).
pub async fn set_time_zone(
    state: &AppState,
    user: Option<&UserView>,
    zone: &str,
) -> AppResult<Option<String>> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let zone = match zone.trim() {
        "" => None,
        name => Some(super::time::check_zone(name).map_err(|m| AppError::invalid("time_zone", m))?),
    };
    db::users::set_time_zone(&state.pool, &user.id, zone.as_deref()).await?;
    Ok(zone)
}
