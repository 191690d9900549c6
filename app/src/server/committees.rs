//! Committees: the committee page's data, and member bodies' memberships (with history).
//! Called by the committee page, its form routes and the JSON API alike.

use std::collections::HashMap;

use super::{
    db::{self, committees::NewHistory},
    new_id, now_ms, session,
    state::AppState,
};
use crate::{
    domain::{
        committees::{check_changes_allowed, check_membership, MembershipStatus},
        permissions::{decide, Action, CommitteeRef, Decision},
    },
    error::{AppError, AppResult},
    model::{
        CommitteeHistoryView, CommitteeMemberView, CommitteeRoleView, CommitteeView, Message,
        UserView,
    },
};

/// How many history lines the committee page shows.
const HISTORY_LINES: i64 = 50;

async fn committee_ref(state: &AppState, id: &str) -> AppResult<db::committees::CommitteeRow> {
    db::committees::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The committee's home page: details, roles, members with their delegates, history.
pub async fn view(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<CommitteeView> {
    let actor = session::require(state, user, &Action::ViewPublic).await?;
    let row = committee_ref(state, id).await?;
    let (members, roles, history) = tokio::try_join!(
        db::committees::members(&state.pool, id),
        db::committees::roles(&state.pool, id),
        db::committees::history(&state.pool, id, HISTORY_LINES),
    )?;
    let mut delegates: HashMap<String, Vec<String>> = HashMap::new();
    for r in roles.iter().filter(|r| r.role == "delegate") {
        if let Some(mb) = &r.member_body {
            delegates
                .entry(mb.clone())
                .or_default()
                .push(r.name.clone());
        }
    }
    let target = CommitteeRef {
        id: row.id.clone(),
        body_id: row.body_id.clone(),
    };
    let can_manage =
        decide(&actor, &Action::ManageCommitteeMembers(target.clone())) == Decision::Allow;
    let can_edit = decide(
        &actor,
        &Action::ManageCommitteesOf {
            body_id: row.body_id.clone(),
        },
    ) == Decision::Allow;
    // An officer of a member body that takes part may nominate its people.
    let mut nomination = None;
    // A disbanded committee takes no nominations.
    let open_for_changes = check_changes_allowed(&row.status).is_ok();
    let nominating = if open_for_changes { &members[..] } else { &[] };
    for member in nominating {
        let takes_part =
            MembershipStatus::from_code(&member.status).is_some_and(|s| s.nominates_delegates());
        let action = Action::NominateDelegates {
            committee: target.clone(),
            member_body_id: member.member_body_id.clone(),
            member_body_takes_part: takes_part,
        };
        let is_officer = actor
            .member_body_roles
            .iter()
            .any(|(m, _)| *m == member.member_body_id);
        if is_officer && decide(&actor, &action) == Decision::Allow {
            let already: Vec<&str> = roles
                .iter()
                .filter(|r| r.role == "delegate")
                .map(|r| r.user_id.as_str())
                .collect();
            let people =
                db::committees::people_of_member_body(&state.pool, &member.member_body_id).await?;
            nomination = Some(crate::model::NominationView {
                member_body: member.code.clone(),
                candidates: people
                    .into_iter()
                    .filter(|(id, _, _, _)| !already.contains(&id.as_str()))
                    .map(|(id, name, _, _)| crate::model::PersonView { id, name })
                    .collect(),
            });
            break;
        }
    }
    Ok(CommitteeView {
        members: members
            .into_iter()
            .map(|m| CommitteeMemberView {
                delegates: delegates.remove(&m.code).unwrap_or_default(),
                member_body: m.code,
                name: m.name,
                country: m.country,
                status: m.status,
                since: m.since,
            })
            .collect(),
        roles: roles
            .into_iter()
            .map(|r| CommitteeRoleView {
                user_id: r.user_id,
                name: r.name,
                role: r.role,
                member_body: r.member_body,
            })
            .collect(),
        history: history
            .into_iter()
            .map(|h| CommitteeHistoryView {
                at: h.at,
                actor: h.actor,
                kind: h.kind,
                subject: h.subject,
                from: h.from_value,
                to: h.to_value,
            })
            .collect(),
        id: row.id,
        reference: row.reference,
        body: row.body_acronym,
        title_en: row.title_en,
        title_fr: row.title_fr,
        title_ar: row.title_ar,
        scope: row.scope,
        status: row.status,
        secretariat: row.secretariat,
        time_zone: row.time_zone,
        can_manage,
        can_edit,
        nomination,
    })
}

/// Sets a member body's membership of a committee (`status` = `None` ends it). Recorded in
/// the committee's history in the same transaction.
pub async fn set_membership(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    member_body_code: &str,
    status: Option<&str>,
) -> AppResult<()> {
    // Who is asking, and may they?
    let committee = committee_ref(state, committee_id).await?;
    let target = CommitteeRef {
        id: committee.id.clone(),
        body_id: committee.body_id.clone(),
    };
    let actor = session::require(state, user, &Action::ManageCommitteeMembers(target)).await?;
    // Check the input.
    check_changes_allowed(&committee.status).map_err(AppError::Conflict)?;
    let status = match status {
        Some(code) => Some(MembershipStatus::from_code(code).ok_or_else(|| {
            AppError::invalid("status", Message::new("error-membership-status-invalid"))
        })?),
        None => None,
    };
    let code = member_body_code.trim().to_uppercase();
    let mut tx = db::begin_write(&state.pool).await?;
    let Some((member_body_id, code)) = db::committees::member_body_by_code(&mut *tx, &code).await?
    else {
        return Err(AppError::invalid(
            "member_body",
            Message::new("error-member-body-unknown").arg("code", code),
        ));
    };
    if let Some(status) = status {
        let belongs =
            db::committees::is_body_member(&mut *tx, &committee.body_id, &member_body_id).await?;
        check_membership(status, belongs).map_err(|m| {
            AppError::invalid("member_body", m.arg("body", committee.body_acronym.clone()))
        })?;
    }
    // Write, with the history line, in one transaction.
    let before = db::committees::membership(&mut *tx, &committee.id, &member_body_id).await?;
    let now = now_ms();
    match status {
        Some(status) => {
            if before.as_deref() == Some(status.code()) {
                return Ok(());
            }
            db::committees::upsert_membership(
                &mut *tx,
                &committee.id,
                &member_body_id,
                status.code(),
                now,
            )
            .await?;
        }
        None => {
            if !db::committees::delete_membership(&mut *tx, &committee.id, &member_body_id).await? {
                return Err(AppError::NotFound);
            }
        }
    }
    db::committees::insert_history(
        &mut tx,
        &NewHistory {
            id: &new_id(),
            committee_id: &committee.id,
            at: now,
            actor_id: actor.user_id.as_deref(),
            kind: "membership",
            subject: &code,
            from_value: before.as_deref(),
            to_value: status.map(|s| s.code()),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(committee = %committee.reference, member_body = %code, ?status, "membership changed");
    Ok(())
}

/// A body's page: committees, member bodies, and what the person may change there.
pub async fn body_view(
    state: &AppState,
    user: Option<&UserView>,
    acronym: &str,
) -> AppResult<crate::model::BodyView> {
    let actor = session::load_actor(state, user).await?;
    let body = db::bodies::find_by_acronym(&state.pool, &acronym.trim().to_uppercase())
        .await?
        .ok_or(AppError::NotFound)?;
    let (committees, members) = tokio::try_join!(
        db::bodies::committees_of_body(&state.pool, &body.id),
        db::committees::body_members(&state.pool, &body.id),
    )?;
    let can_manage = decide(
        &actor,
        &Action::ManageCommitteesOf {
            body_id: body.id.clone(),
        },
    ) == Decision::Allow;
    let can_manage_members = decide(&actor, &Action::ManageBodies) == Decision::Allow;
    Ok(crate::model::BodyView {
        acronym: body.acronym,
        name_en: body.name_en,
        name_fr: body.name_fr,
        name_ar: body.name_ar,
        committees,
        members: members
            .into_iter()
            .map(|m| crate::model::BodyMemberView {
                code: m.code,
                name: m.name,
                country: m.country,
                category: m.category,
                since: m.since,
            })
            .collect(),
        can_manage,
        can_manage_members,
    })
}

/// The member body `code` as a secretariat in the body: its id, or a message on the
/// `secretariat` field when it is unknown or not a member body of the body.
async fn secretariat_of_body(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    body_id: &str,
    body_acronym: &str,
    code: &str,
    errors: &mut crate::model::FieldErrors,
) -> AppResult<Option<String>> {
    let found = db::committees::member_body_by_code(&mut **tx, code).await?;
    let message = match found {
        Some((id, _)) if db::committees::is_body_member(&mut **tx, body_id, &id).await? => {
            return Ok(Some(id));
        }
        Some(_) => Message::new("error-secretariat-not-member")
            .arg("code", code.to_string())
            .arg("body", body_acronym.to_string()),
        None => Message::new("error-member-body-unknown").arg("code", code.to_string()),
    };
    errors.add("secretariat", message);
    Ok(None)
}

fn trimmed(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Creates a committee in a body (body administrators), with its secretariat, recorded in
/// its history. Every problem is reported on its field; nothing is written unless all is well.
pub async fn create_committee(
    state: &AppState,
    user: Option<&UserView>,
    acronym: &str,
    input: &crate::model::NewCommitteeInput,
) -> AppResult<crate::model::CommitteeSummary> {
    use crate::{domain::committees as rules, model::FieldErrors};
    let (body_id, acronym) =
        db::committees::body_by_acronym(&state.pool, &acronym.trim().to_uppercase())
            .await?
            .ok_or(AppError::NotFound)?;
    let actor = session::require(
        state,
        user,
        &Action::ManageCommitteesOf {
            body_id: body_id.clone(),
        },
    )
    .await?;

    let mut errors = FieldErrors::default();
    let kind = input.kind.trim().to_uppercase();
    let number = input.number.filter(|n| (1..=99_999).contains(n));
    if number.is_none() {
        errors.add("number", Message::new("error-committee-number-invalid"));
    }
    let title = input.title.trim();
    if title.is_empty() {
        errors.add("title", Message::new("error-committee-title-required"));
    }
    let mut tx = db::begin_write(&state.pool).await?;
    let parent = match trimmed(&input.parent_id) {
        Some(id) => match db::committees::parent_info(&mut *tx, id).await? {
            Some(p) if p.0 == body_id => Some(p),
            _ => {
                errors.add("parent_id", Message::new("error-committee-parent-unknown"));
                None
            }
        },
        None => None,
    };
    if errors.for_field("parent_id").next().is_none() {
        if let Err((field, message)) =
            rules::check_nesting(&kind, parent.as_ref().map(|p| p.1.as_str()))
        {
            errors.add(field, message);
        }
    }
    let secretariat_code = input.secretariat.trim().to_uppercase();
    let secretariat =
        secretariat_of_body(&mut tx, &body_id, &acronym, &secretariat_code, &mut errors).await?;
    let reference =
        number.map(|n| rules::reference(&acronym, parent.as_ref().map(|p| p.2.as_str()), &kind, n));
    if let Some(reference) = &reference {
        if errors.is_empty() && db::committees::reference_taken(&mut *tx, reference).await? {
            errors.add(
                "number",
                Message::new("error-committee-reference-taken").arg("reference", reference.clone()),
            );
        }
    }
    let (Some(number), Some(reference), Some(secretariat), true) =
        (number, reference, secretariat, errors.is_empty())
    else {
        return Err(AppError::Invalid(errors));
    };

    let id = new_id();
    let now = now_ms();
    let sort_key = rules::sort_key(parent.as_ref().map(|p| p.3.as_str()), &kind, number);
    let inserted = db::bodies::insert_committee(
        &mut *tx,
        &db::bodies::NewCommittee {
            id: &id,
            body_id: &body_id,
            parent_id: trimmed(&input.parent_id),
            kind: &kind,
            number,
            reference: &reference,
            sort_key: &sort_key,
            titles: (title, trimmed(&input.title_fr), trimmed(&input.title_ar)),
            scope: trimmed(&input.scope),
            secretariat_id: Some(&secretariat),
            now_ms: now,
        },
    )
    .await;
    if let Err(e) = inserted {
        // Two administrators creating the same reference at once: the unique index decides.
        return Err(if db::users::is_unique_violation(&e) {
            AppError::invalid(
                "number",
                Message::new("error-committee-reference-taken").arg("reference", reference),
            )
        } else {
            e.into()
        });
    }
    db::committees::insert_history(
        &mut tx,
        &NewHistory {
            id: &new_id(),
            committee_id: &id,
            at: now,
            actor_id: actor.user_id.as_deref(),
            kind: "secretariat",
            subject: &reference,
            from_value: None,
            to_value: Some(&secretariat_code),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(%reference, "committee created");
    Ok(crate::model::CommitteeSummary {
        id,
        reference,
        title_en: title.to_string(),
        title_fr: trimmed(&input.title_fr).map(String::from),
        title_ar: trimmed(&input.title_ar).map(String::from),
        secretariat: Some(secretariat_code),
        status: "active".into(),
    })
}

/// Gives (`role` = `Some`) or takes away (`None`) a person's role in a committee, recorded in
/// its history. Delegates are nominated by their member body's officer (or the committee's
/// managers); the other roles are set by the committee's managers.
pub async fn set_role(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    target_user_id: &str,
    role_code: &str,
    give: bool,
) -> AppResult<()> {
    use crate::domain::permissions::CommitteeRole;
    let committee = committee_ref(state, committee_id).await?;
    let target = CommitteeRef {
        id: committee.id.clone(),
        body_id: committee.body_id.clone(),
    };
    // Who is asking comes first: the signed-out get 401 and only the committee's managers
    // learn what is wrong with the request (whether an account exists, say); officers
    // nominating delegates are judged once the person is known.
    let actor = session::load_actor(state, user).await?;
    if actor.user_id.is_none() {
        return Err(AppError::Unauthenticated);
    }
    let manages = session::check(&actor, &Action::ManageCommitteeMembers(target.clone())).is_ok();
    let refuse = |error: AppError| if manages { error } else { AppError::Forbidden };
    let role = CommitteeRole::from_code(role_code).ok_or_else(|| {
        refuse(AppError::invalid(
            "role",
            Message::new("error-role-invalid"),
        ))
    })?;
    let person = db::users::find_by_id(&state.pool, target_user_id)
        .await?
        .ok_or_else(|| {
            refuse(AppError::invalid(
                "user",
                Message::new("error-user-unknown"),
            ))
        })?;
    // Who may: for delegates, the nominating member body's officer; else the managers.
    let mut member_body_id = None;
    let action = if role == CommitteeRole::Delegate {
        let Some((mb_id, _)) = db::committees::member_body_of_user(&state.pool, &person.id).await?
        else {
            return Err(refuse(AppError::invalid(
                "user",
                Message::new("error-delegate-without-member-body"),
            )));
        };
        let status = db::committees::membership(&state.pool, &committee.id, &mb_id).await?;
        let takes_part = status
            .as_deref()
            .and_then(MembershipStatus::from_code)
            .is_some_and(|s| s.nominates_delegates());
        member_body_id = Some(mb_id.clone());
        Action::NominateDelegates {
            committee: target,
            member_body_id: mb_id,
            member_body_takes_part: takes_part,
        }
    } else {
        Action::ManageCommitteeMembers(target)
    };
    session::check(&actor, &action)?;
    check_changes_allowed(&committee.status).map_err(AppError::Conflict)?;
    let mut tx = db::begin_write(&state.pool).await?;
    let held = db::committees::has_role(&mut *tx, &committee.id, &person.id, role.code()).await?;
    let now = now_ms();
    match (give, held) {
        (true, true) => return Ok(()),
        (false, false) => return Err(AppError::NotFound),
        (true, false) => {
            db::committees::insert_role(
                &mut *tx,
                &committee.id,
                &person.id,
                role.code(),
                member_body_id.as_deref(),
                now,
            )
            .await?
        }
        (false, true) => {
            db::committees::delete_role(&mut *tx, &committee.id, &person.id, role.code()).await?;
        }
    }
    let (from, to) = if give {
        (None, Some(role.code()))
    } else {
        (Some(role.code()), None)
    };
    db::committees::insert_history(
        &mut tx,
        &NewHistory {
            id: &new_id(),
            committee_id: &committee.id,
            at: now,
            actor_id: actor.user_id.as_deref(),
            kind: "role",
            subject: &person.name,
            from_value: from,
            to_value: to,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(committee = %committee.reference, user = %person.id, role = role.code(), give, "committee role changed");
    Ok(())
}

/// The committees where the signed-in person holds a role.
pub async fn my_committees(
    state: &AppState,
    user: Option<&UserView>,
) -> AppResult<Vec<crate::model::MyCommitteeView>> {
    session::require(state, user, &Action::ManageOwnAccount).await?;
    let user = session::require_user(user.cloned())?;
    Ok(db::committees::committees_of_user(&state.pool, &user.id)
        .await?
        .into_iter()
        .map(|r| crate::model::MyCommitteeView {
            committee: crate::model::CommitteeSummary {
                id: r.id,
                reference: r.reference,
                title_en: r.title_en,
                title_fr: r.title_fr,
                title_ar: r.title_ar,
                secretariat: None,
                status: r.status,
            },
            role: r.role,
        })
        .collect())
}

/// Gives or takes a role, naming the person by e-mail address (the manage page's form).
pub async fn set_role_by_email(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    email: &str,
    role_code: &str,
) -> AppResult<()> {
    // The form is the managers': check that first, so nobody else learns who has an account.
    let committee = committee_ref(state, committee_id).await?;
    let target = CommitteeRef {
        id: committee.id.clone(),
        body_id: committee.body_id.clone(),
    };
    session::require(state, user, &Action::ManageCommitteeMembers(target)).await?;
    let email = crate::domain::accounts::normalise_email(email);
    let Some(person) = db::users::find_by_email(&state.pool, &email).await? else {
        return Err(AppError::invalid(
            "email",
            Message::new("error-user-unknown"),
        ));
    };
    set_role(state, user, committee_id, &person.id, role_code, true)
        .await
        .map_err(|e| match e {
            AppError::Invalid(mut errors) => {
                // The form names the person by e-mail: move "user" problems onto that field.
                for (field, _) in errors.0.iter_mut() {
                    if field == "user" {
                        *field = "email".into();
                    }
                }
                AppError::Invalid(errors)
            }
            other => other,
        })
}

/// Changes a committee's titles, scope, secretariat or status (its body's administrators).
/// Each change is a line in the committee's history, written in the same transaction.
pub async fn update_committee(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    changes: &crate::model::CommitteeChangesInput,
) -> AppResult<crate::model::CommitteeSummary> {
    use crate::{
        domain::committees::{check_status_change, CommitteeStatus},
        model::FieldErrors,
    };
    // Who is asking, and may they?
    let committee = committee_ref(state, committee_id).await?;
    let actor = session::require(
        state,
        user,
        &Action::ManageCommitteesOf {
            body_id: committee.body_id.clone(),
        },
    )
    .await?;

    // Load, under the write lock, and check every field.
    let mut tx = db::begin_write(&state.pool).await?;
    let current = db::committees::find(&mut *tx, committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::default();
    let title = match changes.title.as_deref().map(str::trim) {
        Some("") => {
            errors.add("title", Message::new("error-committee-title-required"));
            current.title_en.clone()
        }
        Some(t) => t.to_string(),
        None => current.title_en.clone(),
    };
    let optional = |given: &Option<String>, now: &Option<String>| match given {
        Some(v) => trimmed(&Some(v.clone())).map(String::from),
        None => now.clone(),
    };
    let title_fr = optional(&changes.title_fr, &current.title_fr);
    let title_ar = optional(&changes.title_ar, &current.title_ar);
    let scope = optional(&changes.scope, &current.scope);
    let status = match trimmed(&changes.status) {
        None => CommitteeStatus::from_code(&current.status).unwrap_or(CommitteeStatus::Active),
        Some(code) => match CommitteeStatus::from_code(code) {
            Some(s) => s,
            None => {
                errors.add("status", Message::new("error-committee-status-invalid"));
                CommitteeStatus::Active
            }
        },
    };
    if errors.for_field("status").next().is_none() && status.code() != current.status {
        let children = db::committees::count_active_children(&mut *tx, &current.id).await?;
        let parent_active = current
            .parent_status
            .as_deref()
            .is_none_or(|s| CommitteeStatus::from_code(s) == Some(CommitteeStatus::Active));
        if let Err(m) = check_status_change(status, children, parent_active) {
            errors.add("status", m);
        }
    }
    let time_zone = match trimmed(&changes.time_zone) {
        None => current.time_zone.clone(),
        Some(name) => super::time::check_zone(name).unwrap_or_else(|m| {
            errors.add("time_zone", m);
            current.time_zone.clone()
        }),
    };
    let secretariat_code = trimmed(&changes.secretariat)
        .map(str::to_uppercase)
        .or_else(|| current.secretariat.clone())
        .unwrap_or_default();
    let secretariat_id = secretariat_of_body(
        &mut tx,
        &current.body_id,
        &current.body_acronym,
        &secretariat_code,
        &mut errors,
    )
    .await?;
    let (Some(secretariat_id), true) = (secretariat_id, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };

    // Write the committee and one history line per kind of change.
    db::committees::update_details(
        &mut *tx,
        &current.id,
        &db::committees::CommitteeDetails {
            titles: (&title, title_fr.as_deref(), title_ar.as_deref()),
            scope: scope.as_deref(),
            secretariat_id: &secretariat_id,
            status: status.code(),
            time_zone: &time_zone,
        },
    )
    .await?;
    let now = now_ms();
    let mut edited: Vec<&str> = Vec::new();
    for (field, before, after) in [
        ("title", Some(&current.title_en), Some(&title)),
        ("title_fr", current.title_fr.as_ref(), title_fr.as_ref()),
        ("title_ar", current.title_ar.as_ref(), title_ar.as_ref()),
        ("scope", current.scope.as_ref(), scope.as_ref()),
        ("time_zone", Some(&current.time_zone), Some(&time_zone)),
    ] {
        if before != after {
            edited.push(field);
        }
    }
    let edited = edited.join(",");
    let lines = [
        (
            "secretariat",
            current.secretariat.as_deref(),
            Some(secretariat_code.as_str()),
        ),
        ("status", Some(current.status.as_str()), Some(status.code())),
        (
            "details",
            None,
            (!edited.is_empty()).then_some(edited.as_str()),
        ),
    ];
    for (kind, from_value, to_value) in lines {
        if from_value == to_value {
            continue;
        }
        db::committees::insert_history(
            &mut tx,
            &NewHistory {
                id: &new_id(),
                committee_id: &current.id,
                at: now,
                actor_id: actor.user_id.as_deref(),
                kind,
                subject: &current.reference,
                from_value,
                to_value,
            },
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(committee = %current.reference, status = status.code(), secretariat = %secretariat_code, "committee changed");
    Ok(crate::model::CommitteeSummary {
        id: current.id,
        reference: current.reference,
        title_en: title,
        title_fr,
        title_ar,
        secretariat: Some(secretariat_code),
        status: status.code().to_string(),
    })
}
