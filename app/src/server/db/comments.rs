//! Comments on drafts, submissions and dispositions.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// A comment with its member body and author.
#[derive(Clone, Debug, FromRow)]
pub struct CommentRow {
    /// Identifier.
    pub id: String,
    /// Document.
    pub document_id: String,
    /// Member body id.
    pub member_body_id: String,
    /// Member body code (MB/NC).
    pub member_body: String,
    /// Author id.
    pub author_id: Option<String>,
    /// Author's name.
    pub author: Option<String>,
    /// Line number.
    pub line_ref: String,
    /// Clause.
    pub clause: String,
    /// Paragraph/figure/table.
    pub paragraph: String,
    /// ge / te / ed.
    pub kind: String,
    /// Comment.
    pub comment: String,
    /// Proposed change.
    pub proposed_change: String,
    /// Secretariat's observations.
    pub observations: Option<String>,
    /// Disposition code.
    pub disposition: Option<String>,
    /// draft / dropped / submitted.
    pub status: String,
    /// Grows with each change.
    pub version: i64,
    /// Last change, epoch ms.
    pub updated_at: i64,
}

const COLUMNS: &str = "c.id, c.document_id, c.member_body_id, mb.code AS member_body, c.author_id, u.name AS author, \
    c.line_ref, c.clause, c.paragraph, c.kind, c.comment, c.proposed_change, c.observations, c.disposition, \
    c.status, c.version, c.updated_at";
const FROM: &str = "comments c JOIN member_bodies mb ON mb.id = c.member_body_id LEFT JOIN users u ON u.id = c.author_id";

/// A comment to write.
pub struct NewComment<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Document.
    pub document_id: &'a str,
    /// Member body.
    pub member_body_id: &'a str,
    /// Author.
    pub author_id: &'a str,
    /// The checked row.
    pub row: &'a crate::domain::comments::CheckedRow,
    /// Now, epoch ms.
    pub now: i64,
}

/// Writes a draft comment.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    c: &NewComment<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO comments (id, document_id, member_body_id, author_id, line_ref, clause, clause_key, paragraph, kind, \
             comment, proposed_change, status, version, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft', 1, $12, $12)",
    )
    .bind(c.id)
    .bind(c.document_id)
    .bind(c.member_body_id)
    .bind(c.author_id)
    .bind(&c.row.line)
    .bind(&c.row.clause)
    .bind(crate::domain::comments::clause_sort_key(&c.row.clause))
    .bind(&c.row.paragraph)
    .bind(c.row.kind.code())
    .bind(&c.row.comment)
    .bind(&c.row.proposed_change)
    .bind(c.now)
    .execute(db)
    .await?;
    Ok(())
}

/// One comment.
pub async fn find(pool: &AnyPool, id: &str) -> sqlx::Result<Option<CommentRow>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM {FROM} WHERE c.id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Changes a draft comment's cells, if it is still the version the person saw and still a
/// draft; false otherwise (changed meanwhile, or submitted).
pub async fn update<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    seen_version: i64,
    row: &crate::domain::comments::CheckedRow,
    status: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE comments SET line_ref = $3, clause = $4, clause_key = $5, paragraph = $6, kind = $7, comment = $8, \
             proposed_change = $9, status = $10, version = version + 1, updated_at = $11 \
         WHERE id = $1 AND version = $2 AND status IN ('draft', 'dropped')",
    )
    .bind(id)
    .bind(seen_version)
    .bind(&row.line)
    .bind(&row.clause)
    .bind(crate::domain::comments::clause_sort_key(&row.clause))
    .bind(&row.paragraph)
    .bind(row.kind.code())
    .bind(&row.comment)
    .bind(&row.proposed_change)
    .bind(status)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A member body's comments on a document (drafts, dropped and submitted), in clause order.
pub async fn of_member_body(
    pool: &AnyPool,
    document_id: &str,
    member_body_id: &str,
) -> sqlx::Result<Vec<CommentRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE c.document_id = $1 AND c.member_body_id = $2 \
         ORDER BY c.clause_key, c.created_at, c.id"
    ))
    .bind(document_id)
    .bind(member_body_id)
    .fetch_all(pool)
    .await
}

