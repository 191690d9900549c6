//! The document register: numbers, documents, versions and their content-addressed files.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// The next number in a sequence that never hands out the same number twice
/// (`documents:<committee id>`, `projects:<body id>`). Call it inside the writing transaction:
/// the row stays locked until commit, so a concurrent caller waits and gets the next number.
pub async fn next_number<'e>(
    db: impl Executor<'e, Database = Any>,
    scope: &str,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO counters (scope, last_value) VALUES ($1, 1) \
         ON CONFLICT (scope) DO UPDATE SET last_value = counters.last_value + 1 \
         RETURNING last_value",
    )
    .bind(scope)
    .fetch_one(db)
    .await
}

/// Records a file's content once; returns false when the same content was already stored
/// (then its chunks are there too and need not be written again).
pub async fn insert_blob<'e>(
    db: impl Executor<'e, Database = Any>,
    sha256: &str,
    size: i64,
    chunk_count: i64,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO blobs (sha256, size, chunk_count, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(sha256)
    .bind(size)
    .bind(chunk_count)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores one chunk of a file.
pub async fn insert_chunk<'e>(
    db: impl Executor<'e, Database = Any>,
    sha256: &str,
    seq: i64,
    data: &[u8],
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO blob_chunks (sha256, seq, data) VALUES ($1, $2, $3)")
        .bind(sha256)
        .bind(seq)
        .bind(data)
        .execute(db)
        .await?;
    Ok(())
}

/// One chunk of a file, for streaming a download.
pub async fn chunk(pool: &AnyPool, sha256: &str, seq: i64) -> sqlx::Result<Option<Vec<u8>>> {
    sqlx::query_scalar("SELECT data FROM blob_chunks WHERE sha256 = $1 AND seq = $2")
        .bind(sha256)
        .bind(seq)
        .fetch_optional(pool)
        .await
}

/// How many chunks a stored file has.
pub async fn chunk_count(pool: &AnyPool, sha256: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT chunk_count FROM blobs WHERE sha256 = $1")
        .bind(sha256)
        .fetch_optional(pool)
        .await
}

/// A new document.
pub struct NewDocument<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Its committee.
    pub committee_id: &'a str,
    /// Number in the committee's register.
    pub number: i64,
    /// `ARSO/TC 70 N 123`.
    pub reference: &'a str,
    /// Title.
    pub title: &'a str,
    /// Title in French and in Arabic.
    pub titles: (Option<&'a str>, Option<&'a str>),
    /// Kind code.
    pub kind: &'a str,
    /// Status code.
    pub status: &'a str,
    /// Readable by anyone.
    pub is_public: bool,
    /// The project it belongs to, and that project's stage now.
    pub project: Option<(&'a str, &'a str)>,
    /// Who registered it.
    pub created_by: &'a str,
    /// When, epoch ms.
    pub now: i64,
}

/// Registers a document (without versions: [`add_version`] follows in the same transaction).
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    d: &NewDocument<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO documents (id, committee_id, number, reference, title, kind, status, is_public, \
             project_id, project_stage, version_count, created_by, created_at, updated_at, \
             title_fr, title_ar) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $12, $12, $13, $14)",
    )
    .bind(d.id)
    .bind(d.committee_id)
    .bind(d.number)
    .bind(d.reference)
    .bind(d.title)
    .bind(d.kind)
    .bind(d.status)
    .bind(i64::from(d.is_public))
    .bind(d.project.map(|p| p.0))
    .bind(d.project.map(|p| p.1))
    .bind(d.created_by)
    .bind(d.now)
    .bind(d.titles.0)
    .bind(d.titles.1)
    .execute(db)
    .await?;
    Ok(())
}

/// A new version's file.
pub struct NewVersion<'a> {
    /// The document.
    pub document_id: &'a str,
    /// The name the file had on the uploader's machine.
    pub file_name: &'a str,
    /// Media type, from the content.
    pub content_type: &'a str,
    /// Size in bytes.
    pub size: i64,
    /// The stored file.
    pub sha256: &'a str,
    /// Who uploaded it.
    pub uploaded_by: &'a str,
    /// When, epoch ms.
    pub now: i64,
}

