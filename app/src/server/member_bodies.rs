//! Bodies and member bodies: registering them, membership of bodies, people's roles.

use super::{db, new_id, now_ms, session, state::AppState};
use crate::{
    domain::{
        member_bodies::{check_category, check_new},
        permissions::{Action, MemberBodyRole},
    },
    error::{AppError, AppResult},
    model::{
        CommitteeSummary, FieldErrors, MemberBodyCommitteeView, MemberBodyPersonView,
        MemberBodySummary, MemberBodyView, Message, UserView,
    },
};

/// Every member body.
pub async fn list(state: &AppState) -> AppResult<Vec<MemberBodySummary>> {
    Ok(db::committees::list_member_bodies(&state.pool)
        .await?
        .into_iter()
        .map(|(code, name, country)| MemberBodySummary {
            code,
            name,
            country,
        })
        .collect())
}

/// Registers a national member body (portal administrators).
pub async fn create(
    state: &AppState,
    user: Option<&UserView>,
    code: &str,
    name: &str,
    country: &str,
) -> AppResult<MemberBodySummary> {
    session::require(state, user, &Action::ManageMemberBodies).await?;
    let code = code.trim().to_uppercase();
    let country = country.trim().to_uppercase();
    let errors = check_new(&code, name, &country);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    match db::bodies::insert_member_body(
        &state.pool,
        &new_id(),
        &code,
        name.trim(),
        &country,
        now_ms(),
    )
    .await
    {
        Ok(()) => Ok(MemberBodySummary {
            code,
            name: name.trim().to_string(),
            country,
        }),
        Err(e) if db::users::is_unique_violation(&e) => Err(AppError::invalid(
            "code",
            Message::new("error-member-body-code-taken").arg("code", code),
        )),
        Err(e) => Err(e.into()),
    }
}

/// A member body's page data.
pub async fn view(state: &AppState, code: &str) -> AppResult<MemberBodyView> {
    let (id, code) = db::committees::member_body_by_code(&state.pool, &code.trim().to_uppercase())
        .await?
        .ok_or(AppError::NotFound)?;
    let (name, country): (String, String) =
        sqlx::query_as("SELECT name, country FROM member_bodies WHERE id = $1")
            .bind(&id)
            .fetch_one(&state.pool)
            .await?;
    let (committees, people) = tokio::try_join!(
        db::committees::committees_of_member_body(&state.pool, &id),
        db::committees::people_of_member_body(&state.pool, &id),
    )?;
    Ok(MemberBodyView {
        member_body: MemberBodySummary {
            code,
            name,
            country,
        },
        committees: committees
            .into_iter()
            .map(
                |(id, reference, title_en, title_fr, title_ar, status)| MemberBodyCommitteeView {
                    committee: CommitteeSummary {
                        id,
                        reference,
                        title_en,
                        title_fr,
                        title_ar,
                        secretariat: None,
                    },
                    status,
                },
            )
            .collect(),
        people: people
            .into_iter()
            .map(|(id, name, role)| MemberBodyPersonView { id, name, role })
            .collect(),
    })
}

/// Registers a body (portal administrators).
pub async fn create_body(
    state: &AppState,
    user: Option<&UserView>,
    acronym: &str,
    name: &str,
    name_fr: Option<&str>,
    name_ar: Option<&str>,
) -> AppResult<()> {
    session::require(state, user, &Action::ManageBodies).await?;
    let acronym = acronym.trim().to_uppercase();
    let mut errors = FieldErrors::default();
    if !((2..=12).contains(&acronym.len())
        && acronym
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
    {
        errors.add("acronym", Message::new("error-body-acronym-invalid"));
    }
    if name.trim().is_empty() {
        errors.add("name", Message::new("error-name-required"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let name_fr = name_fr.map(str::trim).filter(|v| !v.is_empty());
    let name_ar = name_ar.map(str::trim).filter(|v| !v.is_empty());
    match db::bodies::insert_body(
        &state.pool,
        &new_id(),
        &acronym,
        (name.trim(), name_fr, name_ar),
        now_ms(),
    )
    .await
    {
        Ok(()) => Ok(()),
        Err(e) if db::users::is_unique_violation(&e) => Err(AppError::invalid(
            "acronym",
            Message::new("error-body-acronym-taken").arg("acronym", acronym),
        )),
        Err(e) => Err(e.into()),
    }
}

/// Makes a member body a member (affiliate, observer) of a body (portal administrators).
pub async fn set_body_member(
    state: &AppState,
    user: Option<&UserView>,
    acronym: &str,
    code: &str,
    category: &str,
) -> AppResult<()> {
    session::require(state, user, &Action::ManageBodies).await?;
    let (body_id, _) = db::committees::body_by_acronym(&state.pool, acronym)
        .await?
        .ok_or(AppError::NotFound)?;
    check_category(category).map_err(|m| AppError::invalid("category", m))?;
    let (member_body_id, _) =
        db::committees::member_body_by_code(&state.pool, &code.trim().to_uppercase())
            .await?
            .ok_or(AppError::NotFound)?;
    db::committees::upsert_body_member(&state.pool, &body_id, &member_body_id, category, now_ms())
        .await?;
    Ok(())
}

/// Gives a person a role (officer, expert) in a member body: its officers or a portal administrator.
pub async fn set_person_role(
    state: &AppState,
    user: Option<&UserView>,
    code: &str,
    user_id: &str,
    role: &str,
) -> AppResult<()> {
    let (member_body_id, _) =
        db::committees::member_body_by_code(&state.pool, &code.trim().to_uppercase())
            .await?
            .ok_or(AppError::NotFound)?;
    session::require(
        state,
        user,
        &Action::ManageMemberBodyPeople {
            member_body_id: member_body_id.clone(),
        },
    )
    .await?;
    let role = MemberBodyRole::from_code(role)
        .ok_or_else(|| AppError::invalid("role", Message::new("error-member-body-role-invalid")))?;
    if db::users::find_by_id(&state.pool, user_id).await?.is_none() {
        return Err(AppError::invalid(
            "user",
            Message::new("error-user-unknown"),
        ));
    }
    db::committees::upsert_member_body_role(
        &state.pool,
        &member_body_id,
        user_id,
        role.code(),
        now_ms(),
    )
    .await?;
    Ok(())
}
