//! Bodies, member bodies and committees (read side for the home page; the demo loader
//! writes them).

use std::collections::HashMap;

use sqlx::{Any, AnyPool, Executor, FromRow};

use crate::model::{BodySummary, CommitteeSummary};

#[derive(FromRow)]
struct BodyRow {
    id: String,
    acronym: String,
    name_en: String,
    name_fr: Option<String>,
    name_ar: Option<String>,
    member_count: i64,
}

#[derive(FromRow)]
struct CommitteeRow {
    body_id: String,
    id: String,
    reference: String,
    title_en: String,
    title_fr: Option<String>,
    title_ar: Option<String>,
    secretariat: Option<String>,
    status: String,
}

impl CommitteeRow {
    fn into_summary(self) -> CommitteeSummary {
        CommitteeSummary {
            id: self.id,
            reference: self.reference,
            title_en: self.title_en,
            title_fr: self.title_fr,
            title_ar: self.title_ar,
            secretariat: self.secretariat,
            status: self.status,
        }
    }
}

/// The bodies' acronyms, in order.
pub async fn acronyms(pool: &AnyPool) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT acronym FROM bodies ORDER BY acronym")
        .fetch_all(pool)
        .await
}

/// Every body with its member count and active committees: two queries, whatever the size.
pub async fn list_with_committees(pool: &AnyPool) -> sqlx::Result<Vec<BodySummary>> {
    let bodies: Vec<BodyRow> = sqlx::query_as(
        "SELECT b.id, b.acronym, b.name_en, b.name_fr, b.name_ar, \
                CAST((SELECT COUNT(*) FROM body_members m WHERE m.body_id = b.id) AS BIGINT) AS member_count \
         FROM bodies b ORDER BY b.acronym",
    )
    .fetch_all(pool)
    .await?;
    let committees: Vec<CommitteeRow> = sqlx::query_as(
        "SELECT c.body_id, c.id, c.reference, c.title_en, c.title_fr, c.title_ar, mb.code AS secretariat, c.status \
         FROM committees c LEFT JOIN member_bodies mb ON mb.id = c.secretariat_id \
         WHERE c.status = 'active' ORDER BY c.body_id, c.sort_key",
    )
    .fetch_all(pool)
    .await?;
    let mut by_body: HashMap<String, Vec<CommitteeSummary>> = HashMap::new();
    for c in committees {
        by_body
            .entry(c.body_id.clone())
            .or_default()
            .push(c.into_summary());
    }
    Ok(bodies
        .into_iter()
        .map(|b| BodySummary {
            committees: by_body.remove(&b.id).unwrap_or_default(),
            acronym: b.acronym,
            name_en: b.name_en,
            name_fr: b.name_fr,
            name_ar: b.name_ar,
            member_count: b.member_count,
        })
        .collect())
}

/// Every committee of one body, disbanded ones included, in tree order.
pub async fn committees_of_body(
    pool: &AnyPool,
    body_id: &str,
) -> sqlx::Result<Vec<CommitteeSummary>> {
    let rows: Vec<CommitteeRow> = sqlx::query_as(
        "SELECT c.body_id, c.id, c.reference, c.title_en, c.title_fr, c.title_ar, mb.code AS secretariat, c.status \
         FROM committees c LEFT JOIN member_bodies mb ON mb.id = c.secretariat_id \
         WHERE c.body_id = $1 ORDER BY c.sort_key",
    )
    .bind(body_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(CommitteeRow::into_summary).collect())
}

/// A body's id, acronym and names.
#[derive(FromRow)]
pub struct BodyNames {
    /// Identifier.
    pub id: String,
    /// Acronym.
    pub acronym: String,
    /// English name.
    pub name_en: String,
    /// French name.
    pub name_fr: Option<String>,
    /// Arabic name.
    pub name_ar: Option<String>,
}

/// One body by acronym.
pub async fn find_by_acronym(pool: &AnyPool, acronym: &str) -> sqlx::Result<Option<BodyNames>> {
    sqlx::query_as("SELECT id, acronym, name_en, name_fr, name_ar FROM bodies WHERE acronym = $1")
        .bind(acronym)
        .fetch_optional(pool)
        .await
}

/// Inserts a body.
pub async fn insert_body<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    acronym: &str,
    names: (&str, Option<&str>, Option<&str>),
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO bodies (id, acronym, name_en, name_fr, name_ar, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(acronym)
        .bind(names.0)
        .bind(names.1)
        .bind(names.2)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// Inserts a member body.
pub async fn insert_member_body<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    code: &str,
    name: &str,
    country: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO member_bodies (id, code, name, country, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(code)
        .bind(name)
        .bind(country)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// Makes a member body a member of a body.
pub async fn insert_body_member<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
    member_body_id: &str,
    category: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO body_members (body_id, member_body_id, category, since) VALUES ($1, $2, $3, $4)")
        .bind(body_id)
        .bind(member_body_id)
        .bind(category)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// A committee to insert.
pub struct NewCommittee<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Owning body.
    pub body_id: &'a str,
    /// Parent committee for SCs and WGs.
    pub parent_id: Option<&'a str>,
    /// TC / SC / WG.
    pub kind: &'a str,
    /// Number within the parent.
    pub number: i64,
    /// Full reference.
    pub reference: &'a str,
    /// Ordering key.
    pub sort_key: &'a str,
    /// Titles in English, French, Arabic.
    pub titles: (&'a str, Option<&'a str>, Option<&'a str>),
    /// Scope statement.
    pub scope: Option<&'a str>,
    /// Member body holding the secretariat.
    pub secretariat_id: Option<&'a str>,
    /// Creation time.
    pub now_ms: i64,
}

/// Inserts a committee.
pub async fn insert_committee<'e>(
    db: impl Executor<'e, Database = Any>,
    c: &NewCommittee<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO committees (id, body_id, parent_id, kind, number, reference, sort_key, title_en, title_fr, title_ar, scope, secretariat_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(c.id)
    .bind(c.body_id)
    .bind(c.parent_id)
    .bind(c.kind)
    .bind(c.number)
    .bind(c.reference)
    .bind(c.sort_key)
    .bind(c.titles.0)
    .bind(c.titles.1)
    .bind(c.titles.2)
    .bind(c.scope)
    .bind(c.secretariat_id)
    .bind(c.now_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// A body's draft names, stored form (`WD,CD,DARS,FDARS`).
pub async fn draft_names<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
) -> sqlx::Result<String> {
    sqlx::query_scalar("SELECT draft_names FROM bodies WHERE id = $1")
        .bind(body_id)
        .fetch_one(db)
        .await
}

/// Sets a body's draft names.
pub async fn set_draft_names<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
    names: &str,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE bodies SET draft_names = $2 WHERE id = $1")
        .bind(body_id)
        .bind(names)
        .execute(db)
        .await?;
    Ok(())
}

/// A body's stored ballot rules (JSON), if it has any.
pub async fn rule_profile(pool: &AnyPool, body_id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar::<_, Option<String>>("SELECT rule_profile FROM bodies WHERE id = $1")
        .bind(body_id)
        .fetch_optional(pool)
        .await
        .map(Option::flatten)
}

/// Stores a body's ballot rules (JSON).
pub async fn set_rule_profile(pool: &AnyPool, body_id: &str, profile: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE bodies SET rule_profile = $2 WHERE id = $1")
        .bind(body_id)
        .bind(profile)
        .execute(pool)
        .await?;
    Ok(())
}
