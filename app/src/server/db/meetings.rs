//! Meetings, their agendas (draft items and published versions), registrations and the
//! calendar feed's secrets.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// A meeting with its committee and host.
#[derive(Clone, Debug, FromRow)]
pub struct MeetingRow {
    /// Identifier.
    pub id: String,
    /// Committee.
    pub committee_id: String,
    /// `ARSO/TC 70`.
    pub committee_reference: String,
    /// The committee's body.
    pub body_id: String,
    /// The body's rule profile (JSON), for the notice rules.
    pub rule_profile: Option<String>,
    /// Title.
    pub title: String,
    /// plenary / wg.
    pub kind: String,
    /// in_person / virtual / hybrid.
    pub mode: String,
    /// The host's IANA zone.
    pub time_zone: String,
    /// Start, epoch ms.
    pub starts_at: i64,
    /// End, epoch ms.
    pub ends_at: i64,
    /// Venue.
    pub venue: String,
    /// Join link.
    pub join_url: String,
    /// Host member body code.
    pub host: Option<String>,
    /// Registration deadline.
    pub registration_deadline: Option<i64>,
    /// Reopened by the manager after the deadline.
    pub registration_reopened: i64,
    /// scheduled / cancelled.
    pub status: String,
    /// iCalendar SEQUENCE.
    pub sequence: i64,
    /// Last change.
    pub updated_at: i64,
}

const COLUMNS: &str = "m.id, m.committee_id, c.reference AS committee_reference, c.body_id, b.rule_profile, m.title, m.kind, m.mode, \
    m.time_zone, m.starts_at, m.ends_at, m.venue, m.join_url, mb.code AS host, m.registration_deadline, \
    m.registration_reopened, m.status, m.sequence, m.updated_at";
const FROM: &str =
    "meetings m JOIN committees c ON c.id = m.committee_id JOIN bodies b ON b.id = c.body_id \
    LEFT JOIN member_bodies mb ON mb.id = m.host_member_body_id";

/// A meeting to write.
pub struct NewMeeting<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Committee.
    pub committee_id: &'a str,
    /// Title.
    pub title: &'a str,
    /// Kind code.
    pub kind: &'a str,
    /// Mode code.
    pub mode: &'a str,
    /// IANA zone.
    pub time_zone: &'a str,
    /// Start.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
    /// Venue.
    pub venue: &'a str,
    /// Join link.
    pub join_url: &'a str,
    /// Host member body id.
    pub host_member_body_id: Option<&'a str>,
    /// Registration deadline.
    pub registration_deadline: Option<i64>,
    /// Who.
    pub created_by: &'a str,
    /// Now.
    pub now: i64,
}

/// Writes a meeting.
pub async fn insert<'e>(
    db: impl Executor<'e, Database = Any>,
    m: &NewMeeting<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO meetings (id, committee_id, title, kind, mode, time_zone, starts_at, ends_at, venue, join_url, \
             host_member_body_id, registration_deadline, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)",
    )
    .bind(m.id)
    .bind(m.committee_id)
    .bind(m.title)
    .bind(m.kind)
    .bind(m.mode)
    .bind(m.time_zone)
    .bind(m.starts_at)
    .bind(m.ends_at)
    .bind(m.venue)
    .bind(m.join_url)
    .bind(m.host_member_body_id)
    .bind(m.registration_deadline)
    .bind(m.created_by)
    .bind(m.now)
    .execute(db)
    .await?;
    Ok(())
}

/// One meeting.
pub async fn find<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> sqlx::Result<Option<MeetingRow>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM {FROM} WHERE m.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// A committee's meetings: upcoming (ending after `now`, soonest first) or past (latest
/// first), a page of them and how many there are.
pub async fn of_committee(
    pool: &AnyPool,
    committee_id: &str,
    upcoming: bool,
    now: i64,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<MeetingRow>, i64)> {
    let (condition, order) = if upcoming {
        ("m.ends_at > $2", "m.starts_at ASC")
    } else {
        ("m.ends_at <= $2", "m.starts_at DESC")
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE m.committee_id = $1 AND {condition} ORDER BY {order}, m.id LIMIT $3 OFFSET $4"
    );
    let rows = sqlx::query_as(&sql)
        .bind(committee_id)
        .bind(now)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool);
    let count_sql =
        format!("SELECT COUNT(*) FROM meetings m WHERE m.committee_id = $1 AND {condition}");
    let count = sqlx::query_scalar(&count_sql)
        .bind(committee_id)
        .bind(now)
        .fetch_one(pool);
    tokio::try_join!(rows, count)
}

