//! Form routes: where the pages' plain HTML forms post. They work the same with and
//! without JavaScript (post/redirect/get): on success they redirect to the next page; on
//! failure they leave a flash with the messages and the typed values, and redirect back.
//! They call the same operations as the JSON API (`app::server::auth`).

use app::{
    domain::locale::{Locale, LOCALE_COOKIE},
    error::{AppError, AppResult},
    i18n::tkey,
    model::{Flash, Message},
    pages::{components::sign_in_path, login::safe_next},
    server::{auth, committees, db, member_bodies, session, state::AppState},
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
        .route("/account/time-zone", post(set_time_zone))
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
        .route("/committees/{id}/details", post(update_committee))
        .route("/bodies", post(create_body))
        .route("/bodies/{acronym}/members", post(set_body_member))
        .route("/member-bodies", post(create_member_body))
        .route("/member-bodies/{code}/people", post(give_person_role))
        .route(
            "/member-bodies/{code}/people/{user_id}/remove",
            post(remove_person_role),
        )
}

/// Where a form goes after it succeeded, and what it says there.
pub(crate) struct Done {
    notice: Message,
    reveal: Option<String>,
    to: String,
    problems: Vec<app::model::RowProblem>,
}

/// The most row problems a page shows (the JSON API returns them all).
const SHOWN_PROBLEMS: usize = 100;

impl Done {
    pub(crate) fn to(notice: &'static str, to: impl Into<String>) -> Self {
        Done::saying(Message::new(notice), to)
    }

    /// Goes to `to` with a notice that has arguments.
    pub(crate) fn saying(notice: Message, to: impl Into<String>) -> Self {
        Done {
            notice,
            reveal: None,
            to: to.into(),
            problems: Vec::new(),
        }
    }

    /// Also shows the problems of the rows an import left out.
    pub(crate) fn with_problems(mut self, mut problems: Vec<app::model::RowProblem>) -> Self {
        problems.truncate(SHOWN_PROBLEMS);
        self.problems = problems;
        self
    }
}

/// Every form route's ending: on success the notice and the next page; on failure the
/// messages and what was typed, back on the form's page.
pub(crate) async fn finish(
    session: &Session,
    form: &str,
    result: AppResult<Done>,
    values: Vec<(&str, String)>,
    back: &str,
) -> Response {
    match result {
        Ok(done) => succeed(session, form, done).await,
        Err(e) => fail(session, form, e, values, back).await,
    }
}

/// Leaves a success notice and goes to `to`.
async fn succeed(session: &Session, form: &str, done: Done) -> Response {
    let to = done.to;
    let flash = Flash {
        form: form.into(),
        notice: Some(done.notice),
        success: true,
        reveal: done.reveal,
        problems: done.problems,
        ..Flash::default()
    };
    if let Err(e) = session::set_flash(session, &flash).await {
        tracing::warn!(?e, "could not store the flash");
    }
    Redirect::to(&to).into_response()
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
    let mut problems = Vec::new();
    let (notice, errors) = match error {
        AppError::Invalid(errors) => (None, errors),
        AppError::Rows(rows) => {
            let notice = AppError::Rows(rows.clone()).message();
            problems = rows;
            problems.truncate(SHOWN_PROBLEMS);
            (Some(notice), Default::default())
        }
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
        problems,
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

#[derive(Deserialize)]
struct TimeZoneForm {
    #[serde(default)]
    time_zone: String,
}

async fn set_time_zone(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<TimeZoneForm>,
) -> Response {
    let result = async {
        let user = session::session_user(&state, &session).await?;
        auth::set_time_zone(&state, user.as_ref(), &form.time_zone).await?;
        Ok(Done::to(tkey("notice-time-zone-saved"), "/account"))
    }
    .await;
    let values = vec![("time_zone", form.time_zone)];
    finish(&session, "time-zone", result, values, "/account").await
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
        .await?;
        Ok(Done::to(tkey("notice-password-changed"), "/account"))
    }
    .await;
    finish(&session, "change-password", result, vec![], "/account").await
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
        let (_, secret) = auth::create_token(&state, user.as_ref(), &form.name).await?;
        Ok(Done {
            reveal: Some(secret),
            ..Done::to(tkey("notice-token-created"), "/account")
        })
    }
    .await;
    let values = vec![("name", form.name)];
    finish(&session, "tokens", result, values, "/account").await
}

