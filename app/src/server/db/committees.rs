//! Committees: roles of people, memberships of member bodies, and the history of changes.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// A person's roles everywhere, for `domain::permissions::Actor`.
pub struct RoleSet {
    /// Bodies they administer.
    pub body_admin_of: Vec<String>,
    /// (committee id, role code).
    pub committee_roles: Vec<(String, String)>,
    /// (member body id, role code).
    pub member_body_roles: Vec<(String, String)>,
    /// (committee id, membership code of the nominating member body) for each delegate role.
    pub delegations: Vec<(String, Option<String>)>,
}

/// Loads every role of a person (four indexed lookups).
pub async fn roles_of_user(pool: &AnyPool, user_id: &str) -> sqlx::Result<RoleSet> {
    let body_admin_of = sqlx::query_scalar("SELECT body_id FROM body_admins WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(pool)
        .await?;
    let committee_roles =
        sqlx::query_as("SELECT committee_id, role FROM committee_roles WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(pool)
            .await?;
    let member_body_roles =
        sqlx::query_as("SELECT member_body_id, role FROM member_body_roles WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(pool)
            .await?;
    let delegations = sqlx::query_as(
        "SELECT r.committee_id, m.status FROM committee_roles r \
         LEFT JOIN committee_members m ON m.committee_id = r.committee_id AND m.member_body_id = r.member_body_id \
         WHERE r.user_id = $1 AND r.role = 'delegate'",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(RoleSet {
        body_admin_of,
        committee_roles,
        member_body_roles,
        delegations,
    })
}

/// A committee with its body and secretariat.
#[derive(Debug, FromRow)]
pub struct CommitteeRow {
    /// Identifier.
    pub id: String,
    /// Owning body's id.
    pub body_id: String,
    /// Owning body's acronym.
    pub body_acronym: String,
    /// Reference (`ARSO/TC 70`).
    pub reference: String,
    /// Titles.
    pub title_en: String,
    /// French title.
    pub title_fr: Option<String>,
    /// Arabic title.
    pub title_ar: Option<String>,
    /// Scope statement.
    pub scope: Option<String>,
    /// active / disbanded.
    pub status: String,
    /// Secretariat's member body code.
    pub secretariat: Option<String>,
    /// The parent committee's status (`None` for a TC).
    pub parent_status: Option<String>,
    /// Its time zone (IANA name).
    pub time_zone: String,
    /// The body's rule profile (JSON), if it has its own.
    pub rule_profile: Option<String>,
}

/// One committee by id.
pub async fn find<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> sqlx::Result<Option<CommitteeRow>> {
    sqlx::query_as(
        "SELECT c.id, c.body_id, b.acronym AS body_acronym, c.reference, c.title_en, c.title_fr, c.title_ar, c.scope, \
                c.status, mb.code AS secretariat, p.status AS parent_status, c.time_zone, b.rule_profile \
         FROM committees c JOIN bodies b ON b.id = c.body_id LEFT JOIN member_bodies mb ON mb.id = c.secretariat_id \
         LEFT JOIN committees p ON p.id = c.parent_id \
         WHERE c.id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// A member body's current membership of a committee.
#[derive(Debug, FromRow)]
pub struct MemberRow {
    /// Member body id.
    pub member_body_id: String,
    /// Member body code.
    pub code: String,
    /// Member body name.
    pub name: String,
    /// ISO 3166 alpha-2 country.
    pub country: String,
    /// P / O / liaison_a / liaison_b / liaison_c.
    pub status: String,
    /// Since when, epoch ms.
    pub since: i64,
}

/// The committee's current members, by status then code.
pub async fn members(pool: &AnyPool, committee_id: &str) -> sqlx::Result<Vec<MemberRow>> {
    sqlx::query_as(
        "SELECT m.member_body_id, mb.code, mb.name, mb.country, m.status, m.since \
         FROM committee_members m JOIN member_bodies mb ON mb.id = m.member_body_id \
         WHERE m.committee_id = $1 ORDER BY m.status, mb.code",
    )
    .bind(committee_id)
    .fetch_all(pool)
    .await
}

/// A person's role in a committee.
#[derive(Debug, FromRow)]
pub struct RoleRow {
    /// The person.
    pub user_id: String,
    /// Their name.
    pub name: String,
    /// Role code.
    pub role: String,
    /// For delegates: the nominating member body's code.
    pub member_body: Option<String>,
}

/// Everyone with a role in the committee.
pub async fn roles(pool: &AnyPool, committee_id: &str) -> sqlx::Result<Vec<RoleRow>> {
    sqlx::query_as(
        "SELECT r.user_id, u.name, r.role, mb.code AS member_body \
         FROM committee_roles r JOIN users u ON u.id = r.user_id LEFT JOIN member_bodies mb ON mb.id = r.member_body_id \
         WHERE r.committee_id = $1 ORDER BY r.role, u.name",
    )
    .bind(committee_id)
    .fetch_all(pool)
    .await
}

/// One line of a committee's history.
#[derive(Debug, FromRow)]
pub struct HistoryRow {
    /// When, epoch ms.
    pub at: i64,
    /// Who made the change (name), if known.
    pub actor: Option<String>,
    /// created / membership / role / secretariat.
    pub kind: String,
    /// What it was about (member body code, person's name).
    pub subject: String,
    /// Before.
    pub from_value: Option<String>,
    /// After.
    pub to_value: Option<String>,
}

/// The newest `limit` history lines of a committee.
pub async fn history(
    pool: &AnyPool,
    committee_id: &str,
    limit: i64,
) -> sqlx::Result<Vec<HistoryRow>> {
    sqlx::query_as(
        "SELECT h.at, u.name AS actor, h.kind, h.subject, h.from_value, h.to_value \
         FROM committee_history h LEFT JOIN users u ON u.id = h.actor_id \
         WHERE h.committee_id = $1 ORDER BY h.at DESC, h.id DESC LIMIT $2",
    )
    .bind(committee_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// A member body by code: (id, code).
pub async fn member_body_by_code<'e>(
    db: impl Executor<'e, Database = Any>,
    code: &str,
) -> sqlx::Result<Option<(String, String)>> {
    sqlx::query_as("SELECT id, code FROM member_bodies WHERE code = $1")
        .bind(code)
        .fetch_optional(db)
        .await
}

/// Whether a member body belongs to a body.
pub async fn is_body_member<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
    member_body_id: &str,
) -> sqlx::Result<bool> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT category FROM body_members WHERE body_id = $1 AND member_body_id = $2",
    )
    .bind(body_id)
    .bind(member_body_id)
    .fetch_optional(db)
    .await?;
    Ok(found.is_some())
}

/// The current status of a member body in a committee.
pub async fn membership<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
    member_body_id: &str,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT status FROM committee_members WHERE committee_id = $1 AND member_body_id = $2",
    )
    .bind(committee_id)
    .bind(member_body_id)
    .fetch_optional(db)
    .await
}

/// Sets a member body's status in a committee.
pub async fn upsert_membership<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
    member_body_id: &str,
    status: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO committee_members (committee_id, member_body_id, status, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (committee_id, member_body_id) DO UPDATE SET status = excluded.status, since = excluded.since",
    )
    .bind(committee_id)
    .bind(member_body_id)
    .bind(status)
    .bind(now_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// Ends a membership; false when there was none.
pub async fn delete_membership<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
    member_body_id: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "DELETE FROM committee_members WHERE committee_id = $1 AND member_body_id = $2",
    )
    .bind(committee_id)
    .bind(member_body_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A history line to record.
pub struct NewHistory<'a> {
    /// Identifier.
    pub id: &'a str,
    /// The committee.
    pub committee_id: &'a str,
    /// When.
    pub at: i64,
    /// Who.
    pub actor_id: Option<&'a str>,
    /// created / membership / role / secretariat.
    pub kind: &'a str,
    /// What about.
    pub subject: &'a str,
    /// Before.
    pub from_value: Option<&'a str>,
    /// After.
    pub to_value: Option<&'a str>,
}

/// Records a history line, and the same change in the audit trail's chain (same transaction).
pub async fn insert_history(
    conn: &mut sqlx::AnyConnection,
    h: &NewHistory<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO committee_history (id, committee_id, at, actor_id, kind, subject, from_value, to_value) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(h.id)
    .bind(h.committee_id)
    .bind(h.at)
    .bind(h.actor_id)
    .bind(h.kind)
    .bind(h.subject)
    .bind(h.from_value)
    .bind(h.to_value)
    .execute(&mut *conn)
    .await?;
    let kind = match h.kind {
        "membership" => "membership_changed",
        "role" => "role_changed",
        "secretariat" => "secretariat_changed",
        "created" => "committee_created",
        _ => "committee_changed",
    };
    super::audit::append(
        conn,
        &super::audit::NewEvent {
            at: h.at,
            actor_id: h.actor_id,
            committee_id: Some(h.committee_id),
            kind,
            subject: h.subject,
            before: h.from_value,
            after: h.to_value,
        },
    )
    .await?;
    Ok(())
}

/// Gives a person a role in a committee (demo data and, later, the roles API).
pub async fn insert_role<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
    user_id: &str,
    role: &str,
    member_body_id: Option<&str>,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO committee_roles (committee_id, user_id, role, member_body_id, since) VALUES ($1, $2, $3, $4, $5)")
        .bind(committee_id)
        .bind(user_id)
        .bind(role)
        .bind(member_body_id)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// Makes a person administrator of a body.
pub async fn insert_body_admin<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
    user_id: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO body_admins (body_id, user_id, since) VALUES ($1, $2, $3)")
        .bind(body_id)
        .bind(user_id)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// Gives a person a role in a member body and records it as their member body.
pub async fn insert_member_body_role<'e>(
    db: impl Executor<'e, Database = Any>,
    member_body_id: &str,
    user_id: &str,
    role: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO member_body_roles (member_body_id, user_id, role, since) VALUES ($1, $2, $3, $4)")
        .bind(member_body_id)
        .bind(user_id)
        .bind(role)
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(())
}

/// A body by acronym: (id, acronym).
pub async fn body_by_acronym<'e>(
    db: impl Executor<'e, Database = Any>,
    acronym: &str,
) -> sqlx::Result<Option<(String, String)>> {
    sqlx::query_as("SELECT id, acronym FROM bodies WHERE acronym = $1")
        .bind(acronym)
        .fetch_optional(db)
        .await
}

