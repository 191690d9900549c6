//! Ballots, their electorate, votes (with history) and events.

use sqlx::{Any, AnyPool, Executor, FromRow};

/// A new ballot, open from `opens_at`.
pub struct NewBallot<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Its committee.
    pub committee_id: &'a str,
    /// Type code.
    pub kind: &'a str,
    /// Title.
    pub title: &'a str,
    /// Question.
    pub question: &'a str,
    /// Document voted on.
    pub document_id: Option<&'a str>,
    /// Opens, epoch ms.
    pub opens_at: i64,
    /// Closes, epoch ms.
    pub closes_at: i64,
    /// Who created it.
    pub created_by: &'a str,
}

/// Creates a ballot, `scheduled` (its electorate is taken when it opens, by [`open`]).
pub async fn insert_scheduled(
    tx: &mut sqlx::Transaction<'static, Any>,
    b: &NewBallot<'_>,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO ballots (id, committee_id, kind, title, question, document_id, opens_at, closes_at, \
             status, p_members, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'scheduled', 0, $9, $10)",
    )
    .bind(b.id)
    .bind(b.committee_id)
    .bind(b.kind)
    .bind(b.title)
    .bind(b.question)
    .bind(b.document_id)
    .bind(b.opens_at)
    .bind(b.closes_at)
    .bind(b.created_by)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Opens a scheduled ballot now and takes its electorate: the committee's P- and O-members at
/// this moment. False when it was not scheduled any more (someone opened it first).
pub async fn open(
    tx: &mut sqlx::Transaction<'static, Any>,
    id: &str,
    committee_id: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let p_members: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM committee_members WHERE committee_id = $1 AND status = 'P'",
    )
    .bind(committee_id)
    .fetch_one(&mut **tx)
    .await?;
    let done = sqlx::query(
        "UPDATE ballots SET status = 'open', opens_at = $2, p_members = $3 WHERE id = $1 AND status = 'scheduled'",
    )
    .bind(id)
    .bind(now)
    .bind(p_members)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO ballot_voters (ballot_id, member_body_id, membership) \
         SELECT $1, member_body_id, status FROM committee_members WHERE committee_id = $2 AND status IN ('P', 'O')",
    )
    .bind(id)
    .bind(committee_id)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// Scheduled ballots whose opening time has come.
pub async fn due_to_open(pool: &AnyPool, now: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT id FROM ballots WHERE status = 'scheduled' AND opens_at <= $1 ORDER BY opens_at",
    )
    .bind(now)
    .fetch_all(pool)
    .await
}

/// A ballot with its committee.
#[derive(Debug, FromRow)]
pub struct BallotRow {
    /// Identifier.
    pub id: String,
    /// Committee.
    pub committee_id: String,
    /// Committee reference.
    pub committee_reference: String,
    /// The committee's body.
    pub body_id: String,
    /// The body's draft names (`WD,CD,DARS,FDARS`).
    pub draft_names: String,
    /// Type code.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Question.
    pub question: String,
    /// Document voted on.
    pub document_id: Option<String>,
    /// Opens, epoch ms.
    pub opens_at: i64,
    /// Closes, epoch ms.
    pub closes_at: i64,
    /// open / closed / cancelled.
    pub status: String,
    /// P-members at opening.
    pub p_members: i64,
    /// Member bodies with a current vote.
    pub votes_cast: i64,
    /// Member bodies in the electorate (P and O).
    pub voters: i64,
    /// The outcome, once closed.
    pub outcome: Option<String>,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// The committee's time zone.
    pub time_zone: String,
    /// The body's rule profile (JSON), if it has its own.
    pub rule_profile: Option<String>,
}

/// The columns of [`BallotRow`], over `ballots b JOIN committees c JOIN bodies bo`.
const BALLOT_COLUMNS: &str = "b.id, b.committee_id, c.reference AS committee_reference, c.body_id, bo.draft_names, \
    b.kind, b.title, b.question, b.document_id, b.opens_at, b.closes_at, b.status, b.p_members, \
    (SELECT COUNT(*) FROM ballot_votes v WHERE v.ballot_id = b.id AND v.is_current = 1) AS votes_cast, \
    (SELECT COUNT(*) FROM ballot_voters bv WHERE bv.ballot_id = b.id) AS voters, \
    b.outcome, b.cancel_reason, c.time_zone, bo.rule_profile";