async fn revoke_token(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let result = async {
        let user = session::session_user(&state, &session).await?;
        auth::revoke_token(&state, user.as_ref(), &id).await?;
        Ok(Done::to(tkey("notice-token-revoked"), "/account"))
    }
    .await;
    finish(&session, "tokens", result, vec![], "/account").await
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
        let invitation = auth::invite(
            &state,
            user.as_ref(),
            &form.email,
            &form.name,
            Some(&form.member_body),
        )
        .await?;
        Ok(Done {
            reveal: Some(invitation.link),
            ..Done::to(tkey("notice-invitation-created"), "/admin/invitations")
        })
    }
    .await;
    let values = vec![
        ("email", form.email),
        ("name", form.name),
        ("member_body", form.member_body),
    ];
    finish(&session, "invite", result, values, "/admin/invitations").await
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
    let result = auth::accept_invitation(
        &state,
        Some(&session),
        &token,
        &form.password,
        Some(&form.confirm_password),
    )
    .await;
    match result {
        Ok(_) => succeed(&session, "welcome", Done::to("notice-welcome", "/")).await,
        Err(e) => {
            let back = format!("/invitations/{token}");
            fail(&session, "accept", e, vec![], &back).await
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
        let status = Some(form.status.as_str());
        committees::set_membership(&state, user.as_ref(), &id, &form.member_body, status).await?;
        Ok(Done::to(tkey("notice-membership-saved"), &back))
    }
    .await;
    let values = vec![("member_body", form.member_body), ("status", form.status)];
    finish(&session, "membership", result, values, &back).await
}

async fn end_membership(
    State(state): State<AppState>,
    session: Session,
    Path((id, code)): Path<(String, String)>,
) -> Response {
    let back = format!("/committees/{id}/manage");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_membership(&state, user.as_ref(), &id, &code, None).await?;
        Ok(Done::to(tkey("notice-membership-ended"), &back))
    }
    .await;
    finish(&session, "membership", result, vec![], &back).await
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
        // The new committee's page shows the notice (form "created").
        Ok(created) => {
            let to = format!("/committees/{}", created.id);
            succeed(
                &session,
                "created",
                Done::to("notice-committee-created", to),
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
struct CommitteeDetailsForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_ar: String,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    secretariat: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    time_zone: String,
}

async fn update_committee(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<CommitteeDetailsForm>,
) -> Response {
    let back = format!("/committees/{id}/manage");
    let changes = app::model::CommitteeChangesInput {
        title: Some(form.title.clone()),
        title_fr: Some(form.title_fr.clone()),
        title_ar: Some(form.title_ar.clone()),
        scope: Some(form.scope.clone()),
        secretariat: Some(form.secretariat.clone()),
        status: Some(form.status.clone()),
        time_zone: Some(form.time_zone.clone()),
    };
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::update_committee(&state, user.as_ref(), &id, &changes).await?;
        Ok(Done::to(tkey("notice-committee-updated"), &back))
    }
    .await;
    let values = vec![
        ("title", form.title),
        ("title_fr", form.title_fr),
        ("title_ar", form.title_ar),
        ("scope", form.scope),
        ("secretariat", form.secretariat),
        ("status", form.status),
        ("time_zone", form.time_zone),
    ];
    finish(&session, "details", result, values, &back).await
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
        committees::set_role(&state, user.as_ref(), &id, &form.user_id, "delegate", true).await?;
        Ok(Done::to(tkey("notice-delegate-nominated"), &back))
    }
    .await;
    finish(&session, "delegates", result, vec![], &back).await
}