/// What a possible parent committee is: (body id, kind, reference, sort key).
pub async fn parent_info<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> sqlx::Result<Option<(String, String, String, String)>> {
    sqlx::query_as("SELECT body_id, kind, reference, sort_key FROM committees WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await
}

/// Whether a reference is taken.
pub async fn reference_taken<'e>(
    db: impl Executor<'e, Database = Any>,
    reference: &str,
) -> sqlx::Result<bool> {
    let found: Option<String> =
        sqlx::query_scalar("SELECT id FROM committees WHERE reference = $1")
            .bind(reference)
            .fetch_optional(db)
            .await?;
    Ok(found.is_some())
}

/// A member body of a body, for the body page.
#[derive(Debug, FromRow)]
pub struct BodyMemberRow {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Country.
    pub country: String,
    /// member / affiliate / observer.
    pub category: String,
    /// Since when, epoch ms.
    pub since: i64,
}

/// The member bodies of a body, by code.
pub async fn body_members(pool: &AnyPool, body_id: &str) -> sqlx::Result<Vec<BodyMemberRow>> {
    sqlx::query_as(
        "SELECT mb.code, mb.name, mb.country, m.category, m.since FROM body_members m JOIN member_bodies mb ON mb.id = m.member_body_id \
         WHERE m.body_id = $1 ORDER BY mb.code",
    )
    .bind(body_id)
    .fetch_all(pool)
    .await
}