const BALLOT_FROM: &str =
    "ballots b JOIN committees c ON c.id = b.committee_id JOIN bodies bo ON bo.id = c.body_id";

/// One ballot.
pub async fn find<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> sqlx::Result<Option<BallotRow>> {
    sqlx::query_as(&format!(
        "SELECT {BALLOT_COLUMNS} FROM {BALLOT_FROM} WHERE b.id = $1"
    ))
    .bind(id)
    .fetch_optional(db)
    .await
}

/// A page of a committee's ballots, newest first, and how many there are.
pub async fn list(
    pool: &AnyPool,
    committee_id: &str,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<BallotRow>, i64)> {
    let sql = format!(
        "SELECT {BALLOT_COLUMNS} FROM {BALLOT_FROM} WHERE b.committee_id = $1 \
         ORDER BY b.opens_at DESC, b.id DESC LIMIT $2 OFFSET $3"
    );
    let rows = sqlx::query_as(&sql)
        .bind(committee_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool);
    let total = sqlx::query_scalar("SELECT COUNT(*) FROM ballots WHERE committee_id = $1")
        .bind(committee_id)
        .fetch_one(pool);
    tokio::try_join!(rows, total)
}

/// An open ballot in which a member body the person is an officer of has no current vote.
#[derive(Debug, FromRow)]
pub struct PendingRow {
    /// The ballot.
    #[sqlx(flatten)]
    pub ballot: BallotRow,
    /// The member body's code.
    pub member_body: String,
    /// Its membership at opening (P / O).
    pub membership: String,
}

/// Open ballots in which a member body the person is an officer of has not voted, closing
/// soonest first.
pub async fn pending_for_officer(pool: &AnyPool, user_id: &str) -> sqlx::Result<Vec<PendingRow>> {
    sqlx::query_as(&format!(
        "SELECT {BALLOT_COLUMNS}, mb.code AS member_body, bvo.membership FROM {BALLOT_FROM} \
         JOIN ballot_voters bvo ON bvo.ballot_id = b.id \
         JOIN member_body_roles r ON r.member_body_id = bvo.member_body_id AND r.user_id = $1 AND r.role = 'officer' \
         JOIN member_bodies mb ON mb.id = bvo.member_body_id \
         WHERE b.status = 'open' AND NOT EXISTS (SELECT 1 FROM ballot_votes cv WHERE cv.ballot_id = b.id \
             AND cv.member_body_id = bvo.member_body_id AND cv.is_current = 1) \
         ORDER BY b.closes_at, mb.code LIMIT 200"
    ))
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// Whether the person is an officer of a member body that is a P- or O-member of the committee.
pub async fn officer_in_committee(
    pool: &AnyPool,
    committee_id: &str,
    user_id: &str,
) -> sqlx::Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM committee_members cm JOIN member_body_roles r ON r.member_body_id = cm.member_body_id \
         WHERE cm.committee_id = $1 AND cm.status IN ('P', 'O') AND r.user_id = $2 AND r.role = 'officer' LIMIT 1",
    )
    .bind(committee_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}

/// A member body the person votes for in a ballot.
#[derive(Debug, FromRow)]
pub struct OfficerVoter {
    /// Member body id.
    pub member_body_id: String,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// P / O at opening.
    pub membership: String,
}

