//! Full-text search over documents: titles and the text of their latest version, with the
//! engine's own search (an FTS5 table on SQLite, a GIN index over `to_tsvector` on PostgreSQL).
//! The two engines need different SQL here and only here.

use sqlx::{Any, AnyPool, FromRow};

use super::Engine;

/// Creates the engine's search index when missing. Called after the migrations (which are shared
/// by both engines and so cannot hold an FTS5 table or a GIN index themselves).
pub async fn prepare(pool: &AnyPool) -> sqlx::Result<()> {
    match Engine::of_pool(pool) {
        Some(Engine::Sqlite) => {
            let exists: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'document_fts'",
            )
            .fetch_one(pool)
            .await?;
            if exists == 0 {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "CREATE VIRTUAL TABLE document_fts USING fts5(document_id UNINDEXED, title, body, \
                     tokenize = 'unicode61 remove_diacritics 2')",
                )
                .execute(&mut *tx)
                .await?;
                sqlx::query("INSERT INTO document_fts (document_id, title, body) SELECT document_id, title, body FROM document_texts")
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
            }
        }
        _ => {
            sqlx::query(
                "CREATE INDEX IF NOT EXISTS document_texts_search ON document_texts \
                 USING GIN (to_tsvector('simple', title || ' ' || body))",
            )
            .execute(pool)
            .await?;
        }
    }
    Ok(())
}

/// Sets the searchable text of a document (its title, and the text of its latest version when
/// given; otherwise the text it had).
pub async fn index(
    tx: &mut sqlx::Transaction<'static, Any>,
    engine: Engine,
    document_id: &str,
    title: &str,
    body: Option<&str>,
) -> sqlx::Result<()> {
    let body: String = match body {
        Some(b) => b.to_string(),
        None => sqlx::query_scalar("SELECT body FROM document_texts WHERE document_id = $1")
            .bind(document_id)
            .fetch_optional(&mut **tx)
            .await?
            .unwrap_or_default(),
    };
    sqlx::query(
        "INSERT INTO document_texts (document_id, title, body) VALUES ($1, $2, $3) \
         ON CONFLICT (document_id) DO UPDATE SET title = excluded.title, body = excluded.body",
    )
    .bind(document_id)
    .bind(title)
    .bind(&body)
    .execute(&mut **tx)
    .await?;
    if engine == Engine::Sqlite {
        sqlx::query("DELETE FROM document_fts WHERE document_id = $1")
            .bind(document_id)
            .execute(&mut **tx)
            .await?;
        sqlx::query("INSERT INTO document_fts (document_id, title, body) VALUES ($1, $2, $3)")
            .bind(document_id)
            .bind(title)
            .bind(&body)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The documents a person may read, as SQL over `documents d JOIN committees c`: the
/// translation of `domain::permissions::DocumentScope` (which decides; this only applies it).
#[derive(Debug, Default)]
pub struct Readable {
    /// Everything (portal administrators).
    pub everything: bool,
    /// Every document of these bodies' committees.
    pub bodies: Vec<String>,
    /// Every document of these committees.
    pub officer_of: Vec<String>,
    /// Published documents of these committees.
    pub reader_of: Vec<String>,
}

impl Readable {
    /// The condition, with placeholders from `$first` on, and the values to bind in order.
    fn condition(&self, first: usize) -> (String, Vec<&str>) {
        if self.everything {
            return ("1 = 1".into(), Vec::new());
        }
        fn list<'a>(ids: &'a [String], first: usize, binds: &mut Vec<&'a str>) -> Option<String> {
            if ids.is_empty() {
                return None;
            }
            let mut marks = Vec::with_capacity(ids.len());
            for id in ids {
                binds.push(id.as_str());
                marks.push(format!("${}", first + binds.len() - 1));
            }
            Some(marks.join(", "))
        }
        let mut binds: Vec<&str> = Vec::new();
        let mut parts = vec!["d.is_public = 1".to_string()];
        if let Some(l) = list(&self.bodies, first, &mut binds) {
            parts.push(format!("c.body_id IN ({l})"));
        }
        if let Some(l) = list(&self.officer_of, first, &mut binds) {
            parts.push(format!("d.committee_id IN ({l})"));
        }
        if let Some(l) = list(&self.reader_of, first, &mut binds) {
            parts.push(format!(
                "(d.status = 'published' AND d.committee_id IN ({l}))"
            ));
        }
        (format!("({})", parts.join(" OR ")), binds)
    }
}

/// A document found by a search.
#[derive(Debug, FromRow)]
pub struct Hit {
    /// Document id.
    pub id: String,
    /// `ARSO/TC 70 N 123`.
    pub reference: String,
    /// Title.
    pub title: String,
    /// Kind code.
    pub kind: String,
    /// The committee's id.
    pub committee_id: String,
    /// The body's draft names.
    pub draft_names: String,
    /// A few words around the match.
    pub snippet: String,
}

/// The quoted terms of a query, for FTS5 (which would read `AND`, `*` or quotes as syntax).
fn fts5_terms(query: &str) -> String {
    query
        .split_whitespace()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Documents matching every word of `query` that the person may read, best first.
pub async fn search(
    pool: &AnyPool,
    query: &str,
    readable: &Readable,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<Hit>, i64)> {
    let engine = Engine::of_pool(pool).unwrap_or(Engine::Sqlite);
    let (visible, binds) = readable.condition(2);
    let columns = "d.id, d.reference, d.title, d.kind, d.committee_id, b.draft_names";
    let joins =
        "JOIN documents d ON d.id = t.document_id JOIN committees c ON c.id = d.committee_id \
                 JOIN bodies b ON b.id = c.body_id";
    let (select, count, term) = match engine {
        Engine::Sqlite => (
            format!(
                "SELECT {columns}, snippet(document_fts, 2, '', '', '…', 16) AS snippet \
                 FROM document_fts t {joins} WHERE document_fts MATCH $1 AND {visible} \
                 ORDER BY bm25(document_fts, 0.0, 5.0, 1.0), d.number DESC LIMIT {limit} OFFSET {offset}"
            ),
            format!("SELECT COUNT(*) FROM document_fts t {joins} WHERE document_fts MATCH $1 AND {visible}"),
            fts5_terms(query),
        ),
        Engine::Postgres => {
            let matches = "to_tsvector('simple', t.title || ' ' || t.body) @@ plainto_tsquery('simple', $1)";
            (
                format!(
                    "SELECT {columns}, ts_headline('simple', t.body, plainto_tsquery('simple', $1), \
                         'StartSel=\"\", StopSel=\"\", MaxWords=24, MinWords=8, ShortWord=2') AS snippet \
                     FROM document_texts t {joins} WHERE {matches} AND {visible} \
                     ORDER BY ts_rank(to_tsvector('simple', t.title || ' ' || t.body), plainto_tsquery('simple', $1)) DESC, \
                         d.number DESC LIMIT {limit} OFFSET {offset}"
                ),
                format!("SELECT COUNT(*) FROM document_texts t {joins} WHERE {matches} AND {visible}"),
                query.to_string(),
            )
        }
    };
    if term.trim().is_empty() {
        return Ok((Vec::new(), 0));
    }
    let mut hits = sqlx::query_as::<_, Hit>(&select).bind(term.clone());
    let mut total = sqlx::query_scalar::<_, i64>(&count).bind(term);
    for b in &binds {
        hits = hits.bind(*b);
        total = total.bind(*b);
    }
    let (hits, total) = tokio::try_join!(hits.fetch_all(pool), total.fetch_one(pool))?;
    Ok((hits, total))
}