/// The people of a member body with their role: (user id, name, role, since).
pub async fn people_of_member_body(
    pool: &AnyPool,
    member_body_id: &str,
) -> sqlx::Result<Vec<(String, String, String, i64)>> {
    sqlx::query_as(
        "SELECT u.id, u.name, r.role, r.since FROM member_body_roles r JOIN users u ON u.id = r.user_id \
         WHERE r.member_body_id = $1 ORDER BY u.name",
    )
    .bind(member_body_id)
    .fetch_all(pool)
    .await
}

/// The member body a person belongs to (through a member-body role), if any: (id, code).
pub async fn member_body_of_user<'e>(
    db: impl Executor<'e, Database = Any>,
    user_id: &str,
) -> sqlx::Result<Option<(String, String)>> {
    sqlx::query_as(
        "SELECT mb.id, mb.code FROM member_body_roles r JOIN member_bodies mb ON mb.id = r.member_body_id \
         WHERE r.user_id = $1 ORDER BY mb.code LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(db)
    .await
}

/// Whether a person holds a role in a committee.
pub async fn has_role<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
    user_id: &str,
    role: &str,
) -> sqlx::Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT since FROM committee_roles WHERE committee_id = $1 AND user_id = $2 AND role = $3",
    )
    .bind(committee_id)
    .bind(user_id)
    .bind(role)
    .fetch_optional(db)
    .await?;
    Ok(found.is_some())
}