/// Every meeting of a committee from `since` on, for its calendar feed.
pub async fn feed_of_committee(
    pool: &AnyPool,
    committee_id: &str,
    since: i64,
) -> sqlx::Result<Vec<MeetingRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE m.committee_id = $1 AND m.ends_at > $2 ORDER BY m.starts_at, m.id LIMIT 500"
    ))
    .bind(committee_id)
    .bind(since)
    .fetch_all(pool)
    .await
}

/// The meetings of a person's calendar from `since` on: of the committees they hold a role
/// in, and those they are registered to.
pub async fn feed_of_user(
    pool: &AnyPool,
    user_id: &str,
    since: i64,
) -> sqlx::Result<Vec<MeetingRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE m.ends_at > $2 AND (\
             m.committee_id IN (SELECT committee_id FROM committee_roles WHERE user_id = $1) \
             OR m.id IN (SELECT meeting_id FROM meeting_registrations WHERE user_id = $1)) \
         ORDER BY m.starts_at, m.id LIMIT 500"
    ))
    .bind(user_id)
    .bind(since)
    .fetch_all(pool)
    .await
}

/// A drafted agenda item as stored.
#[derive(Clone, Debug, FromRow)]
pub struct ItemRow {
    /// Identifier.
    pub id: String,
    /// 0 or 1.
    pub level: i64,
    /// Title.
    pub title: String,
    /// Title in French.
    pub title_fr: Option<String>,
    /// Title in Arabic.
    pub title_ar: Option<String>,
    /// Description.
    pub description: String,
    /// Outcome code.
    pub outcome: String,
    /// Document ids, comma-separated.
    pub documents: String,
}

/// The drafted agenda, in order.
pub async fn draft_items<'e>(
    db: impl Executor<'e, Database = Any>,
    meeting_id: &str,
) -> sqlx::Result<Vec<ItemRow>> {
    sqlx::query_as(
        "SELECT id, CAST(level AS BIGINT) AS level, title, title_fr, title_ar, description, outcome, documents \
         FROM agenda_items \
         WHERE meeting_id = $1 ORDER BY position",
    )
    .bind(meeting_id)
    .fetch_all(db)
    .await
}