/// The member bodies of a ballot's electorate the person is an officer of, by code.
pub async fn officer_voter_rows(
    pool: &AnyPool,
    ballot_id: &str,
    user_id: &str,
) -> sqlx::Result<Vec<OfficerVoter>> {
    sqlx::query_as(
        "SELECT bv.member_body_id, mb.code, mb.name, bv.membership FROM ballot_voters bv \
         JOIN member_body_roles r ON r.member_body_id = bv.member_body_id \
         JOIN member_bodies mb ON mb.id = bv.member_body_id \
         WHERE bv.ballot_id = $1 AND r.user_id = $2 AND r.role = 'officer' ORDER BY mb.code",
    )
    .bind(ballot_id)
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// Something that happened to a ballot, with the person's name.
#[derive(Debug, FromRow)]
pub struct EventRow {
    /// When, epoch ms.
    pub at: i64,
    /// What.
    pub kind: String,
    /// Who.
    pub actor: Option<String>,
    /// Detail.
    pub detail: Option<String>,
}

/// A ballot's events, oldest first.
pub async fn events(pool: &AnyPool, ballot_id: &str) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as(
        "SELECT e.at, e.kind, u.name AS actor, e.detail FROM ballot_events e LEFT JOIN users u ON u.id = e.actor_id \
         WHERE e.ballot_id = $1 ORDER BY e.at, e.id",
    )
    .bind(ballot_id)
    .fetch_all(pool)
    .await
}

/// The documents a ballot of a committee may be on: (id, number, title), newest first.
pub async fn document_choices(
    pool: &AnyPool,
    committee_id: &str,
) -> sqlx::Result<Vec<(String, String, String)>> {
    sqlx::query_as(
        "SELECT id, reference, title FROM documents WHERE committee_id = $1 ORDER BY number DESC LIMIT 500",
    )
    .bind(committee_id)
    .fetch_all(pool)
    .await
}

/// One closed ballot in which a member body was a P-member: for the participation page.
#[derive(Debug, FromRow)]
pub struct ParticipationRow {
    /// Member body code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its membership of the committee now (P / O / ended…), if any.
    pub membership_now: Option<String>,
    /// The ballot's type.
    pub kind: String,
    /// 1 when it had a current vote.
    pub voted: i64,
}

/// The committee's ballots closed since `since`, one row per P-member of each.
pub async fn participation(
    pool: &AnyPool,
    committee_id: &str,
    since: i64,
) -> sqlx::Result<Vec<ParticipationRow>> {
    sqlx::query_as(
        "SELECT mb.code, mb.name, cm.status AS membership_now, b.kind, \
             CASE WHEN EXISTS (SELECT 1 FROM ballot_votes v WHERE v.ballot_id = b.id \
                 AND v.member_body_id = bv.member_body_id AND v.is_current = 1) THEN 1 ELSE 0 END AS voted \
         FROM ballots b JOIN ballot_voters bv ON bv.ballot_id = b.id AND bv.membership = 'P' \
         JOIN member_bodies mb ON mb.id = bv.member_body_id \
         LEFT JOIN committee_members cm ON cm.committee_id = b.committee_id AND cm.member_body_id = bv.member_body_id \
         WHERE b.committee_id = $1 AND b.status = 'closed' AND b.closes_at >= $2 ORDER BY mb.code",
    )
    .bind(committee_id)
    .bind(since)
    .fetch_all(pool)
    .await
}

/// Re-opens a closed ballot for a late vote: its closing instant becomes `now` (so the vote
/// recorded at `now` is in time) and its outcome the one recomputed; false when not closed.
pub async fn reclose<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    outcome: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE ballots SET outcome = $2, closes_at = $3, closed_at = $3 WHERE id = $1 AND status = 'closed'",
    )
    .bind(id)
    .bind(outcome)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The member body's membership in the ballot's electorate (`P` / `O`), locking its row until
/// the transaction ends so that two officers voting at once for one member body take turns.
pub async fn lock_voter(
    tx: &mut sqlx::Transaction<'static, Any>,
    ballot_id: &str,
    member_body_id: &str,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "UPDATE ballot_voters SET membership = membership WHERE ballot_id = $1 AND member_body_id = $2 \
         RETURNING membership",
    )
    .bind(ballot_id)
    .bind(member_body_id)
    .fetch_optional(&mut **tx)
    .await
}

