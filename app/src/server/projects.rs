//! The work programme: registering projects and moving them through the harmonized stages.
//! Called by the pages, their form routes and the JSON API alike.

use super::{db, documents, new_id, now_ms, session, state::AppState};
use crate::{
    domain::{
        permissions::{Action, CommitteeRef},
        projects::{check_date, check_reference, default_reference},
        stages::{check_start, check_transition, StageCode},
    },
    error::{AppError, AppResult},
    model::{
        FieldErrors, Message, ProjectInput, ProjectSummary, ProjectView, StageChangeView,
        StageMoveInput, UserView, WorkProgramme,
    },
};

/// The longest reason for a stage change, in characters.
const REASON_MAX_CHARS: usize = 2000;

fn summary(row: db::projects::ProjectRow) -> ProjectSummary {
    ProjectSummary {
        id: row.id,
        reference: row.reference,
        title_en: row.title_en,
        title_fr: row.title_fr,
        title_ar: row.title_ar,
        stage: row.stage,
        target_date: row.target_date,
        committee_id: row.committee_id,
        committee_reference: row.committee_reference,
        stage_changed_at: row.stage_changed_at,
    }
}

fn optional(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// A committee's work programme (public, as ISO's and ARSO's are).
pub async fn programme(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
) -> AppResult<WorkProgramme> {
    let actor = session::require(state, user, &Action::ViewPublic).await?;
    let committee = db::committees::find(&state.pool, committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let projects = db::projects::of_committee(&state.pool, committee_id).await?;
    let can_manage = session::check(
        &actor,
        &Action::ManageProjects(CommitteeRef {
            id: committee.id.clone(),
            body_id: committee.body_id.clone(),
        }),
    )
    .is_ok();
    Ok(WorkProgramme {
        committee_id: committee.id,
        committee_reference: committee.reference,
        projects: projects.into_iter().map(summary).collect(),
        can_manage,
    })
}

/// Registers a project in a committee's work programme: its manager, convenor or body
/// administrators. Without a reference, the body's next number (`ARSO 17`).
pub async fn create(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    input: &ProjectInput,
) -> AppResult<ProjectSummary> {
    // Who is asking, and may they?
    let (committee, user_id) =
        documents::keeper(state, user, committee_id, Action::ManageProjects).await?;

    // Check every field, under the write lock (the reference must stay free until we write).
    let mut errors = FieldErrors::default();
    let title = input.title.trim();
    if title.is_empty() {
        errors.add("title", Message::new("error-project-title-required"));
    }
    let stage_text = optional(&input.stage).unwrap_or("00.00");
    let stage = StageCode::parse(stage_text);
    match stage {
        None => errors.add(
            "stage",
            Message::new("error-stage-invalid").arg("stage", stage_text),
        ),
        Some(s) => errors.check("stage", check_start(s)),
    }
    let target_date = optional(&input.target_date);
    if let Some(d) = target_date {
        errors.check("target_date", check_date(d));
    }
    let given_reference = optional(&input.reference);
    if let Some(r) = given_reference {
        errors.check("reference", check_reference(r));
    }
    let mut tx = db::begin_write(&state.pool).await?;
    if let Some(r) = given_reference {
        if errors.for_field("reference").next().is_none()
            && db::projects::reference_taken(&mut *tx, &committee.body_id, r).await?
        {
            errors.add(
                "reference",
                Message::new("error-project-reference-taken").arg("reference", r),
            );
        }
    }
    let Some(stage) = stage.filter(|_| errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };

    // The project and the first line of its history.
    let reference = match given_reference {
        Some(r) => r.to_string(),
        None => loop {
            // The body's counter; skip numbers someone already typed by hand.
            let n =
                db::documents::next_number(&mut *tx, &format!("projects:{}", committee.body_id))
                    .await?;
            let candidate = default_reference(&committee.body_acronym, n);
            if !db::projects::reference_taken(&mut *tx, &committee.body_id, &candidate).await? {
                break candidate;
            }
        },
    };
    let id = new_id();
    let now = now_ms();
    db::projects::insert(
        &mut *tx,
        &db::projects::NewProject {
            id: &id,
            committee_id: &committee.id,
            body_id: &committee.body_id,
            reference: &reference,
            titles: (title, optional(&input.title_fr), optional(&input.title_ar)),
            stage: &stage.to_string(),
            target_date,
            created_by: &user_id,
            now,
        },
    )
    .await?;
    db::projects::insert_stage_change(
        &mut *tx,
        &db::projects::NewStageChange {
            id: &new_id(),
            project_id: &id,
            at: now,
            actor_id: &user_id,
            from: None,
            to: &stage.to_string(),
            reason: None,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(project = %reference, stage = %stage, "project registered");
    let row = db::projects::find(&state.pool, &id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok(summary(row))
}

/// A project with its stage timeline and the documents the person may read.
pub async fn view(
    state: &AppState,
    user: Option<&UserView>,
    project_id: &str,
) -> AppResult<ProjectView> {
    let actor = session::require(state, user, &Action::ViewPublic).await?;
    let row = db::projects::find(&state.pool, project_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let committee = CommitteeRef {
        id: row.committee_id.clone(),
        body_id: row.body_id.clone(),
    };
    let can_manage = session::check(&actor, &Action::ManageProjects(committee.clone())).is_ok();
    let (history, documents) = tokio::try_join!(
        async { Ok::<_, AppError>(db::projects::stage_history(&state.pool, project_id).await?) },
        documents::of_project(state, &actor, &committee, project_id),
    )?;
    let next_stages = StageCode::parse(&row.stage)
        .map(|s| s.next().iter().map(StageCode::to_string).collect())
        .unwrap_or_default();
    Ok(ProjectView {
        project: summary(row),
        history: history
            .into_iter()
            .map(|h| StageChangeView {
                at: h.at,
                actor: h.actor,
                from_stage: h.from_stage,
                to_stage: h.to_stage,
                reason: h.reason,
            })
            .collect(),
        documents,
        next_stages,
        can_manage,
    })
}

/// Moves a project to another stage, if the stage model allows it from where it is now.
pub async fn move_stage(
    state: &AppState,
    user: Option<&UserView>,
    project_id: &str,
    input: &StageMoveInput,
) -> AppResult<ProjectView> {
    // Who is asking, and may they?
    let row = db::projects::find(&state.pool, project_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, user_id) =
        documents::keeper(state, user, &row.committee_id, Action::ManageProjects).await?;

    // Let the stage model decide.
    let mut errors = FieldErrors::default();
    let to_text = input.stage.trim();
    let to = StageCode::parse(to_text);
    if to.is_none() {
        errors.add(
            "stage",
            Message::new("error-stage-invalid").arg("stage", to_text),
        );
    }
    let reason = optional(&input.reason);
    if reason.is_some_and(|r| r.chars().count() > REASON_MAX_CHARS) {
        errors.add(
            "reason",
            Message::new("error-reason-too-long").arg("max", REASON_MAX_CHARS.to_string()),
        );
    }
    let target_date = match optional(&input.target_date) {
        Some(d) => {
            errors.check("target_date", check_date(d));
            Some(d.to_string())
        }
        None => row.target_date.clone(),
    };
    let (Some(to), true) = (to, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let from = StageCode::parse(&row.stage).ok_or(AppError::Internal)?;
    check_transition(from, to).map_err(|m| AppError::invalid("stage", m))?;

    // Move (only if nobody moved it meanwhile) and record why.
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    let moved = db::projects::move_stage(
        &mut *tx,
        project_id,
        &row.stage,
        &to.to_string(),
        target_date.as_deref(),
        now,
    )
    .await?;
    if !moved {
        return Err(AppError::Conflict(Message::new(
            "error-project-moved-meanwhile",
        )));
    }
    db::projects::insert_stage_change(
        &mut *tx,
        &db::projects::NewStageChange {
            id: &new_id(),
            project_id,
            at: now,
            actor_id: &user_id,
            from: Some(&row.stage),
            to: &to.to_string(),
            reason,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(project = %row.reference, from = %row.stage, to = %to, "project moved");
    view(state, user, project_id).await
}
