//! Form routes: where the pages' plain HTML forms post. They work the same with and
//! without JavaScript (post/redirect/get): on success they redirect to the next page; on
//! failure they leave a flash with the messages and the typed values, and redirect back.
//! They call the same operations as the JSON API (`app::server::auth`).

use app::{
    domain::locale::{Locale, LOCALE_COOKIE},
    error::AppError,
    i18n::tkey,
    model::{Flash, Message},
    pages::{components::sign_in_path, login::safe_next},
    server::{auth, committees, db, session, state::AppState},
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderValue},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Form, Router,
};
use serde::Deserialize;
use tower_sessions::Session;

use crate::net::ClientAddr;

/// The form routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", post(login))
        .route("/logout", post(logout))
        .route("/lang", post(language))
        .route("/account/password", post(change_password))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/{id}/revoke", post(revoke_token))
        .route("/admin/invitations", post(invite))
        .route("/invitations/{token}", post(accept_invitation))
        .route("/bodies/{acronym}/committees", post(create_committee))
        .route("/committees/{id}/members", post(set_membership))
        .route("/committees/{id}/delegates", post(nominate_delegate))
        .route("/committees/{id}/roles", post(give_role))
        .route("/committees/{id}/roles/{user_id}/end", post(end_role))
        .route(
            "/committees/{id}/delegates/{user_id}/withdraw",
            post(withdraw_delegate),
        )
        .route("/committees/{id}/members/{code}/end", post(end_membership))
}

/// Leaves a success notice and goes to `to`.
async fn succeed(
    session: &Session,
    form: &str,
    notice: &str,
    reveal: Option<String>,
    to: &str,
) -> Response {
    let flash = Flash {
        form: form.into(),
        notice: Some(Message::new(notice)),
        success: true,
        reveal,
        ..Flash::default()
    };
    if let Err(e) = session::set_flash(session, &flash).await {
        tracing::warn!(?e, "could not store the flash");
    }
    Redirect::to(to).into_response()
}

/// Leaves the error (and what was typed) for the page at `back`, and goes there. A visitor
/// who is not signed in is sent to sign in instead.
async fn fail(
    session: &Session,
    form: &str,
    error: AppError,
    values: Vec<(&str, String)>,
    back: &str,
) -> Response {
    if error == AppError::Unauthenticated {
        return Redirect::to(&sign_in_path(back)).into_response();
    }
    let status = error.status();
    let (notice, errors) = match error {
        AppError::Invalid(errors) => (None, errors),
        other => (Some(other.message()), Default::default()),
    };
    let flash = Flash {
        form: form.into(),
        notice,
        success: false,
        errors,
        values: values
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        reveal: None,
    };
    if let Err(e) = session::set_flash(session, &flash).await {
        tracing::warn!(?e, "could not store the flash");
    }
    tracing::info!(form, status, "form refused");
    Redirect::to(back).into_response()
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: Option<String>,
}

async fn login(
    State(state): State<AppState>,
    session: Session,
    addr: ClientAddr,
    Form(form): Form<LoginForm>,
) -> Response {
    let next = safe_next(form.next.clone());
    match auth::login(&state, &session, &form.email, &form.password, &addr.0).await {
        Ok(user) => {
            let mut response = Redirect::to(&next).into_response();
            if let Some(locale) = user.locale {
                set_locale_cookie(&mut response, locale, state.settings.secure_cookies);
            }
            response
        }
        Err(e) => {
            fail(
                &session,
                "login",
                e,
                vec![("email", form.email)],
                &sign_in_path(&next),
            )
            .await
        }
    }
}

async fn logout(session: Session) -> Response {
    if let Err(e) = session::sign_out(&session).await {
        tracing::warn!(?e, "sign-out failed");
    }
    Redirect::to("/").into_response()
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: Option<String>,
}

