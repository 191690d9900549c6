//! What needs a person, by their roles: the SQL of the dashboard. Each list is bounded and
//! follows an index (comments by document and member body, meetings by committee and start).

use sqlx::{AnyPool, FromRow};

/// A document with a number of comments (to consolidate, or to decide).
#[derive(Clone, Debug, FromRow)]
pub struct DocumentCount {
    /// Document id.
    pub id: String,
    /// `ARSO/TC 70 N 12`.
    pub reference: String,
    /// Title.
    pub title: String,
    /// The member body (code) the comments are of, when that is the point.
    pub member_body: Option<String>,
    /// How many.
    pub count: i64,
}

/// Documents where a member body the person is an officer of has draft comments and has not
/// submitted its national position yet.
pub async fn to_consolidate(pool: &AnyPool, user_id: &str) -> sqlx::Result<Vec<DocumentCount>> {
    sqlx::query_as(
        "SELECT d.id, d.reference, d.title, mb.code AS member_body, COUNT(*) AS count \
         FROM member_body_roles r \
         JOIN comments c ON c.member_body_id = r.member_body_id AND c.status = 'draft' \
         JOIN documents d ON d.id = c.document_id \
         JOIN member_bodies mb ON mb.id = c.member_body_id \
         WHERE r.user_id = $1 AND r.role = 'officer' AND NOT EXISTS ( \
             SELECT 1 FROM comment_submissions s \
             WHERE s.document_id = c.document_id AND s.member_body_id = c.member_body_id) \
         GROUP BY d.id, d.reference, d.title, mb.code ORDER BY d.reference LIMIT 50",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// Documents of the committees the person manages with submitted comments awaiting the
/// secretariat's decision.
pub async fn to_decide(pool: &AnyPool, user_id: &str) -> sqlx::Result<Vec<DocumentCount>> {
    sqlx::query_as(
        "SELECT d.id, d.reference, d.title, CAST(NULL AS TEXT) AS member_body, COUNT(*) AS count \
         FROM committee_roles cr \
         JOIN documents d ON d.committee_id = cr.committee_id \
         JOIN comments c ON c.document_id = d.id AND c.status = 'submitted' AND c.disposition IS NULL \
         WHERE cr.user_id = $1 AND cr.role = 'committee_manager' \
         GROUP BY d.id, d.reference, d.title ORDER BY d.reference LIMIT 50",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// A meeting as the dashboard needs it.
#[derive(Clone, Debug, FromRow)]
pub struct MeetingDue {
    /// Meeting id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The committee's reference.
    pub committee_reference: String,
    /// plenary / wg.
    pub kind: String,
    /// in_person / virtual / hybrid.
    pub mode: String,
    /// The host's zone.
    pub time_zone: String,
    /// Start.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
    /// Registration deadline.
    pub registration_deadline: Option<i64>,
    /// The body's rule profile (its notice periods).
    pub rule_profile: Option<String>,
}

const MEETING: &str =
    "m.id, m.title, c.reference AS committee_reference, m.kind, m.mode, m.time_zone, \
     m.starts_at, m.ends_at, m.registration_deadline, b.rule_profile \
     FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN bodies b ON b.id = c.body_id";

/// Upcoming meetings of the committees the person manages whose agenda is not published yet,
/// soonest first.
pub async fn without_agenda(
    pool: &AnyPool,
    user_id: &str,
    now: i64,
) -> sqlx::Result<Vec<MeetingDue>> {
    sqlx::query_as(&format!(
        "SELECT {MEETING} JOIN committee_roles cr ON cr.committee_id = m.committee_id \
         WHERE cr.user_id = $1 AND cr.role = 'committee_manager' AND m.status = 'scheduled' \
         AND m.starts_at > $2 \
         AND NOT EXISTS (SELECT 1 FROM agenda_versions v WHERE v.meeting_id = m.id) \
         ORDER BY m.starts_at LIMIT 50"
    ))
    .bind(user_id)
    .bind(now)
    .fetch_all(pool)
    .await
}

/// Meetings of the committees the person manages that ended in the last year and have no
/// circulated minutes yet, oldest first (which are overdue is the notice rule's to say).
pub async fn without_minutes(
    pool: &AnyPool,
    user_id: &str,
    now: i64,
) -> sqlx::Result<Vec<MeetingDue>> {
    sqlx::query_as(&format!(
        "SELECT {MEETING} JOIN committee_roles cr ON cr.committee_id = m.committee_id \
         WHERE cr.user_id = $1 AND cr.role = 'committee_manager' AND m.status = 'scheduled' \
         AND m.ends_at < $2 AND m.ends_at > $3 \
         AND NOT EXISTS (SELECT 1 FROM meeting_minutes n \
             WHERE n.meeting_id = m.id AND n.circulated_at IS NOT NULL) \
         ORDER BY m.ends_at LIMIT 50"
    ))
    .bind(user_id)
    .bind(now)
    .bind(now - 365 * 24 * 3_600_000)
    .fetch_all(pool)
    .await
}

/// Meetings whose registration is open, of committees where a member body the person is an
/// officer of is a P- or O-member, the deadline soonest first.
pub async fn registration_open(
    pool: &AnyPool,
    user_id: &str,
    now: i64,
) -> sqlx::Result<Vec<MeetingDue>> {
    sqlx::query_as(&format!(
        "SELECT DISTINCT {MEETING} \
         JOIN committee_members cm ON cm.committee_id = m.committee_id AND cm.status IN ('P', 'O') \
         JOIN member_body_roles r ON r.member_body_id = cm.member_body_id \
         WHERE r.user_id = $1 AND r.role = 'officer' AND m.status = 'scheduled' \
         AND m.registration_deadline > $2 ORDER BY m.registration_deadline LIMIT 20"
    ))
    .bind(user_id)
    .bind(now)
    .fetch_all(pool)
    .await
}