/// A vote to record.
pub struct NewVote<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Ballot.
    pub ballot_id: &'a str,
    /// Member body.
    pub member_body_id: &'a str,
    /// Position code.
    pub position: &'a str,
    /// Reasons.
    pub reasons: Option<&'a str>,
    /// NP commitment.
    pub commits: bool,
    /// NP experts, one per line.
    pub experts: Option<&'a str>,
    /// Who cast it.
    pub cast_by: &'a str,
    /// When, epoch ms.
    pub cast_at: i64,
    /// A late vote recorded by the committee manager: why.
    pub recorded_reason: Option<&'a str>,
}

/// Records a vote as the member body's current one; the one it replaces stays in the history.
/// Returns whether it replaced an earlier vote.
pub async fn record_vote(
    tx: &mut sqlx::Transaction<'static, Any>,
    v: &NewVote<'_>,
) -> sqlx::Result<bool> {
    let replaced = sqlx::query(
        "UPDATE ballot_votes SET is_current = 0 WHERE ballot_id = $1 AND member_body_id = $2 AND is_current = 1",
    )
    .bind(v.ballot_id)
    .bind(v.member_body_id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    sqlx::query(
        "INSERT INTO ballot_votes (id, ballot_id, member_body_id, position, reasons, commits, experts, cast_by, cast_at, \
             recorded_reason, is_current) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)",
    )
    .bind(v.id)
    .bind(v.ballot_id)
    .bind(v.member_body_id)
    .bind(v.position)
    .bind(v.reasons)
    .bind(i64::from(v.commits))
    .bind(v.experts)
    .bind(v.cast_by)
    .bind(v.cast_at)
    .bind(v.recorded_reason)
    .execute(&mut **tx)
    .await?;
    Ok(replaced > 0)
}

/// A vote with its member body and the person who cast it.
#[derive(Clone, Debug, FromRow)]
pub struct VoteRow {
    /// Member body code.
    pub member_body: String,
    /// P / O at opening.
    pub membership: String,
    /// Position code.
    pub position: String,
    /// Reasons.
    pub reasons: Option<String>,
    /// NP commitment, 0/1.
    pub commits: i64,
    /// Experts, one per line.
    pub experts: Option<String>,
    /// Who cast it.
    pub cast_by: Option<String>,
    /// When, epoch ms.
    pub cast_at: i64,
    /// 1 for the current vote.
    pub is_current: i64,
}

/// The ballot's votes: the current ones, or every one with `history`; by member body, then time.
pub async fn votes(pool: &AnyPool, ballot_id: &str, history: bool) -> sqlx::Result<Vec<VoteRow>> {
    let only_current = if history { "" } else { " AND v.is_current = 1" };
    sqlx::query_as(&format!(
        "SELECT mb.code AS member_body, bv.membership, v.position, v.reasons, v.commits, v.experts, \
             u.name AS cast_by, v.cast_at, v.is_current \
         FROM ballot_votes v JOIN member_bodies mb ON mb.id = v.member_body_id \
         JOIN ballot_voters bv ON bv.ballot_id = v.ballot_id AND bv.member_body_id = v.member_body_id \
         LEFT JOIN users u ON u.id = v.cast_by \
         WHERE v.ballot_id = $1{only_current} ORDER BY mb.code, v.cast_at"
    ))
    .bind(ballot_id)
    .fetch_all(pool)
    .await
}

/// The electorate: (member body code, P / O), by code.
pub async fn voters(pool: &AnyPool, ballot_id: &str) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as(
        "SELECT mb.code, bv.membership FROM ballot_voters bv JOIN member_bodies mb ON mb.id = bv.member_body_id \
         WHERE bv.ballot_id = $1 ORDER BY mb.code",
    )
    .bind(ballot_id)
    .fetch_all(pool)
    .await
}

/// Closes an open ballot with its outcome; false when it was not open any more (someone else
/// closed it first).
pub async fn close<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    outcome: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE ballots SET status = 'closed', outcome = $2, closed_at = $3 WHERE id = $1 AND status = 'open'",
    )
    .bind(id)
    .bind(outcome)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records something that happened to a ballot.