fn set_locale_cookie(response: &mut Response, locale: Locale, secure: bool) {
    let cookie = format!(
        "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
        locale.code(),
        if secure { "; Secure" } else { "" }
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

async fn language(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<LanguageForm>,
) -> Response {
    let next = safe_next(form.next);
    let Some(locale) = Locale::from_code(&form.lang) else {
        return Redirect::to(&next).into_response();
    };
    if let Ok(Some(user)) = session::session_user(&state, &session).await {
        if let Err(e) = db::users::set_locale(&state.pool, &user.id, locale).await {
            tracing::warn!(%e, "could not remember the language");
        }
    }
    let mut response = Redirect::to(&next).into_response();
    set_locale_cookie(&mut response, locale, state.settings.secure_cookies);
    response
}

#[derive(Deserialize)]
struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    confirm_password: String,
}

async fn change_password(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<PasswordForm>,
) -> Response {
    let result = async {
        let user = session::require_user(session::session_user(&state, &session).await?)?;
        auth::change_password(
            &state,
            &session,
            &user,
            &form.current_password,
            &form.new_password,
            &form.confirm_password,
        )
        .await
    }
    .await;
    match result {
        Ok(()) => {
            succeed(
                &session,
                "change-password",
                tkey("notice-password-changed"),
                None,
                "/account",
            )
            .await
        }
        Err(e) => fail(&session, "change-password", e, vec![], "/account").await,
    }
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    name: String,
}

async fn create_token(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<TokenForm>,
) -> Response {
    let result = async {
        let user = session::session_user(&state, &session).await?;
        auth::create_token(&state, user.as_ref(), &form.name).await
    }
    .await;
    match result {
        Ok((_, secret)) => {
            succeed(
                &session,
                "tokens",
                tkey("notice-token-created"),
                Some(secret),
                "/account",
            )
            .await
        }
        Err(e) => fail(&session, "tokens", e, vec![("name", form.name)], "/account").await,
    }
}

async fn revoke_token(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let result = async {
        let user = session::session_user(&state, &session).await?;
        auth::revoke_token(&state, user.as_ref(), &id).await
    }
    .await;
    match result {
        Ok(()) => {
            succeed(
                &session,
                "tokens",
                tkey("notice-token-revoked"),
                None,
                "/account",
            )
            .await
        }
        Err(e) => fail(&session, "tokens", e, vec![], "/account").await,
    }
}

#[derive(Deserialize)]
struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    member_body: String,
}

async fn invite(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<InviteForm>,
) -> Response {
    let result = async {
        let user = session::session_user(&state, &session).await?;
        auth::invite(
            &state,
            user.as_ref(),
            &form.email,
            &form.name,
            Some(&form.member_body),
        )
        .await
    }
    .await;
    match result {
        Ok(invitation) => {
            succeed(
                &session,
                "invite",
                tkey("notice-invitation-created"),
                Some(invitation.link),
                "/admin/invitations",
            )
            .await
        }
        Err(e) => {
            let values = vec![
                ("email", form.email),
                ("name", form.name),
                ("member_body", form.member_body),
            ];
            fail(&session, "invite", e, values, "/admin/invitations").await
        }
    }
}

#[derive(Deserialize)]
struct AcceptForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm_password: String,
}

async fn accept_invitation(
    State(state): State<AppState>,
    session: Session,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> Response {
    match auth::accept_invitation(
        &state,
        Some(&session),
        &token,
        &form.password,
        Some(&form.confirm_password),
    )
    .await
    {
        Ok(_) => succeed(&session, "welcome", tkey("notice-welcome"), None, "/").await,
        Err(e) => {
            fail(
                &session,
                "accept",
                e,
                vec![],
                &format!("/invitations/{token}"),
            )
            .await
        }
    }
}

#[derive(Deserialize)]
struct MembershipForm {
    #[serde(default)]
    member_body: String,
    #[serde(default)]
    status: String,
}

async fn set_membership(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<MembershipForm>,
) -> Response {
    let back = format!("/committees/{id}/manage");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_membership(
            &state,
            user.as_ref(),
            &id,
            &form.member_body,
            Some(&form.status),
        )
        .await
    }
    .await;
    match result {
        Ok(()) => {
            succeed(
                &session,
                "membership",
                tkey("notice-membership-saved"),
                None,
                &back,
            )
            .await
        }
        Err(e) => {
            let values = vec![("member_body", form.member_body), ("status", form.status)];
            fail(&session, "membership", e, values, &back).await
        }
    }
}

