//! Loading many generated rows at once (the benchmark's dataset, `comity-bench seed`): one
//! multi-row `INSERT` per chunk, inside the caller's transaction. Not used by the server.

use sqlx::{Any, Transaction};

/// One value of a generated row.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// TEXT.
    Text(String),
    /// BIGINT / INTEGER.
    Int(i64),
    /// A NULL TEXT.
    Null,
    /// A NULL BIGINT (PostgreSQL wants the parameter's type to match the column's).
    NullInt,
    /// BYTEA / BLOB.
    Bytes(Vec<u8>),
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}
impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}
impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}
impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Value::NullInt, Into::into)
    }
}

/// Placeholders per statement: below SQLite's limit (32,766) and PostgreSQL's (65,535).
const MAX_BINDS: usize = 30_000;

/// Inserts `rows` (each with one value per column, in order) into `table`.
pub async fn insert(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    columns: &[&str],
    rows: &[Vec<Value>],
) -> sqlx::Result<()> {
    let per_row = columns.len();
    // SQLite looks each numbered parameter up by name (linear in their number: a statement of
    // 18,000 `$n` took a second to prepare); its plain `?` are numbered in order instead.
    let numbered = tx.backend_name() != "SQLite";
    let rows_per_statement = (MAX_BINDS / per_row).clamp(1, 1_000);
    for chunk in rows.chunks(rows_per_statement) {
        let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
        let mut n = 0;
        for (i, row) in chunk.iter().enumerate() {
            debug_assert_eq!(row.len(), per_row, "{table}: a row has the wrong width");
            sql.push_str(if i == 0 { "(" } else { ", (" });
            for j in 0..per_row {
                n += 1;
                if j > 0 {
                    sql.push_str(", ");
                }
                if numbered {
                    sql.push('$');
                    sql.push_str(&n.to_string());
                } else {
                    sql.push('?');
                }
            }
            sql.push(')');
        }
        let mut query = sqlx::query(&sql);
        for row in chunk {
            for value in row {
                query = match value {
                    Value::Text(s) => query.bind(s.as_str()),
                    Value::Int(i) => query.bind(*i),
                    Value::Null => query.bind(None::<String>),
                    Value::NullInt => query.bind(None::<i64>),
                    Value::Bytes(b) => query.bind(b.as_slice()),
                };
            }
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Sets a numbering counter (documents of a committee, …) to its last used value.
pub async fn set_counter(
    tx: &mut Transaction<'static, Any>,
    scope: &str,
    last_value: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO counters (scope, last_value) VALUES ($1, $2) \
         ON CONFLICT (scope) DO UPDATE SET last_value = excluded.last_value",
    )
    .bind(scope)
    .bind(last_value)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The database's own statistics brought up to date after a bulk load, so the planner
/// knows the tables' sizes.
pub async fn analyze(pool: &sqlx::AnyPool) -> sqlx::Result<()> {
    sqlx::query("ANALYZE").execute(pool).await?;
    Ok(())
}