async fn withdraw_delegate(
    State(state): State<AppState>,
    session: Session,
    Path((id, user_id)): Path<(String, String)>,
) -> Response {
    let back = format!("/committees/{id}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        committees::set_role(&state, user.as_ref(), &id, &user_id, "delegate", false).await?;
        Ok(Done::to(tkey("notice-delegate-withdrawn"), &back))
    }
    .await;
    finish(&session, "delegates", result, vec![], &back).await
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
        committees::set_role_by_email(&state, user.as_ref(), &id, &form.email, &form.role).await?;
        Ok(Done::to(tkey("notice-role-given"), &back))
    }
    .await;
    let values = vec![("email", form.email), ("role", form.role)];
    finish(&session, "roles", result, values, &back).await
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
        committees::set_role(&state, user.as_ref(), &id, &user_id, &form.role, false).await?;
        Ok(Done::to(tkey("notice-role-removed"), &back))
    }
    .await;
    finish(&session, "roles", result, vec![], &back).await
}

#[derive(Deserialize)]
struct BodyForm {
    #[serde(default)]
    acronym: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    name_fr: String,
    #[serde(default)]
    name_ar: String,
}

async fn create_body(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<BodyForm>,
) -> Response {
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let acronym = member_bodies::create_body(
            &state,
            user.as_ref(),
            &form.acronym,
            &form.name,
            Some(&form.name_fr),
            Some(&form.name_ar),
        )
        .await?;
        Ok(Done::to(
            tkey("notice-body-created"),
            format!("/bodies/{acronym}"),
        ))
    }
    .await;
    let values = vec![
        ("acronym", form.acronym),
        ("name", form.name),
        ("name_fr", form.name_fr),
        ("name_ar", form.name_ar),
    ];
    finish(&session, "body", result, values, "/").await
}

#[derive(Deserialize)]
struct BodyMemberForm {
    #[serde(default)]
    member_body: String,
    #[serde(default)]
    category: String,
}

async fn set_body_member(
    State(state): State<AppState>,
    session: Session,
    Path(acronym): Path<String>,
    Form(form): Form<BodyMemberForm>,
) -> Response {
    let back = format!("/bodies/{acronym}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        member_bodies::set_body_member(
            &state,
            user.as_ref(),
            &acronym,
            &form.member_body,
            &form.category,
        )
        .await?;
        Ok(Done::to(tkey("notice-body-member-saved"), &back))
    }
    .await;
    let values = vec![
        ("member_body", form.member_body),
        ("category", form.category),
    ];
    finish(&session, "body-members", result, values, &back).await
}

#[derive(Deserialize)]
struct MemberBodyForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    country: String,
}

async fn create_member_body(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<MemberBodyForm>,
) -> Response {
    let result = async {
        let user = session::session_user(&state, &session).await?;
        let created =
            member_bodies::create(&state, user.as_ref(), &form.code, &form.name, &form.country)
                .await?;
        Ok(Done::to(
            tkey("notice-member-body-created"),
            format!("/member-bodies/{}", created.code),
        ))
    }
    .await;
    let values = vec![
        ("code", form.code),
        ("name", form.name),
        ("country", form.country),
    ];
    finish(&session, "member-body", result, values, "/member-bodies").await
}

async fn give_person_role(
    State(state): State<AppState>,
    session: Session,
    Path(code): Path<String>,
    Form(form): Form<RoleForm>,
) -> Response {
    let back = format!("/member-bodies/{code}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        member_bodies::set_person_role_by_email(
            &state,
            user.as_ref(),
            &code,
            &form.email,
            &form.role,
        )
        .await?;
        Ok(Done::to(tkey("notice-role-given"), &back))
    }
    .await;
    let values = vec![("email", form.email), ("role", form.role)];
    finish(&session, "people", result, values, &back).await
}

async fn remove_person_role(
    State(state): State<AppState>,
    session: Session,
    Path((code, user_id)): Path<(String, String)>,
) -> Response {
    let back = format!("/member-bodies/{code}");
    let result = async {
        let user = session::session_user(&state, &session).await?;
        member_bodies::remove_person_role(&state, user.as_ref(), &code, &user_id).await?;
        Ok(Done::to(tkey("notice-role-removed"), &back))
    }
    .await;
    finish(&session, "people", result, vec![], &back).await
}