async fn end_membership(
    State(state): State<AppState>,
    session: Session,
    Path((id, code)): Path<(String, String)>,
) -> Response {
    let back = format!("/committees/{id}/manage");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_membership(&state, user.as_ref(), &id, &code, None).await
    }
    .await;
    match result {
        Ok(()) => {
            succeed(
                &session,
                "membership",
                tkey("notice-membership-ended"),
                None,
                &back,
            )
            .await
        }
        Err(e) => fail(&session, "membership", e, vec![], &back).await,
    }
}

#[derive(Deserialize)]
struct CommitteeForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    parent_id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_ar: String,
    #[serde(default)]
    secretariat: String,
}

async fn create_committee(
    State(state): State<AppState>,
    session: Session,
    Path(acronym): Path<String>,
    Form(form): Form<CommitteeForm>,
) -> Response {
    let back = format!("/bodies/{acronym}");
    let input = app::model::NewCommitteeInput {
        kind: form.kind.clone(),
        number: form.number.trim().parse().ok(),
        parent_id: Some(form.parent_id.clone()),
        title: form.title.clone(),
        title_fr: Some(form.title_fr.clone()),
        title_ar: Some(form.title_ar.clone()),
        scope: None,
        secretariat: form.secretariat.clone(),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::create_committee(&state, user.as_ref(), &acronym, &input).await
    }
    .await;
    match result {
        Ok(created) => {
            succeed(
                &session,
                "created",
                tkey("notice-committee-created"),
                None,
                &format!("/committees/{}", created.id),
            )
            .await
        }
        Err(e) => {
            let values = vec![
                ("kind", form.kind),
                ("number", form.number),
                ("parent_id", form.parent_id),
                ("title", form.title),
                ("title_fr", form.title_fr),
                ("title_ar", form.title_ar),
                ("secretariat", form.secretariat),
            ];
            fail(&session, "committee", e, values, &back).await
        }
    }
}

#[derive(Deserialize)]
struct DelegateForm {
    #[serde(default)]
    user_id: String,
}

async fn nominate_delegate(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<DelegateForm>,
) -> Response {
    let back = format!("/committees/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_role(&state, user.as_ref(), &id, &form.user_id, "delegate", true).await
    }
    .await;
    match result {
        Ok(()) => {
            succeed(
                &session,
                "delegates",
                tkey("notice-delegate-nominated"),
                None,
                &back,
            )
            .await
        }
        Err(e) => fail(&session, "delegates", e, vec![], &back).await,
    }
}

async fn withdraw_delegate(
    State(state): State<AppState>,
    session: Session,
    Path((id, user_id)): Path<(String, String)>,
) -> Response {
    let back = format!("/committees/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_role(&state, user.as_ref(), &id, &user_id, "delegate", false).await
    }
    .await;
    match result {
        Ok(()) => {
            succeed(
                &session,
                "delegates",
                tkey("notice-delegate-withdrawn"),
                None,
                &back,
            )
            .await
        }
        Err(e) => fail(&session, "delegates", e, vec![], &back).await,
    }
}

#[derive(Deserialize)]
struct RoleForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

async fn give_role(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<RoleForm>,
) -> Response {
    let back = format!("/committees/{id}/manage");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_role_by_email(&state, user.as_ref(), &id, &form.email, &form.role).await
    }
    .await;
    match result {
        Ok(()) => succeed(&session, "roles", tkey("notice-role-given"), None, &back).await,
        Err(e) => {
            fail(
                &session,
                "roles",
                e,
                vec![("email", form.email), ("role", form.role)],
                &back,
            )
            .await
        }
    }
}

async fn end_role(
    State(state): State<AppState>,
    session: Session,
    Path((id, user_id)): Path<(String, String)>,
    Form(form): Form<RoleForm>,
) -> Response {
    let back = format!("/committees/{id}/manage");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_role(&state, user.as_ref(), &id, &user_id, &form.role, false).await
    }
    .await;
    match result {
        Ok(()) => succeed(&session, "roles", tkey("notice-role-removed"), None, &back).await,
        Err(e) => fail(&session, "roles", e, vec![], &back).await,
    }
}