/// Which of a document's submitted comments: all, or those of one member body, of one type,
/// or with a word in their comment, proposed change or observations.
#[derive(Clone, Copy, Debug, Default)]
pub struct CompiledFilter<'a> {
    /// Member body code.
    pub member_body: Option<&'a str>,
    /// ge / te / ed.
    pub kind: Option<&'a str>,
    /// Words to find (case-insensitive for Latin letters).
    pub text: Option<&'a str>,
}

/// The submitted comments of a document in clause order (General and empty first), filtered;
/// a page of them, the total and how many are resolved.
pub async fn compiled(
    pool: &AnyPool,
    document_id: &str,
    filter: CompiledFilter<'_>,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<CommentRow>, i64, i64)> {
    let condition = "c.document_id = $1 AND c.status = 'submitted' \
        AND ($2 = '' OR mb.code = $2) AND ($3 = '' OR c.kind = $3) \
        AND ($4 = '' OR LOWER(c.comment || ' ' || c.proposed_change || ' ' || COALESCE(c.observations, '')) LIKE $4)";
    let pattern = match filter.text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => format!("%{}%", text.to_lowercase().replace(['%', '_'], "")),
        None => String::new(),
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE {condition} ORDER BY c.clause_key, mb.code, c.created_at, c.id LIMIT $5 OFFSET $6"
    );
    let rows = sqlx::query_as(&sql)
        .bind(document_id)
        .bind(filter.member_body.unwrap_or(""))
        .bind(filter.kind.unwrap_or(""))
        .bind(pattern.clone())
        .bind(limit)
        .bind(offset)
        .fetch_all(pool);
    let count_sql = format!(
        "SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(CASE WHEN c.disposition IS NULL THEN 0 ELSE 1 END), 0) AS BIGINT) \
         FROM {FROM} WHERE {condition}"
    );
    let counts = sqlx::query_as::<_, (i64, i64)>(&count_sql)
        .bind(document_id)
        .bind(filter.member_body.unwrap_or(""))
        .bind(filter.kind.unwrap_or(""))
        .bind(pattern);
    let (rows, (total, resolved)) = tokio::try_join!(rows, counts.fetch_one(pool))?;
    Ok((rows, total, resolved))
}

/// Whether a member body has submitted its comments on a document.
pub async fn submitted<'e>(
    db: impl Executor<'e, Database = Any>,
    document_id: &str,
    member_body_id: &str,
) -> sqlx::Result<bool> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT id FROM comment_submissions WHERE document_id = $1 AND member_body_id = $2",
    )
    .bind(document_id)
    .bind(member_body_id)
    .fetch_optional(db)
    .await?;
    Ok(found.is_some())
}

/// Records a member body's submission (false when it had already submitted).
pub async fn insert_submission(
    tx: &mut sqlx::Transaction<'static, Any>,
    id: &str,
    document_id: &str,
    member_body_id: &str,
    ballot_id: Option<&str>,
    user_id: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO comment_submissions (id, document_id, member_body_id, ballot_id, submitted_by, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (document_id, member_body_id) DO NOTHING",
    )
    .bind(id)
    .bind(document_id)
    .bind(member_body_id)
    .bind(ballot_id)
    .bind(user_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Freezes one draft comment as submitted, if it is still the version the officer saw.
pub async fn freeze(
    tx: &mut sqlx::Transaction<'static, Any>,
    id: &str,
    seen_version: i64,
    submission_id: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE comments SET status = 'submitted', submission_id = $3, updated_at = $4 \
         WHERE id = $1 AND version = $2 AND status = 'draft'",
    )
    .bind(id)
    .bind(seen_version)
    .bind(submission_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Draft comments of a member body on a document (those a submission must have seen).
pub async fn draft_ids(
    tx: &mut sqlx::Transaction<'static, Any>,
    document_id: &str,
    member_body_id: &str,
) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT id FROM comments WHERE document_id = $1 AND member_body_id = $2 AND status = 'draft'",
    )
    .bind(document_id)
    .bind(member_body_id)
    .fetch_all(&mut **tx)
    .await
}

/// Records the secretariat's disposition and observations on a submitted comment.
pub async fn set_disposition<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    disposition: &str,
    observations: Option<&str>,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE comments SET disposition = $2, observations = $3, version = version + 1, updated_at = $4 \
         WHERE id = $1 AND status = 'submitted'",
    )
    .bind(id)
    .bind(disposition)
    .bind(observations)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The member bodies a person has a role in (expert or officer) that are P- or O-members of
