//! The work programme: projects (work items) of committees and the history of their stages.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// A project with its committee's reference and body.
#[derive(Debug, FromRow)]
pub struct ProjectRow {
    /// Identifier.
    pub id: String,
    /// Its committee.
    pub committee_id: String,
    /// The committee's reference (`ARSO/TC 70`).
    pub committee_reference: String,
    /// The committee's body.
    pub body_id: String,
    /// `ARSO 1234`.
    pub reference: String,
    /// English title.
    pub title_en: String,
    /// French title.
    pub title_fr: Option<String>,
    /// Arabic title.
    pub title_ar: Option<String>,
    /// Current stage code (`30.99`).
    pub stage: String,
    /// Target publication date, `YYYY-MM-DD`.
    pub target_date: Option<String>,
    /// Registered, epoch ms.
    pub created_at: i64,
    /// Last stage change, epoch ms.
    pub stage_changed_at: i64,
}

const PROJECT_COLUMNS: &str =
    "p.id, p.committee_id, c.reference AS committee_reference, p.body_id, p.reference, \
     p.title_en, p.title_fr, p.title_ar, p.stage, p.target_date, p.created_at, p.stage_changed_at \
     FROM projects p JOIN committees c ON c.id = p.committee_id";

/// One project.
pub async fn find<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> sqlx::Result<Option<ProjectRow>> {
    sqlx::query_as(&format!("SELECT {PROJECT_COLUMNS} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// A committee's projects, by reference.
pub async fn of_committee(pool: &AnyPool, committee_id: &str) -> sqlx::Result<Vec<ProjectRow>> {
    sqlx::query_as(&format!(
        "SELECT {PROJECT_COLUMNS} WHERE p.committee_id = $1 ORDER BY p.reference"
    ))
    .bind(committee_id)
    .fetch_all(pool)
    .await
}

/// Whether the body already has a project with this reference.
pub async fn reference_taken<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
    reference: &str,
) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM projects WHERE body_id = $1 AND LOWER(reference) = LOWER($2)",
    )
    .bind(body_id)
    .bind(reference)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// A new project.
pub struct NewProject<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Its committee.
    pub committee_id: &'a str,
    /// The committee's body.
    pub body_id: &'a str,
    /// Reference.
    pub reference: &'a str,
    /// Titles (English, French, Arabic).
    pub titles: (&'a str, Option<&'a str>, Option<&'a str>),
    /// First stage.
    pub stage: &'a str,
    /// Target publication date.
    pub target_date: Option<&'a str>,
    /// Who registered it.
    pub created_by: &'a str,
    /// When, epoch ms.
    pub now: i64,
}

/// Registers a project.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    p: &NewProject<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO projects (id, committee_id, body_id, reference, title_en, title_fr, title_ar, stage, \
             target_date, created_by, created_at, stage_changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(p.id)
    .bind(p.committee_id)
    .bind(p.body_id)
    .bind(p.reference)
    .bind(p.titles.0)
    .bind(p.titles.1)
    .bind(p.titles.2)
    .bind(p.stage)
    .bind(p.target_date)
    .bind(p.created_by)
    .bind(p.now)
    .execute(db)
    .await?;
    Ok(())
}

/// Moves a project to `to`, only if it is still at `from` (a concurrent move makes this a no-op,
/// which the caller reports). Returns whether it moved.
pub async fn move_stage<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    from: &str,
    to: &str,
    target_date: Option<&str>,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE projects SET stage = $3, target_date = $4, stage_changed_at = $5 WHERE id = $1 AND stage = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(target_date)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// One line of a project's stage history.
pub struct NewStageChange<'a> {
    /// Identifier.
    pub id: &'a str,
    /// The project.
    pub project_id: &'a str,
    /// When, epoch ms.
    pub at: i64,
    /// Who.
    pub actor_id: &'a str,
    /// From (none at registration).
    pub from: Option<&'a str>,
    /// To.
    pub to: &'a str,
    /// Why.
    pub reason: Option<&'a str>,
}

/// Records a stage change.
pub async fn insert_stage_change<'e>(
    db: impl Executor<'e, Database = Any>,
    c: &NewStageChange<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO project_stages (id, project_id, at, actor_id, from_stage, to_stage, reason) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(c.id)
    .bind(c.project_id)
    .bind(c.at)
    .bind(c.actor_id)
    .bind(c.from)
    .bind(c.to)
    .bind(c.reason)
    .execute(db)
    .await?;
    Ok(())
}

/// A line of the stage history, with the person's name.
#[derive(Debug, FromRow)]
pub struct StageChangeRow {
    /// When, epoch ms.
    pub at: i64,
    /// Who.
    pub actor: Option<String>,
    /// From.
    pub from_stage: Option<String>,
    /// To.
    pub to_stage: String,
    /// Why.
    pub reason: Option<String>,
}

/// A project's stage history, oldest first (a timeline).
pub async fn stage_history(pool: &AnyPool, project_id: &str) -> sqlx::Result<Vec<StageChangeRow>> {
    sqlx::query_as(
        "SELECT s.at, u.name AS actor, s.from_stage, s.to_stage, s.reason FROM project_stages s \
         LEFT JOIN users u ON u.id = s.actor_id WHERE s.project_id = $1 ORDER BY s.at, s.id",
    )
    .bind(project_id)
    .fetch_all(pool)
    .await
}
