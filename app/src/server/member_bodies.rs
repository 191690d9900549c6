//! Bodies and member bodies: registering them, membership of bodies, people's roles.

use super::{db, new_id, now_ms, session, state::AppState};
use crate::{
    domain::{
        member_bodies::{check_category, check_new, check_new_body, check_role_removal},
        permissions::{decide, Action, Decision, MemberBodyRole},
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

/// A member body's page data: its committees, its people, and whether the person asking
/// may change who is who there.
pub async fn view(
    state: &AppState,
    user: Option<&UserView>,
    code: &str,
) -> AppResult<MemberBodyView> {
    let actor = session::load_actor(state, user).await?;
    let (id, code, name, country) =
        db::committees::member_body_details(&state.pool, &code.trim().to_uppercase())
            .await?
            .ok_or(AppError::NotFound)?;
    let (committees, people) = tokio::try_join!(
        db::committees::committees_of_member_body(&state.pool, &id),
        db::committees::people_of_member_body(&state.pool, &id),
    )?;
    let can_manage_people = decide(
        &actor,
        &Action::ManageMemberBodyPeople {
            member_body_id: id.clone(),
        },
    ) == Decision::Allow;
    Ok(MemberBodyView {
        member_body: MemberBodySummary {
            code,
            name,
            country,
        },
        committees: committees
            .into_iter()
            .map(|c| MemberBodyCommitteeView {
                committee: CommitteeSummary {
                    id: c.id,
                    reference: c.reference,
                    title_en: c.title_en,
                    title_fr: c.title_fr,
                    title_ar: c.title_ar,
                    secretariat: None,
                    status: c.committee_status,
                },
                membership: c.status,
                since: c.since,
            })
            .collect(),
        people: people
            .into_iter()
            .map(|(id, name, role, since)| MemberBodyPersonView {
                id,
                name,
                role,
                since,
            })
            .collect(),
        can_manage_people,
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
) -> AppResult<String> {
    session::require(state, user, &Action::ManageBodies).await?;
    let acronym = acronym.trim().to_uppercase();
    let errors = check_new_body(&acronym, name);
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
        Ok(()) => Ok(acronym),
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
    let (body_id, _) = db::committees::body_by_acronym(&state.pool, &acronym.trim().to_uppercase())
        .await?
        .ok_or(AppError::NotFound)?;
    check_category(category).map_err(|m| AppError::invalid("category", m))?;
    let code = code.trim().to_uppercase();
    let Some((member_body_id, _)) = db::committees::member_body_by_code(&state.pool, &code).await?
    else {
        return Err(AppError::invalid(
            "member_body",
            Message::new("error-member-body-unknown").arg("code", code),
        ));
    };
    db::committees::upsert_body_member(&state.pool, &body_id, &member_body_id, category, now_ms())
        .await?;
    Ok(())
}

/// The member body `code`, once the person asking is allowed to change its people.
async fn people_manager(
    state: &AppState,
    user: Option<&UserView>,
    code: &str,
) -> AppResult<String> {
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
    Ok(member_body_id)
}

/// Gives a person a role (officer, expert) in a member body: its officers or a portal
/// administrator. `user_field` names the field the person was given in (`user` in the API,
/// `email` in the page's form).
pub async fn set_person_role(
    state: &AppState,
    user: Option<&UserView>,
    code: &str,
    user_id: &str,
    role: &str,
) -> AppResult<()> {
    let member_body_id = people_manager(state, user, code).await?;
    let person = db::users::find_by_id(&state.pool, user_id).await?;
    write_person_role(state, &member_body_id, person.map(|p| p.id), "user", role).await
}

/// The same, naming the person by e-mail address (the member-body page's form). The
/// permission is checked first, so nobody else learns who has an account.
pub async fn set_person_role_by_email(
    state: &AppState,
    user: Option<&UserView>,
    code: &str,
    email: &str,
    role: &str,
) -> AppResult<()> {
    let member_body_id = people_manager(state, user, code).await?;
    let email = crate::domain::accounts::normalise_email(email);
    let person = db::users::find_by_email(&state.pool, &email).await?;
    write_person_role(state, &member_body_id, person.map(|p| p.id), "email", role).await
}

async fn write_person_role(
    state: &AppState,
    member_body_id: &str,
    person: Option<String>,
    user_field: &str,
    role: &str,
) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    let role = MemberBodyRole::from_code(role);
    if role.is_none() {
        errors.add("role", Message::new("error-member-body-role-invalid"));
    }
    if person.is_none() {
        errors.add(user_field, Message::new("error-user-unknown"));
    }
    let (Some(role), Some(person)) = (role, person) else {
        return Err(AppError::Invalid(errors));
    };
    db::committees::upsert_member_body_role(
        &state.pool,
        member_body_id,
        &person,
        role.code(),
        now_ms(),
    )
    .await?;
    tracing::info!(member_body_id, user = %person, role = role.code(), "member-body role set");
    Ok(())
}

/// Takes a person's role in a member body away (its officers or a portal administrator; see
/// `check_role_removal` for one's own).
pub async fn remove_person_role(
    state: &AppState,
    user: Option<&UserView>,
    code: &str,
    user_id: &str,
) -> AppResult<()> {
    let member_body_id = people_manager(state, user, code).await?;
    if let Some(remover) = user {
        check_role_removal(&remover.id, remover.is_portal_admin, user_id)
            .map_err(AppError::Conflict)?;
    }
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::committees::delete_member_body_role(&mut *tx, &member_body_id, user_id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    tracing::info!(member_body_id, user = %user_id, "member-body role removed");
    Ok(())
}