/// Replaces the drafted agenda.
pub async fn replace_items(
    tx: &mut sqlx::Transaction<'static, Any>,
    meeting_id: &str,
    items: &[crate::domain::meetings::AgendaItem],
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM agenda_items WHERE meeting_id = $1")
        .bind(meeting_id)
        .execute(&mut **tx)
        .await?;
    for (position, item) in items.iter().enumerate() {
        sqlx::query(
            "INSERT INTO agenda_items (id, meeting_id, position, level, title, description, outcome, documents, \
                 title_fr, title_ar) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(item.id.clone())
        .bind(meeting_id)
        .bind(position as i64)
        .bind(i64::from(item.level))
        .bind(item.title.clone())
        .bind(item.description.clone())
        .bind(item.outcome.clone())
        .bind(item.documents.join(","))
        .bind(item.title_fr.clone())
        .bind(item.title_ar.clone())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// A published version of an agenda.
#[derive(Clone, Debug, FromRow)]
pub struct VersionRow {
    /// 1, 2, …
    pub version: i64,
    /// Items as JSON.
    pub items: String,
    /// Items changed since the version before.
    pub items_changed: i64,
    /// The notice rule broken, if late.
    pub late_rule: Option<String>,
    /// When.
    pub published_at: i64,
    /// By whom (name).
    pub published_by: Option<String>,
}

/// The published versions of an agenda, newest first.
pub async fn versions<'e>(
    db: impl Executor<'e, Database = Any>,
    meeting_id: &str,
) -> sqlx::Result<Vec<VersionRow>> {
    sqlx::query_as(
        "SELECT v.version, v.items, v.items_changed, v.late_rule, v.published_at, u.name AS published_by \
         FROM agenda_versions v LEFT JOIN users u ON u.id = v.published_by WHERE v.meeting_id = $1 ORDER BY v.version DESC",
    )
    .bind(meeting_id)
    .fetch_all(db)
    .await
}

/// A publication to record.
pub struct NewVersion<'a> {
    /// Meeting.
    pub meeting_id: &'a str,
    /// Its number.
    pub version: i64,
    /// Items as JSON.
    pub items: &'a str,
    /// Items changed.
    pub items_changed: i64,
    /// The rule broken, if late.
    pub late_rule: Option<&'a str>,
    /// By whom.
    pub user_id: &'a str,
    /// When.
    pub now: i64,
}

/// Records a published version (false when that version number exists: published meanwhile)
/// and moves the meeting's SEQUENCE on.
pub async fn insert_version(
    tx: &mut sqlx::Transaction<'static, Any>,
    v: &NewVersion<'_>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO agenda_versions (meeting_id, version, items, items_changed, late_rule, published_at, published_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (meeting_id, version) DO NOTHING",
    )
    .bind(v.meeting_id)
    .bind(v.version)
    .bind(v.items)
    .bind(v.items_changed)
    .bind(v.late_rule)
    .bind(v.now)
    .bind(v.user_id)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 1 {
        sqlx::query("UPDATE meetings SET sequence = sequence + 1, updated_at = $2 WHERE id = $1")
            .bind(v.meeting_id)
            .bind(v.now)
            .execute(&mut **tx)
            .await?;
    }
    Ok(done.rows_affected() == 1)
}

/// A registration as listed.
#[derive(Clone, Debug, FromRow)]
pub struct RegistrationRow {
    /// Identifier.
    pub id: String,
    /// Member body code.
    pub member_body: String,
    /// Member body id.
    pub member_body_id: String,
    /// The delegate.
    pub user_id: String,
    /// Their name.
    pub name: String,
    /// Head of delegation (0/1).
    pub head_of_delegation: i64,
    /// in_person / remote.
    pub participation: String,
    /// Attended (null until marked).
    pub attended: Option<i64>,
    /// When registered.
    pub registered_at: i64,
}

/// A meeting's registrations, by member body then name; `member_body_ids` limits them to
/// those member bodies (an officer's own), `user_id` to one person's.
pub async fn registrations(
    pool: &AnyPool,
    meeting_id: &str,
    only_user: Option<&str>,
) -> sqlx::Result<Vec<RegistrationRow>> {
    sqlx::query_as(
        "SELECT r.id, mb.code AS member_body, r.member_body_id, r.user_id, u.name, CAST(r.head_of_delegation AS BIGINT) AS head_of_delegation, \
             r.participation, CAST(r.attended AS BIGINT) AS attended, r.registered_at \
         FROM meeting_registrations r JOIN member_bodies mb ON mb.id = r.member_body_id JOIN users u ON u.id = r.user_id \
         WHERE r.meeting_id = $1 AND ($2 = '' OR r.user_id = $2) ORDER BY mb.code, r.head_of_delegation DESC, u.name",
    )
    .bind(meeting_id)
    .bind(only_user.unwrap_or(""))
    .fetch_all(pool)
    .await
}

/// A registration to write.
pub struct NewRegistration<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Meeting.
    pub meeting_id: &'a str,
    /// Member body.
    pub member_body_id: &'a str,
    /// Delegate.
    pub user_id: &'a str,
    /// Head of delegation.
    pub head: bool,
    /// in_person / remote.
    pub participation: &'a str,
    /// Who registered them.
    pub registered_by: &'a str,
    /// Now.
    pub now: i64,
}