/// the committee: (id, code, role), by code.
pub async fn member_bodies_of_user_in_committee(
    pool: &AnyPool,
    user_id: &str,
    committee_id: &str,
) -> sqlx::Result<Vec<(String, String, String)>> {
    sqlx::query_as(
        "SELECT mb.id, mb.code, r.role FROM member_body_roles r JOIN member_bodies mb ON mb.id = r.member_body_id \
         JOIN committee_members cm ON cm.member_body_id = r.member_body_id AND cm.committee_id = $2 AND cm.status IN ('P', 'O') \
         WHERE r.user_id = $1 ORDER BY mb.code",
    )
    .bind(user_id)
    .bind(committee_id)
    .fetch_all(pool)
    .await
}

/// The codes of the member bodies that submitted comments on a document.
pub async fn submitters(pool: &AnyPool, document_id: &str) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT mb.code FROM comment_submissions s JOIN member_bodies mb ON mb.id = s.member_body_id \
         WHERE s.document_id = $1 ORDER BY mb.code",
    )
    .bind(document_id)
    .fetch_all(pool)
    .await
}

/// Rows per INSERT when writing many comments (13 values each, well under both engines'
/// limits on bound values).
const INSERT_BATCH: usize = 200;

/// Writes many draft comments of one author in batches, inside the caller's transaction.
pub async fn insert_many(
    tx: &mut sqlx::Transaction<'static, Any>,
    document_id: &str,
    member_body_id: &str,
    author_id: &str,
    rows: &[(String, crate::domain::comments::CheckedRow)],
    now: i64,
) -> sqlx::Result<()> {
    for (batch_number, batch) in rows.chunks(INSERT_BATCH).enumerate() {
        let mut sql = String::from(
            "INSERT INTO comments (id, document_id, member_body_id, author_id, line_ref, clause, clause_key, paragraph, kind, \
             comment, proposed_change, status, version, created_at, updated_at) VALUES ",
        );
        for i in 0..batch.len() {
            let b = i * 12;
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, 'draft', 1, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8,
                b + 9,
                b + 10,
                b + 11,
                b + 12,
                b + 12
            ));
        }
        let mut query = sqlx::query(&sql);
        for (n, (id, row)) in batch.iter().enumerate() {
            // Created a millisecond apart so that the file's order is kept among equal clauses.
            let at = now + (batch_number * INSERT_BATCH + n) as i64;
            query = query
                .bind(id.clone())
                .bind(document_id.to_string())
                .bind(member_body_id.to_string())
                .bind(author_id.to_string())
                .bind(row.line.clone())
                .bind(row.clause.clone())
                .bind(crate::domain::comments::clause_sort_key(&row.clause))
                .bind(row.paragraph.clone())
                .bind(row.kind.code())
                .bind(row.comment.clone())
                .bind(row.proposed_change.clone())
                .bind(at);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// The ids of a document's submitted comments.
pub async fn submitted_ids(pool: &AnyPool, document_id: &str) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT id FROM comments WHERE document_id = $1 AND status = 'submitted'")
        .bind(document_id)
        .fetch_all(pool)
        .await
}

/// An entry of the comments' audit trail.
pub struct Event<'a> {
    /// Document.
    pub document_id: &'a str,
    /// The comment, when about one.
    pub comment_id: Option<&'a str>,
    /// Whose comments (none: the secretariat's work).
    pub member_body_id: Option<&'a str>,
    /// Who.
    pub actor_id: Option<&'a str>,
    /// What (see migrations/0007_comment_events.sql).
    pub action: &'a str,
    /// A count, a decision code, a ballot.
    pub detail: &'a str,
    /// When, epoch ms.
    pub at: i64,
}