/// Adds the next version to a document and returns its number (1 for the first). Taking the
/// number by updating the document's row makes concurrent uploads of versions wait in turn.
pub async fn add_version(
    tx: &mut sqlx::Transaction<'static, Any>,
    v: &NewVersion<'_>,
) -> sqlx::Result<i64> {
    let version: i64 = sqlx::query_scalar(
        "UPDATE documents SET version_count = version_count + 1, updated_at = $2 WHERE id = $1 \
         RETURNING version_count",
    )
    .bind(v.document_id)
    .bind(v.now)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO document_versions (document_id, version, file_name, content_type, size, sha256, \
             uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(v.document_id)
    .bind(version)
    .bind(v.file_name)
    .bind(v.content_type)
    .bind(v.size)
    .bind(v.sha256)
    .bind(v.uploaded_by)
    .bind(v.now)
    .execute(&mut **tx)
    .await?;
    Ok(version)
}

/// A document with what its page needs to know about its committee, body and project.
#[derive(Debug, FromRow)]
pub struct DocumentRow {
    /// Identifier.
    pub id: String,
    /// Its committee.
    pub committee_id: String,
    /// The committee's body.
    pub body_id: String,
    /// The committee's reference.
    pub committee_reference: String,
    /// The body's draft names, stored form.
    pub draft_names: String,
    /// Number in the register.
    pub number: i64,
    /// `ARSO/TC 70 N 123`.
    pub reference: String,
    /// Title.
    pub title: String,
    /// Title in French.
    pub title_fr: Option<String>,
    /// Title in Arabic.
    pub title_ar: Option<String>,
    /// Kind code.
    pub kind: String,
    /// draft / published.
    pub status: String,
    /// 1 when public.
    pub is_public: i64,
    /// Project id.
    pub project_id: Option<String>,
    /// Project reference.
    pub project_reference: Option<String>,
    /// The project's stage when the document was attached.
    pub project_stage: Option<String>,
    /// How many versions.
    pub version_count: i64,
    /// Registered, epoch ms.
    pub created_at: i64,
    /// Last change or version, epoch ms.
    pub updated_at: i64,
}

const DOCUMENT_COLUMNS: &str = "d.id, d.committee_id, c.body_id, c.reference AS committee_reference, \
     b.draft_names, d.number, d.reference, d.title, d.title_fr, d.title_ar, d.kind, d.status, d.is_public, d.project_id, \
     p.reference AS project_reference, d.project_stage, d.version_count, d.created_at, d.updated_at \
     FROM documents d JOIN committees c ON c.id = d.committee_id JOIN bodies b ON b.id = c.body_id \
     LEFT JOIN projects p ON p.id = d.project_id";

/// One document.
pub async fn find<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> sqlx::Result<Option<DocumentRow>> {
    sqlx::query_as(&format!("SELECT {DOCUMENT_COLUMNS} WHERE d.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// Which of a committee's documents a list shows, as decided by `domain::permissions::DocumentScope`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Every document (the committee's officers).
    All,
    /// Published and public documents (its members).
    Published,
    /// Public documents only.
    Public,
}

impl Shown {
    fn condition(self) -> &'static str {
        match self {
            Shown::All => "",
            Shown::Published => " AND (d.status = 'published' OR d.is_public = 1)",
            Shown::Public => " AND d.is_public = 1",
        }
    }
}

/// The order of the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// By number.
    Number,
    /// By title.
    Title,
    /// By last change.
    Date,
}

/// A page of the register.
pub struct ListQuery<'a> {
    /// The committee.
    pub committee_id: &'a str,
    /// Only this kind.
    pub kind: Option<&'a str>,
    /// Only documents of this project.
    pub project_id: Option<&'a str>,
    /// What the person may see.
    pub shown: Shown,
    /// Sort column.
    pub order: Order,
    /// Newest or last first.
    pub descending: bool,
    /// Page size.
    pub limit: i64,
    /// Rows to skip.
    pub offset: i64,
}