/// Registers a delegate (false when already registered to this meeting).
pub async fn register<'e>(
    db: impl Executor<'e, Database = Any>,
    r: &NewRegistration<'_>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO meeting_registrations (id, meeting_id, member_body_id, user_id, head_of_delegation, participation, registered_by, registered_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (meeting_id, user_id) DO NOTHING",
    )
    .bind(r.id)
    .bind(r.meeting_id)
    .bind(r.member_body_id)
    .bind(r.user_id)
    .bind(i64::from(r.head))
    .bind(r.participation)
    .bind(r.registered_by)
    .bind(r.now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks whether a registered delegate attended (false when the registration is not this
/// meeting's).
pub async fn set_attended<'e>(
    db: impl Executor<'e, Database = Any>,
    meeting_id: &str,
    registration_id: &str,
    attended: bool,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meeting_registrations SET attended = $3 WHERE id = $2 AND meeting_id = $1",
    )
    .bind(meeting_id)
    .bind(registration_id)
    .bind(i64::from(attended))
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Reopens registration after the deadline (or closes it again).
pub async fn set_reopened<'e>(
    db: impl Executor<'e, Database = Any>,
    meeting_id: &str,
    reopened: bool,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE meetings SET registration_reopened = $2, updated_at = $3 WHERE id = $1")
        .bind(meeting_id)
        .bind(i64::from(reopened))
        .bind(now)
        .execute(db)
        .await?;
    Ok(())
}

/// Whether a person is a delegate of a member body in a committee.
pub async fn is_delegate_of(
    pool: &AnyPool,
    committee_id: &str,
    user_id: &str,
    member_body_id: &str,
) -> sqlx::Result<bool> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT user_id FROM committee_roles WHERE committee_id = $1 AND user_id = $2 AND role = 'delegate' AND member_body_id = $3",
    )
    .bind(committee_id)
    .bind(user_id)
    .bind(member_body_id)
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}

/// A person's calendar secret, made when missing.
pub async fn calendar_token(pool: &AnyPool, user_id: &str, fresh: &str) -> sqlx::Result<String> {
    sqlx::query("UPDATE users SET calendar_token = $2 WHERE id = $1 AND calendar_token IS NULL")
        .bind(user_id)
        .bind(fresh)
        .execute(pool)
        .await?;
    sqlx::query_scalar("SELECT calendar_token FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(pool)
        .await
}

/// The person whose calendar secret this is.
pub async fn user_of_calendar(pool: &AnyPool, token: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT id FROM users WHERE calendar_token = $1")
        .bind(token)
        .fetch_optional(pool)
        .await
}

/// A document linked from an agenda: (id, committee id, reference, title, status, registered
/// at).
pub type LinkedDocument = (String, String, String, String, String, i64);

/// The documents with these ids (any committee: the caller checks).
pub async fn documents(pool: &AnyPool, ids: &[String]) -> sqlx::Result<Vec<LinkedDocument>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT id, committee_id, reference, title, status, created_at FROM documents WHERE id IN ({})",
        marks.join(", ")
    );
    let mut query = sqlx::query_as(&sql);
    for id in ids {
        query = query.bind(id.clone());
    }
    query.fetch_all(pool).await
}

/// The delegates to a committee of the member bodies a person is officer of (all member
/// bodies' for `all`): (member body code, user id, name), by code and name.
pub async fn delegates_for(
    pool: &AnyPool,
    committee_id: &str,
    officer_id: &str,
    all: bool,
) -> sqlx::Result<Vec<(String, String, String)>> {
    sqlx::query_as(
        "SELECT mb.code, u.id, u.name FROM committee_roles cr JOIN users u ON u.id = cr.user_id \
         JOIN member_bodies mb ON mb.id = cr.member_body_id \
         WHERE cr.committee_id = $1 AND cr.role = 'delegate' AND ($3 = 1 OR cr.member_body_id IN \
             (SELECT member_body_id FROM member_body_roles WHERE user_id = $2 AND role = 'officer')) \
         ORDER BY mb.code, u.name",
    )
    .bind(committee_id)
    .bind(officer_id)
    .bind(i64::from(all))
    .fetch_all(pool)
    .await
}