/// Records an entry of the audit trail.
pub async fn record_event<'e>(
    db: impl Executor<'e, Database = Any>,
    e: &Event<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO comment_events (id, document_id, comment_id, member_body_id, actor_id, action, detail, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(crate::server::new_id())
    .bind(e.document_id)
    .bind(e.comment_id)
    .bind(e.member_body_id)
    .bind(e.actor_id)
    .bind(e.action)
    .bind(e.detail)
    .bind(e.at)
    .execute(db)
    .await?;
    Ok(())
}

/// An entry of the audit trail as shown.
#[derive(Clone, Debug, FromRow)]
pub struct EventRow {
    /// When, epoch ms.
    pub at: i64,
    /// Who.
    pub actor: Option<String>,
    /// Whose comments.
    pub member_body: Option<String>,
    /// What.
    pub action: String,
    /// Detail.
    pub detail: String,
    /// The comment's clause, when about one.
    pub clause: Option<String>,
}

/// A document's audit trail as a reader may see it, newest first: the public entries
/// (`public_actions`: submissions and decisions) and everything about the comments of the
/// member bodies given (the reader's own). A page of it.
pub async fn events(
    pool: &AnyPool,
    document_id: &str,
    public_actions: &[&str],
    member_body_ids: &[String],
    limit: i64,
) -> sqlx::Result<Vec<EventRow>> {
    let mut marks = Vec::new();
    let mut n = 1;
    for _ in public_actions {
        n += 1;
        marks.push(format!("${n}"));
    }
    let public = marks.join(", ");
    let mut own = Vec::new();
    for _ in member_body_ids {
        n += 1;
        own.push(format!("${n}"));
    }
    let own = if own.is_empty() {
        String::new()
    } else {
        format!(" OR e.member_body_id IN ({})", own.join(", "))
    };
    let sql = format!(
        "SELECT e.at, u.name AS actor, mb.code AS member_body, e.action, e.detail, c.clause \
         FROM comment_events e LEFT JOIN users u ON u.id = e.actor_id \
         LEFT JOIN member_bodies mb ON mb.id = e.member_body_id LEFT JOIN comments c ON c.id = e.comment_id \
         WHERE e.document_id = $1 AND (e.action IN ({public}){own}) ORDER BY e.at DESC, e.id DESC LIMIT {}",
        limit.clamp(1, 500)
    );
    let mut query = sqlx::query_as::<_, EventRow>(&sql).bind(document_id.to_string());
    for a in public_actions {
        query = query.bind(a.to_string());
    }
    for id in member_body_ids {
        query = query.bind(id.clone());
    }
    query.fetch_all(pool).await
}

/// The open ballot on a document, if there is one (comments submitted meanwhile go with the
/// member body's vote).
pub async fn open_ballot_on(pool: &AnyPool, document_id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT id FROM ballots WHERE document_id = $1 AND status = 'open' ORDER BY opens_at DESC LIMIT 1",
    )
    .bind(document_id)
    .fetch_optional(pool)
    .await
}

/// A member body's submission on a document, if it submitted: the ballot it went with.
pub async fn submission(
    pool: &AnyPool,
    document_id: &str,
    member_body_id: &str,
) -> sqlx::Result<Option<Option<String>>> {
    let row: Option<(Option<String>,)> = sqlx::query_as(
        "SELECT ballot_id FROM comment_submissions WHERE document_id = $1 AND member_body_id = $2",
    )
    .bind(document_id)
    .bind(member_body_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(ballot,)| ballot))
}

/// Per member body (code): its draft and its submitted comments on a document.
pub async fn counts_by_member_body(
    pool: &AnyPool,
    document_id: &str,
) -> sqlx::Result<Vec<(String, i64, i64)>> {
    sqlx::query_as(
        "SELECT mb.code, CAST(SUM(CASE WHEN c.status = 'draft' THEN 1 ELSE 0 END) AS BIGINT), \
             CAST(SUM(CASE WHEN c.status = 'submitted' THEN 1 ELSE 0 END) AS BIGINT) \
         FROM comments c JOIN member_bodies mb ON mb.id = c.member_body_id \
         WHERE c.document_id = $1 GROUP BY mb.code",
    )
    .bind(document_id)
    .fetch_all(pool)
    .await
}
