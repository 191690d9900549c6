//! Full-text search over documents: titles and the text of their latest version, with the
//! engine's own search (an FTS5 table on SQLite, a GIN index over `to_tsvector` on PostgreSQL).
//! The two engines need different SQL here and only here.

use sqlx::{Any, AnyPool, FromRow};

use super::Engine;

/// Fills the SQLite search table from `document_texts`.
const FILL_FTS: &str =
    "INSERT INTO document_fts (document_id, title, body) SELECT document_id, title, body FROM document_texts";

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
                sqlx::query(FILL_FTS).execute(&mut *tx).await?;
                tx.commit().await?;
            }
        }
        _ => {
            // A stored vector (kept up to date by PostgreSQL) so that ranking does not parse
            // every matching text again; the 'simple' configuration does not stem, so Arabic,
            // French and English are treated alike.
            sqlx::query(
                "ALTER TABLE document_texts ADD COLUMN IF NOT EXISTS search_vector tsvector \
                 GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED",
            )
            .execute(pool)
            .await?;
            sqlx::query(
                "CREATE INDEX IF NOT EXISTS document_texts_search ON document_texts USING GIN (search_vector)",
            )
            .execute(pool)
            .await?;
        }
    }
    Ok(())
}

/// Rebuilds the SQLite search table from `document_texts` after a bulk load (PostgreSQL's
/// stored vectors and GIN index keep themselves up to date).
pub async fn rebuild(pool: &AnyPool) -> sqlx::Result<()> {
    if Engine::of_pool(pool) == Some(Engine::Sqlite) {
        let mut tx = pool.begin().await?;
        sqlx::query("DELETE FROM document_fts")
            .execute(&mut *tx)
            .await?;
        sqlx::query(FILL_FTS).execute(&mut *tx).await?;
        tx.commit().await?;
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
    /// Words around the match (filled in for the page's hits only).
    #[sqlx(skip)]
    pub snippet: String,
}

/// Characters of context before the match in a snippet, and its whole length.
const SNIPPET_BEFORE: i64 = 80;
const SNIPPET_CHARS: i64 = 240;

/// A snippet as shown: whitespace collapsed, words cut at either end dropped and marked `…`.
fn tidy_snippet(text: &str, cut_at_start: bool) -> String {
    let cut_at_end = text.chars().count() as i64 >= SNIPPET_CHARS;
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if cut_at_start && words.len() > 1 {
        words.remove(0);
    }
    if cut_at_end && words.len() > 1 {
        words.pop();
    }
    let mut snippet = words.join(" ");
    if snippet.is_empty() {
        return snippet;
    }
    if cut_at_start {
        snippet.insert(0, '…');
    }
    if cut_at_end {
        snippet.push('…');
    }
    snippet
}

/// The quoted terms of a query, for FTS5 (which would read `AND`, `*` or quotes as syntax).
fn fts5_terms(query: &str) -> String {
    query
        .split_whitespace()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Documents matching every word of `query` that the person may read, best first, with a
/// few words around the match for each hit of the page.
///
/// Two steps, so that the costly part (cutting snippets out of long texts) is done for one
/// page of hits and not for every match: first the page of ids, ranked and filtered by what
/// the person may read; then the snippets of those ids.
pub async fn search(
    pool: &AnyPool,
    query: &str,
    readable: &Readable,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<Hit>, i64)> {
    let engine = Engine::of_pool(pool).unwrap_or(Engine::Sqlite);
    let term = match engine {
        Engine::Sqlite => fts5_terms(query),
        Engine::Postgres => query.trim().to_string(),
    };
    if term.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let (visible, binds) = readable.condition(2);
    let columns = "d.id, d.reference, d.title, d.kind, d.committee_id, b.draft_names";
    let (from, order) = match engine {
        // CROSS JOIN keeps the full-text index as the outer loop: SQLite would otherwise walk
        // the documents and search the index once per document.
        Engine::Sqlite => (
            "document_fts t CROSS JOIN documents d ON d.id = t.document_id \
             JOIN committees c ON c.id = d.committee_id JOIN bodies b ON b.id = c.body_id \
             WHERE document_fts MATCH $1",
            "bm25(document_fts, 0.0, 5.0, 1.0), d.number DESC",
        ),
        Engine::Postgres => (
            "document_texts t JOIN documents d ON d.id = t.document_id \
             JOIN committees c ON c.id = d.committee_id JOIN bodies b ON b.id = c.body_id \
             WHERE t.search_vector @@ plainto_tsquery('simple', $1)",
            "ts_rank(t.search_vector, plainto_tsquery('simple', $1)) DESC, d.number DESC",
        ),
    };
    let select = format!(
        "SELECT {columns} FROM {from} AND {visible} ORDER BY {order} LIMIT {} OFFSET {}",
        limit.clamp(1, 100),
        offset.max(0)
    );
    let count = format!("SELECT COUNT(*) FROM {from} AND {visible}");
    let mut hits = sqlx::query_as::<_, Hit>(&select).bind(term.clone());
    let mut total = sqlx::query_scalar::<_, i64>(&count).bind(term.clone());
    for b in &binds {
        hits = hits.bind(*b);
        total = total.bind(*b);
    }
    let (mut hits, total) = tokio::try_join!(hits.fetch_all(pool), total.fetch_one(pool))?;
    if hits.is_empty() {
        return Ok((hits, total));
    }

    // The snippets of this page's hits: the text around the first place the first word
    // appears (a plain string search: the engines' own snippet functions re-read the whole
    // text and took seconds on a 2-million-character draft full of matches).
    let first_word = query
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let marks: Vec<String> = (0..hits.len()).map(|i| format!("${}", i + 2)).collect();
    let marks = marks.join(", ");
    let position = match engine {
        Engine::Sqlite => "instr(lower(body), $1)",
        Engine::Postgres => "strpos(lower(body), $1)",
    };
    let sql = format!(
        "SELECT document_id, CAST({position} AS BIGINT), \
             substr(body, CASE WHEN {position} > {SNIPPET_BEFORE} THEN {position} - {SNIPPET_BEFORE} ELSE 1 END, {SNIPPET_CHARS}) \
         FROM document_texts WHERE document_id IN ({marks})"
    );
    let mut snippets = sqlx::query_as::<_, (String, i64, String)>(&sql).bind(first_word);
    for hit in &hits {
        snippets = snippets.bind(hit.id.clone());
    }
    let snippets: std::collections::HashMap<String, String> = snippets
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|(id, position, text)| (id, tidy_snippet(&text, position > SNIPPET_BEFORE)))
        .collect();
    for hit in &mut hits {
        hit.snippet = snippets.get(&hit.id).cloned().unwrap_or_default();
    }
    Ok((hits, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_drop_cut_words() {
        assert_eq!(
            tidy_snippet("ing the  hemp\nseed oil", true),
            "…the hemp seed oil"
        );
        assert_eq!(
            tidy_snippet("Scope of the draft", false),
            "Scope of the draft"
        );
        let long = "word ".repeat(60);
        let tidy = tidy_snippet(&long, false);
        assert!(tidy.ends_with("word…") && !tidy.starts_with('…'));
        assert_eq!(fts5_terms(r#"hemp OR "oil*"#), r#""hemp" "OR" """oil*""#);
    }
}