/// Minutes or a resolution as stored.
#[derive(Clone, Debug, FromRow)]
pub struct RecordRow {
    /// Identifier.
    pub id: String,
    /// Resolution number (0 for minutes).
    pub number: i64,
    /// Resolution year (0 for minutes).
    pub year: i64,
    /// Title (empty for minutes).
    pub title: String,
    /// Text.
    pub body: String,
    /// Title in French (resolutions).
    pub title_fr: Option<String>,
    /// Title in Arabic (resolutions).
    pub title_ar: Option<String>,
    /// Text in French (resolutions).
    pub body_fr: Option<String>,
    /// Text in Arabic (resolutions).
    pub body_ar: Option<String>,
    /// Status code.
    pub status: String,
    /// The record it corrects.
    pub corrects_id: Option<String>,
    /// The agenda item (resolutions).
    pub agenda_item_id: Option<String>,
    /// The ballot (resolutions).
    pub ballot_id: Option<String>,
    /// When circulated.
    pub circulated_at: Option<i64>,
}

/// Which table: minutes or resolutions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    /// `meeting_minutes`.
    Minutes,
    /// `resolutions`.
    Resolution,
}

impl Record {
    fn select(self) -> &'static str {
        match self {
            Record::Minutes => "SELECT id, CAST(0 AS BIGINT) AS number, CAST(0 AS BIGINT) AS year, '' AS title, body, \
                CAST(NULL AS TEXT) AS title_fr, CAST(NULL AS TEXT) AS title_ar, CAST(NULL AS TEXT) AS body_fr, \
                CAST(NULL AS TEXT) AS body_ar, status, corrects_id, \
                CAST(NULL AS TEXT) AS agenda_item_id, CAST(NULL AS TEXT) AS ballot_id, circulated_at FROM meeting_minutes",
            Record::Resolution => "SELECT id, number, CAST(year AS BIGINT) AS year, title, body, title_fr, title_ar, body_fr, body_ar, \
                status, corrects_id, agenda_item_id, ballot_id, \
                circulated_at FROM resolutions",
        }
    }

    fn table(self) -> &'static str {
        match self {
            Record::Minutes => "meeting_minutes",
            Record::Resolution => "resolutions",
        }
    }
}

/// A meeting's minutes (every record, oldest first) or resolutions (by number).
pub async fn records(
    pool: &AnyPool,
    kind: Record,
    meeting_id: &str,
) -> sqlx::Result<Vec<RecordRow>> {
    let order = match kind {
        Record::Minutes => "created_at, id",
        Record::Resolution => "year, number",
    };
    sqlx::query_as(&format!(
        "{} WHERE meeting_id = $1 ORDER BY {order}",
        kind.select()
    ))
    .bind(meeting_id)
    .fetch_all(pool)
    .await
}

/// One record with its meeting's id.
pub async fn record<'e>(
    db: impl Executor<'e, Database = Any>,
    kind: Record,
    id: &str,
) -> sqlx::Result<Option<(RecordRow, String)>> {
    let sql = format!(
        "SELECT r.*, x.meeting_id FROM ({}) r JOIN {} x ON x.id = r.id WHERE r.id = $1",
        kind.select(),
        kind.table()
    );
    let row = sqlx::query(&sql).bind(id).fetch_optional(db).await?;
    row.map(|row| {
        use sqlx::Row;
        Ok((
            RecordRow::from_row(&row)?,
            row.try_get::<String, _>("meeting_id")?,
        ))
    })
    .transpose()
}

/// New minutes (a draft, or the correction of locked minutes).
pub async fn insert_minutes<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    meeting_id: &str,
    body: &str,
    corrects: Option<&str>,
    user_id: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO meeting_minutes (id, meeting_id, body, status, corrects_id, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, 'draft', $4, $5, $6, $6)",
    )
    .bind(id)
    .bind(meeting_id)
    .bind(body)
    .bind(corrects)
    .bind(user_id)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// A resolution to write.