/// Takes a role away; false when the person did not hold it.
pub async fn delete_role<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
    user_id: &str,
    role: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "DELETE FROM committee_roles WHERE committee_id = $1 AND user_id = $2 AND role = $3",
    )
    .bind(committee_id)
    .bind(user_id)
    .bind(role)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A committee where a person holds a role.
#[derive(Debug, FromRow)]
pub struct UserCommitteeRow {
    /// Committee id.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// English title.
    pub title_en: String,
    /// French title.
    pub title_fr: Option<String>,
    /// Arabic title.
    pub title_ar: Option<String>,
    /// active / disbanded.
    pub status: String,
    /// The person's role there.
    pub role: String,
}

/// The committees where a person holds a role, in tree order.
pub async fn committees_of_user(
    pool: &AnyPool,
    user_id: &str,
) -> sqlx::Result<Vec<UserCommitteeRow>> {
    sqlx::query_as(
        "SELECT c.id, c.reference, c.title_en, c.title_fr, c.title_ar, c.status, r.role FROM committee_roles r \
         JOIN committees c ON c.id = r.committee_id WHERE r.user_id = $1 ORDER BY c.sort_key, r.role",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// All member bodies by code: (code, name, country).
pub async fn list_member_bodies(pool: &AnyPool) -> sqlx::Result<Vec<(String, String, String)>> {
    sqlx::query_as("SELECT code, name, country FROM member_bodies ORDER BY code")
        .fetch_all(pool)
        .await
}

/// A member body by code: (id, code, name, country).
pub async fn member_body_details(
    pool: &AnyPool,
    code: &str,
) -> sqlx::Result<Option<(String, String, String, String)>> {
    sqlx::query_as("SELECT id, code, name, country FROM member_bodies WHERE code = $1")
        .bind(code)
        .fetch_optional(pool)
        .await
}

/// How many subcommittees and working groups directly under a committee are still active.
pub async fn count_active_children<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM committees WHERE parent_id = $1 AND status = 'active'",
    )
    .bind(committee_id)
    .fetch_one(db)
    .await
}

/// A committee's details as they are after a change.
pub struct CommitteeDetails<'a> {
    /// English, French and Arabic titles.
    pub titles: (&'a str, Option<&'a str>, Option<&'a str>),
    /// Scope statement.
    pub scope: Option<&'a str>,
    /// The member body holding the secretariat.
    pub secretariat_id: &'a str,
    /// active / disbanded.
    pub status: &'a str,
    /// Time zone (IANA name).
    pub time_zone: &'a str,
}