/// One page of a committee's register, and how many documents match in all.
pub async fn list(pool: &AnyPool, q: &ListQuery<'_>) -> sqlx::Result<(Vec<DocumentRow>, i64)> {
    let mut filter = String::from("d.committee_id = $1");
    let mut binds: Vec<&str> = vec![q.committee_id];
    if let Some(kind) = q.kind {
        binds.push(kind);
        filter.push_str(&format!(" AND d.kind = ${}", binds.len()));
    }
    if let Some(project) = q.project_id {
        binds.push(project);
        filter.push_str(&format!(" AND d.project_id = ${}", binds.len()));
    }
    filter.push_str(q.shown.condition());
    let direction = if q.descending { "DESC" } else { "ASC" };
    let order = match q.order {
        Order::Number => format!("d.number {direction}"),
        Order::Title => format!("LOWER(d.title) {direction}, d.number {direction}"),
        Order::Date => format!("d.updated_at {direction}, d.number {direction}"),
    };
    let sql = format!(
        "SELECT {DOCUMENT_COLUMNS} WHERE {filter} ORDER BY {order} LIMIT {} OFFSET {}",
        q.limit.clamp(1, 500),
        q.offset.max(0)
    );
    let mut rows = sqlx::query_as::<_, DocumentRow>(&sql);
    let count_sql = format!("SELECT COUNT(*) FROM documents d WHERE {filter}");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql);
    for b in &binds {
        rows = rows.bind(*b);
        count = count.bind(*b);
    }
    let (rows, total) = tokio::try_join!(rows.fetch_all(pool), count.fetch_one(pool))?;
    Ok((rows, total))
}

/// One version of a document.
#[derive(Debug, FromRow)]
pub struct VersionRow {
    /// Version number, from 1.
    pub version: i64,
    /// Original file name.
    pub file_name: String,
    /// Media type.
    pub content_type: String,
    /// Bytes.
    pub size: i64,
    /// Checksum, hex.
    pub sha256: String,
    /// Who uploaded it.
    pub uploaded_by: Option<String>,
    /// When, epoch ms.
    pub uploaded_at: i64,
}

const VERSION_COLUMNS: &str = "v.version, v.file_name, v.content_type, v.size, v.sha256, \
     u.name AS uploaded_by, v.uploaded_at \
     FROM document_versions v LEFT JOIN users u ON u.id = v.uploaded_by";

/// Every version of a document, newest first.
pub async fn versions(pool: &AnyPool, document_id: &str) -> sqlx::Result<Vec<VersionRow>> {
    sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} WHERE v.document_id = $1 ORDER BY v.version DESC"
    ))
    .bind(document_id)
    .fetch_all(pool)
    .await
}

/// One version of a document.
pub async fn version(
    pool: &AnyPool,
    document_id: &str,
    version: i64,
) -> sqlx::Result<Option<VersionRow>> {
    sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} WHERE v.document_id = $1 AND v.version = $2"
    ))
    .bind(document_id)
    .bind(version)
    .fetch_optional(pool)
    .await
}

/// A document's changeable details.
pub struct DocumentChanges<'a> {
    /// Title.
    pub title: &'a str,
    /// Title in French and in Arabic.
    pub titles: (Option<&'a str>, Option<&'a str>),
    /// Kind code.
    pub kind: &'a str,
    /// Status code.
    pub status: &'a str,
    /// Public flag.
    pub is_public: bool,
    /// Project id and the stage it is attached at.
    pub project: Option<(&'a str, &'a str)>,
    /// When, epoch ms.
    pub now: i64,
}

/// Changes a document's details.
pub async fn update<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    c: &DocumentChanges<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE documents SET title = $2, kind = $3, status = $4, is_public = $5, project_id = $6, \
             project_stage = $7, updated_at = $8, title_fr = $9, title_ar = $10 WHERE id = $1",
    )
    .bind(id)
    .bind(c.title)
    .bind(c.kind)
    .bind(c.status)
    .bind(i64::from(c.is_public))
    .bind(c.project.map(|p| p.0))
    .bind(c.project.map(|p| p.1))
    .bind(c.now)
    .bind(c.titles.0)
    .bind(c.titles.1)
    .execute(db)
    .await?;
    Ok(())
}