pub struct NewResolution<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Committee.
    pub committee_id: &'a str,
    /// Meeting.
    pub meeting_id: &'a str,
    /// Year of the meeting.
    pub year: i64,
    /// Its number that year.
    pub number: i64,
    /// Agenda item.
    pub agenda_item_id: Option<&'a str>,
    /// Ballot.
    pub ballot_id: Option<&'a str>,
    /// Title.
    pub title: &'a str,
    /// Text.
    pub body: &'a str,
    /// Title in French and Arabic, text in French and Arabic.
    pub translations: [Option<&'a str>; 4],
    /// The resolution it corrects.
    pub corrects: Option<&'a str>,
    /// Who.
    pub user_id: &'a str,
    /// Now.
    pub now: i64,
}

/// Writes a resolution (a draft).
pub async fn insert_resolution<'e>(
    db: impl Executor<'e, Database = Any>,
    r: &NewResolution<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO resolutions (id, committee_id, meeting_id, year, number, agenda_item_id, ballot_id, title, body, status, \
             corrects_id, created_by, created_at, updated_at, title_fr, title_ar, body_fr, body_ar) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'draft', $10, $11, $12, $12, $13, $14, $15, $16)",
    )
    .bind(r.id)
    .bind(r.committee_id)
    .bind(r.meeting_id)
    .bind(r.year)
    .bind(r.number)
    .bind(r.agenda_item_id)
    .bind(r.ballot_id)
    .bind(r.title)
    .bind(r.body)
    .bind(r.corrects)
    .bind(r.user_id)
    .bind(r.now)
    .bind(r.translations[0])
    .bind(r.translations[1])
    .bind(r.translations[2])
    .bind(r.translations[3])
    .execute(db)
    .await?;
    Ok(())
}

/// Changes the text of a record that is still a draft or circulated (false otherwise).
pub async fn set_body<'e>(
    db: impl Executor<'e, Database = Any>,
    kind: Record,
    id: &str,
    title: Option<&str>,
    body: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let sql = match kind {
        Record::Minutes => "UPDATE meeting_minutes SET body = $2, updated_at = $3 WHERE id = $1 AND status IN ('draft', 'circulated')",
        Record::Resolution => "UPDATE resolutions SET body = $2, updated_at = $3, title = COALESCE($4, title) WHERE id = $1 AND status IN ('draft', 'circulated')",
    };
    let mut query = sqlx::query(sql).bind(id).bind(body).bind(now);
    if kind == Record::Resolution {
        query = query.bind(title);
    }
    Ok(query.execute(db).await?.rows_affected() == 1)
}

/// Moves a record one step on, if it is still at `from` (false otherwise); stamps the time.
pub async fn advance<'e>(
    db: impl Executor<'e, Database = Any>,
    kind: Record,
    id: &str,
    from: &str,
    to: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let stamp = match to {
        "circulated" => "circulated_at",
        "approved" => "approved_at",
        _ => "locked_at",
    };
    let sql = format!(
        "UPDATE {} SET status = $3, {stamp} = $4, updated_at = $4 WHERE id = $1 AND status = $2",
        kind.table()
    );
    Ok(sqlx::query(&sql)
        .bind(id)
        .bind(from)
        .bind(to)
        .bind(now)
        .execute(db)
        .await?
        .rows_affected()
        == 1)
}

/// Changes a meeting's schedule and moves its SEQUENCE on (calendars update the event).
pub async fn update<'e>(
    db: impl Executor<'e, Database = Any>,
    m: &NewMeeting<'_>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET title = $2, kind = $3, mode = $4, time_zone = $5, starts_at = $6, ends_at = $7, venue = $8, \
             join_url = $9, host_member_body_id = $10, registration_deadline = $11, sequence = sequence + 1, updated_at = $12 \
         WHERE id = $1 AND status = 'scheduled'",
    )
    .bind(m.id)
    .bind(m.title)
    .bind(m.kind)
    .bind(m.mode)
    .bind(m.time_zone)
    .bind(m.starts_at)
    .bind(m.ends_at)
    .bind(m.venue)
    .bind(m.join_url)
    .bind(m.host_member_body_id)
    .bind(m.registration_deadline)
    .bind(m.now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels a meeting and moves its SEQUENCE on (false when already cancelled).
pub async fn cancel<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, updated_at = $2 WHERE id = $1 AND status = 'scheduled'",
    )
    .bind(id)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}