///
/// Each event also goes into the audit trail's chain, in the same transaction, with the
/// ballot's committee and title (`vote_cast`, `vote_changed`, `late_vote_refused`; the
/// ballot's own events as `ballot_opened`, `ballot_closed`, `ballot_reopened`, …).
pub async fn insert_event(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    ballot_id: &str,
    at: i64,
    actor_id: Option<&str>,
    kind: &str,
    detail: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO ballot_events (id, ballot_id, at, actor_id, kind, detail) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(ballot_id)
    .bind(at)
    .bind(actor_id)
    .bind(kind)
    .bind(detail)
    .execute(&mut *conn)
    .await?;
    let (committee_id, title): (String, String) =
        sqlx::query_as("SELECT committee_id, title FROM ballots WHERE id = $1")
            .bind(ballot_id)
            .fetch_one(&mut *conn)
            .await?;
    let audit_kind = match kind {
        "vote_cast" | "vote_changed" | "late_vote_refused" => kind.to_string(),
        other => format!("ballot_{other}"),
    };
    super::audit::append(
        conn,
        &super::audit::NewEvent {
            at,
            actor_id,
            committee_id: Some(&committee_id),
            kind: &audit_kind,
            subject: &title,
            before: None,
            after: detail,
        },
    )
    .await?;
    Ok(())
}

/// Open ballots closing after `from` and no later than `to`.
pub async fn closing_between(pool: &AnyPool, from: i64, to: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT id FROM ballots WHERE status = 'open' AND closes_at > $1 AND closes_at <= $2 ORDER BY closes_at",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await
}

/// Records that a ballot's reminder went out; false when it had already (another instance).
pub async fn mark_reminded(
    tx: &mut sqlx::Transaction<'static, Any>,
    ballot_id: &str,
    reminder: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO ballot_reminders (ballot_id, reminder, at) VALUES ($1, $2, $3) \
         ON CONFLICT (ballot_id, reminder) DO NOTHING",
    )
    .bind(ballot_id)
    .bind(reminder)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The officers of the ballot's electorate whose member body has no current vote, with the
/// membership (`P`/`O`) it votes under.
pub async fn officers_not_voted(
    tx: &mut sqlx::Transaction<'static, Any>,
    ballot_id: &str,
) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as(
        "SELECT DISTINCT r.user_id, v.membership FROM ballot_voters v \
         JOIN member_body_roles r ON r.member_body_id = v.member_body_id AND r.role = 'officer' \
         WHERE v.ballot_id = $1 AND NOT EXISTS (SELECT 1 FROM ballot_votes b \
             WHERE b.ballot_id = v.ballot_id AND b.member_body_id = v.member_body_id AND b.is_current = 1)",
    )
    .bind(ballot_id)
    .fetch_all(&mut **tx)
    .await
}

/// Open ballots whose closing time has passed.
pub async fn due(pool: &AnyPool, now: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT id FROM ballots WHERE status = 'open' AND closes_at < $1 ORDER BY closes_at",
    )
    .bind(now)
    .fetch_all(pool)
    .await
}

/// Cancels a scheduled or open ballot with its reason; false when it was already closed or cancelled.
pub async fn cancel<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    reason: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE ballots SET status = 'cancelled', cancel_reason = $2, closed_at = $3 \
         WHERE id = $1 AND status IN ('scheduled', 'open')",
    )
    .bind(id)
    .bind(reason)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves the closing time of a scheduled or open ballot; false when it was closed meanwhile.
pub async fn set_closes_at<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
    closes_at: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE ballots SET closes_at = $2 WHERE id = $1 AND status IN ('scheduled', 'open')",
    )
    .bind(id)
    .bind(closes_at)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The member body's membership in the ballot's electorate (`P` / `O`), if it has one.
pub async fn membership(
    pool: &AnyPool,
    ballot_id: &str,
    member_body_id: &str,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT membership FROM ballot_voters WHERE ballot_id = $1 AND member_body_id = $2",
    )
    .bind(ballot_id)
    .bind(member_body_id)
    .fetch_optional(pool)
    .await
}