/// Writes a committee's titles, scope, secretariat, status and time zone.
pub async fn update_details<'e>(
    db: impl Executor<'e, Database = Any>,
    committee_id: &str,
    details: &CommitteeDetails<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE committees SET title_en = $2, title_fr = $3, title_ar = $4, scope = $5, secretariat_id = $6, status = $7, \
             time_zone = $8 WHERE id = $1",
    )
    .bind(committee_id)
    .bind(details.titles.0)
    .bind(details.titles.1)
    .bind(details.titles.2)
    .bind(details.scope)
    .bind(details.secretariat_id)
    .bind(details.status)
    .bind(details.time_zone)
    .execute(db)
    .await?;
    Ok(())
}

/// Takes a person's role in a member body away; false when they held none there.
pub async fn delete_member_body_role<'e>(
    db: impl Executor<'e, Database = Any>,
    member_body_id: &str,
    user_id: &str,
) -> sqlx::Result<bool> {
    let done =
        sqlx::query("DELETE FROM member_body_roles WHERE member_body_id = $1 AND user_id = $2")
            .bind(member_body_id)
            .bind(user_id)
            .execute(db)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// A committee a member body takes part in.
#[derive(Debug, FromRow)]
pub struct MemberBodyCommitteeRow {
    /// Committee id.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// English title.
    pub title_en: String,
    /// French title.
    pub title_fr: Option<String>,
    /// Arabic title.
    pub title_ar: Option<String>,
    /// The committee's own status (active / disbanded).
    pub committee_status: String,
    /// The membership: P / O / liaison_a / liaison_b / liaison_c.
    pub status: String,
    /// Since when, epoch ms.
    pub since: i64,
}

/// A member body's committees, in tree order.
pub async fn committees_of_member_body(
    pool: &AnyPool,
    member_body_id: &str,
) -> sqlx::Result<Vec<MemberBodyCommitteeRow>> {
    sqlx::query_as(
        "SELECT c.id, c.reference, c.title_en, c.title_fr, c.title_ar, c.status AS committee_status, m.status, m.since \
         FROM committee_members m \
         JOIN committees c ON c.id = m.committee_id WHERE m.member_body_id = $1 ORDER BY c.sort_key",
    )
    .bind(member_body_id)
    .fetch_all(pool)
    .await
}

/// Sets a member body's category in a body.
pub async fn upsert_body_member<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
    member_body_id: &str,
    category: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO body_members (body_id, member_body_id, category, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (body_id, member_body_id) DO UPDATE SET category = excluded.category",
    )
    .bind(body_id)
    .bind(member_body_id)
    .bind(category)
    .bind(now_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// Sets a person's role in a member body.
pub async fn upsert_member_body_role<'e>(
    db: impl Executor<'e, Database = Any>,
    member_body_id: &str,
    user_id: &str,
    role: &str,
    now_ms: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO member_body_roles (member_body_id, user_id, role, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (member_body_id, user_id) DO UPDATE SET role = excluded.role",
    )
    .bind(member_body_id)
    .bind(user_id)
    .bind(role)
    .bind(now_ms)
    .execute(db)
    .await?;
    Ok(())
}

/// A committee's id by its reference (`SMIIC/TC 1`).
pub async fn committee_id_by_reference(
    pool: &AnyPool,
    reference: &str,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT id FROM committees WHERE reference = $1")
        .bind(reference)
        .fetch_optional(pool)
        .await
}

/// Sets the time zone of every committee of a body (demo data).
pub async fn set_time_zone_of_body<'e>(
    db: impl Executor<'e, Database = Any>,
    body_id: &str,
    zone: &str,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE committees SET time_zone = $2 WHERE body_id = $1")
        .bind(body_id)
        .bind(zone)
        .execute(db)
        .await?;
    Ok(())
}
