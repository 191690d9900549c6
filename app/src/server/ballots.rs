//! Ballots: creating and opening them, casting and changing votes, closing, the result as the
//! rules engine (`domain::ballots`) computes it, and what the ballot pages show. Called by the
//! JSON API, the form routes and the pages' server functions alike.

use super::{db, documents::keeper, new_id, now_ms, session, state::AppState, time as zones};
use crate::{
    domain::{
        ballots::{
            check_close, decide, is_shorter_than_default, participation as participation_rule,
            BallotKind, Participation, Position, RuleProfile, Vote, Voter, WEEK_MS,
        },
        documents::DraftNames,
        notifications::{reminder_due, Kind, Reminder},
        permissions::{Action, CommitteeRef},
    },
    error::{AppError, AppResult},
    model::{
        BallotEventView, BallotInput, BallotKindChoice, BallotList, BallotNeedingVote, BallotPage,
        BallotResultView, BallotSummary, BallotView, CriterionView, DocumentLink, FieldErrors,
        LateVoteInput, Message, MyVote, ParticipationRow, ParticipationView, UserView, VoteInput,
        VoteView,
    },
};

/// The longest title or reason, in characters.
const TEXT_MAX_CHARS: usize = 10_000;

/// Ballots per page of a committee's list.
const PER_PAGE: i64 = 25;

/// A body's rule profile from its stored JSON (ISO's rules when it has none, or when it
/// cannot be read: logged).
fn profile_of(body_id: &str, stored: Option<&str>) -> RuleProfile {
    RuleProfile::from_stored(stored).unwrap_or_else(|_| {
        tracing::warn!(body = %body_id, "the body's rule profile cannot be read; ISO's rules apply");
        RuleProfile::default()
    })
}

pub(crate) fn view(row: db::ballots::BallotRow) -> BallotView {
    let kind = BallotKind::from_code(&row.kind);
    let kind_name = kind
        .map(|k| k.name(&DraftNames::parse(&row.draft_names)))
        .unwrap_or_else(|| row.kind.clone());
    let profile = profile_of(&row.body_id, row.rule_profile.as_deref());
    let (default_weeks, shorter_than_default) = match kind {
        Some(k) => (
            profile.weeks.of(k),
            is_shorter_than_default(
                &profile,
                k,
                zones::local_day(row.opens_at, &row.time_zone),
                zones::local_day(row.closes_at, &row.time_zone),
            ),
        ),
        None => (0, false),
    };
    BallotView {
        kind_name,
        outcome: row.outcome,
        cancel_reason: row.cancel_reason,
        time_zone: row.time_zone,
        shorter_than_default,
        default_weeks,
        id: row.id,
        committee_id: row.committee_id,
        committee_reference: row.committee_reference,
        kind: row.kind,
        title: row.title,
        question: row.question,
        document_id: row.document_id,
        opens_at: row.opens_at,
        closes_at: row.closes_at,
        status: row.status,
        p_members: row.p_members,
        votes_cast: row.votes_cast,
    }
}

/// Opens a ballot on a committee now (its manager or the body's administrators); the
/// electorate is the committee's P- and O-members at this moment.
pub async fn create(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    input: &BallotInput,
) -> AppResult<BallotView> {
    // Who is asking, and may they?
    let (committee, user_id) = keeper(state, user, committee_id, Action::ManageBallots).await?;

    // Check every field.
    let mut errors = FieldErrors::default();
    let kind = BallotKind::from_code(input.kind.trim());
    if kind.is_none() {
        errors.add("kind", Message::new("error-ballot-kind-invalid"));
    }
    let title = input.title.trim();
    if title.is_empty() || title.chars().count() > TEXT_MAX_CHARS {
        errors.add("title", Message::new("error-ballot-title-required"));
    }
    let question = input.question.trim();
    if question.is_empty() || question.chars().count() > TEXT_MAX_CHARS {
        errors.add("question", Message::new("error-ballot-question-required"));
    }
    let now = now_ms();
    let opens_at = match input
        .opens_at
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        None => now,
        Some(text) => match zones::parse_in(text, &committee.time_zone) {
            Some(t) => t.max(now),
            None => {
                errors.add("opens_at", Message::new("error-ballot-opens-invalid"));
                now
            }
        },
    };
    let closes_at = zones::parse_in(&input.closes_at, &committee.time_zone);
    match closes_at {
        None => errors.add("closes_at", Message::new("error-ballot-closes-invalid")),
        Some(t) if t <= opens_at => {
            errors.add("closes_at", Message::new("error-ballot-closes-past"))
        }
        Some(_) => {}
    }
    let document_id = input
        .document_id
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    let needs_document = matches!(
        kind,
        Some(BallotKind::Cd | BallotKind::Dis | BallotKind::Fdis)
    );
    match document_id {
        None if needs_document => errors.add(
            "document_id",
            Message::new("error-ballot-document-required"),
        ),
        None => {}
        Some(id) => match db::documents::find(&state.pool, id).await? {
            Some(d) if d.committee_id == committee.id => {}
            _ => errors.add(
                "document_id",
                Message::new("error-ballot-document-other-committee"),
            ),
        },
    }
    let (Some(kind), Some(closes_at), true) = (kind, closes_at, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };

    // The ballot (opened at once unless it opens later), its electorate and its first event:
    // one transaction.
    let id = new_id();
    let mut tx = db::begin_write(&state.pool).await?;
    db::ballots::insert_scheduled(
        &mut tx,
        &db::ballots::NewBallot {
            id: &id,
            committee_id: &committee.id,
            kind: kind.code(),
            title,
            question,
            document_id,
            opens_at,
            closes_at,
            created_by: &user_id,
        },
        now,
    )
    .await?;
    let event = if opens_at <= now {
        db::ballots::open(&mut tx, &id, &committee.id, now).await?;
        tell_opened(
            &mut tx,
            Opened {
                committee_id: &committee.id,
                committee_reference: &committee.reference,
                ballot_id: &id,
                title,
                closes_at,
                time_zone: &committee.time_zone,
            },
            Some(&user_id),
        )
        .await?;
        "opened"
    } else {
        "scheduled"
    };
    db::ballots::insert_event(&mut tx, &new_id(), &id, now, Some(&user_id), event, None).await?;
    tx.commit().await?;
    tracing::info!(ballot = %id, committee = %committee.reference, kind = kind.code(), "ballot opened");
    let row = db::ballots::find(&state.pool, &id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok(view(row))
}

/// A ballot loaded for someone who may see it: who they are, and the member bodies of its
/// electorate they are an officer of.
struct Readable {
    row: db::ballots::BallotRow,
    actor: crate::domain::permissions::Actor,
    mine: Vec<db::ballots::OfficerVoter>,
}

/// Loads a ballot for someone who may see it.
async fn readable(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<Readable> {
    let row = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = match user {
        Some(u) => db::ballots::officer_voter_rows(&state.pool, id, &u.id).await?,
        None => Vec::new(),
    };
    let actor = session::require(
        state,
        user,
        &Action::ReadBallot {
            committee: committee_of(&row),
            officer_of_voter: !mine.is_empty(),
        },
    )
    .await?;
    Ok(Readable { row, actor, mine })
}

fn committee_of(row: &db::ballots::BallotRow) -> CommitteeRef {
    CommitteeRef {
        id: row.committee_id.clone(),
        body_id: row.body_id.clone(),
    }
}

/// Whether the person sees the other member bodies' votes (and replaced ones with `history`).
fn sees_votes(
    actor: &crate::domain::permissions::Actor,
    row: &db::ballots::BallotRow,
    history: bool,
) -> bool {
    session::check(
        actor,
        &Action::SeeVotes {
            committee: committee_of(row),
            closed: !matches!(row.status.as_str(), "open" | "scheduled"),
            history,
        },
    )
    .is_ok()
}

/// A ballot.
pub async fn get(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<BallotView> {
    Ok(view(readable(state, user, id).await?.row))
}

/// Casts or changes a member body's vote: its officer, while the ballot is open, where the
/// member body has a vote. The last vote counts; the replaced one stays in the history.
pub async fn cast_vote(
    state: &AppState,
    user: Option<&UserView>,
    ballot_id: &str,
    member_body_code: &str,
    input: &VoteInput,
) -> AppResult<VoteView> {
    let now = now_ms();
    let ballot = db::ballots::find(&state.pool, ballot_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let member_body =
        db::committees::member_body_by_code(&state.pool, &member_body_code.to_uppercase())
            .await?
            .ok_or(AppError::NotFound)?;
    let kind = BallotKind::from_code(&ballot.kind).ok_or(AppError::Internal)?;

    let cast = |entitled| Action::CastVote {
        committee: CommitteeRef {
            id: ballot.committee_id.clone(),
            body_id: ballot.body_id.clone(),
        },
        member_body_id: member_body.0.clone(),
        entitled,
    };
    // Only the member body's officer learns anything about the ballot's state from here on:
    // everyone else is refused as they would be on an open ballot where it votes.
    let actor = session::load_actor(state, user).await?;
    session::check(&actor, &cast(true))?;
    // Not open yet: no electorate to check against.
    if ballot.status == "scheduled" {
        return Err(AppError::Conflict(Message::new("error-ballot-not-open")));
    }
    // Its membership at opening decides whether it votes (the electorate never changes once
    // open, so this is read before the transaction: a transaction that waited for a second
    // pool connection to load the person's roles would starve the pool under load).
    let membership = db::ballots::membership(&state.pool, ballot_id, &member_body.0).await?;
    let entitled = kind.gives_vote(membership.as_deref().and_then(Voter::from_code));
    match session::check(&actor, &cast(entitled)) {
        Ok(()) => {}
        Err(AppError::Forbidden) if membership.is_some() => {
            return Err(AppError::Conflict(
                Message::new("error-vote-not-entitled")
                    .arg("member_body", member_body_code.to_uppercase()),
            ))
        }
        Err(e) => return Err(e),
    }
    let user_id = actor.user_id.clone().ok_or(AppError::Unauthenticated)?;
    if ballot.status != "open" || now > ballot.closes_at {
        if ballot.status == "open" {
            let mut tx = db::begin_write(&state.pool).await?;
            db::ballots::insert_event(
                &mut tx,
                &new_id(),
                ballot_id,
                now,
                Some(&user_id),
                "late_vote_refused",
                Some(member_body_code),
            )
            .await?;
            tx.commit().await?;
        }
        return Err(AppError::Conflict(Message::new("error-ballot-closed")));
    }

    // The vote itself.
    let (position, reasons, experts) = check_vote(kind, input).map_err(AppError::Invalid)?;
    let reasons = reasons.as_deref();
    let np = kind == BallotKind::Np;
    let experts_text = experts.join("\n");
    // Under the member body's lock, so that two officers voting at once take turns.
    let mut tx = db::begin_write(&state.pool).await?;
    db::ballots::lock_voter(&mut tx, ballot_id, &member_body.0).await?;
    let replaced = db::ballots::record_vote(
        &mut tx,
        &db::ballots::NewVote {
            id: &new_id(),
            ballot_id,
            member_body_id: &member_body.0,
            position: Position::code(position),
            reasons,
            commits: np && input.commits_to_participate,
            experts: (!experts_text.is_empty()).then_some(experts_text.as_str()),
            cast_by: &user_id,
            cast_at: now,
            recorded_reason: None,
        },
    )
    .await?;
    let event = if replaced {
        "vote_changed"
    } else {
        "vote_cast"
    };
    let detail = format!(
        "{} {}",
        member_body_code.to_uppercase(),
        Position::code(position)
    );
    db::ballots::insert_event(
        &mut tx,
        &new_id(),
        ballot_id,
        now,
        Some(&user_id),
        event,
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(ballot = %ballot_id, member_body = %member_body_code, position = Position::code(position), "vote recorded");
    Ok(VoteView {
        member_body: member_body_code.to_uppercase(),
        membership: membership.unwrap_or_default(),
        position: Position::code(position).to_string(),
        reasons: reasons.map(String::from),
        commits_to_participate: np && input.commits_to_participate,
        experts,
        cast_by: user.map(|u| u.name.clone()),
        cast_at: now,
        current: true,
    })
}

/// Checks a vote against its ballot's type: a position the type offers, technical reasons for
/// a disapproval where they are needed, NP experts (one per entry, blanks dropped).
fn check_vote(
    kind: BallotKind,
    input: &VoteInput,
) -> Result<(Position, Option<String>, Vec<String>), FieldErrors> {
    let mut errors = FieldErrors::default();
    let position =
        Position::from_code(input.position.trim()).filter(|p| kind.positions().contains(p));
    if position.is_none() {
        errors.add("position", Message::new("error-vote-position-invalid"));
    }
    let reasons = input
        .reasons
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if position == Some(Position::Disapprove)
        && kind.disapproval_needs_reasons()
        && reasons.is_none()
    {
        errors.add("reasons", Message::new("error-vote-reasons-required"));
    }
    if reasons.is_some_and(|r| r.chars().count() > TEXT_MAX_CHARS) {
        errors.add("reasons", Message::new("error-vote-reasons-too-long"));
    }
    let Some(position) = position.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let experts = if kind == BallotKind::Np {
        input
            .experts
            .iter()
            .flat_map(|e| e.lines())
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    Ok((position, reasons.map(String::from), experts))
}

/// The votes of a ballot (with `history`, the replaced ones too). While it is open, someone
/// other than the committee manager sees only the votes of the member bodies they vote for;
/// replaced votes are the manager's to see.
pub async fn votes(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    history: bool,
) -> AppResult<Vec<VoteView>> {
    let Readable { row, actor, mine } = readable(state, user, id).await?;
    if history && !sees_votes(&actor, &row, true) {
        return Err(AppError::Forbidden);
    }
    let rows = db::ballots::votes(&state.pool, id, history).await?;
    let sees = sees_votes(&actor, &row, false);
    Ok(rows
        .into_iter()
        .filter(|v| sees || mine.iter().any(|m| m.code == v.member_body))
        .map(vote_view)
        .collect())
}

fn vote_view(v: db::ballots::VoteRow) -> VoteView {
    VoteView {
        member_body: v.member_body,
        membership: v.membership,
        position: v.position,
        reasons: v.reasons,
        commits_to_participate: v.commits != 0,
        experts: v
            .experts
            .map(|e| e.lines().map(String::from).collect())
            .unwrap_or_default(),
        cast_by: v.cast_by,
        cast_at: v.cast_at,
        current: v.is_current != 0,
    }
}

/// The result as it stands: counts and criteria (the committee manager's while it is open,
/// everyone's once closed); the outcome once closed.
pub async fn result(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
) -> AppResult<BallotResultView> {
    let Readable {
        row: ballot, actor, ..
    } = readable(state, user, id).await?;
    if !sees_votes(&actor, &ballot, false) {
        return Ok(hidden_result(&ballot));
    }
    compute(state, &ballot).await
}

/// The result of an open ballot for someone who may not see the tally yet.
fn hidden_result(ballot: &db::ballots::BallotRow) -> BallotResultView {
    BallotResultView {
        status: ballot.status.clone(),
        outcome: None,
        decision: None,
        counts: serde_json::json!({}),
        criteria: Vec::new(),
        not_voted: Vec::new(),
    }
}

/// The rules engine's answer on the current votes, and who has a vote but has not voted.
/// The rules engine's view of stored votes.
fn engine_votes(rows: &[db::ballots::VoteRow]) -> Vec<Vote> {
    rows.iter()
        .filter_map(|v| {
            Some(Vote {
                member_body: v.member_body.clone(),
                voter: Voter::from_code(&v.membership)?,
                position: Position::from_code(&v.position)?,
                has_reasons: v.reasons.as_deref().is_some_and(|r| !r.trim().is_empty()),
                commits: v.commits != 0,
                cast_at: v.cast_at,
            })
        })
        .collect()
}

async fn evaluate(
    state: &AppState,
    ballot: &db::ballots::BallotRow,
) -> AppResult<(crate::domain::ballots::BallotResult, Vec<(String, String)>)> {
    let (current, electorate) = tokio::try_join!(
        db::ballots::votes(&state.pool, &ballot.id, false),
        db::ballots::voters(&state.pool, &ballot.id),
    )?;
    evaluate_rows(ballot, &current, &electorate)
}

/// The rules engine's answer on loaded current votes, and who has a vote but has not voted.
fn evaluate_rows(
    ballot: &db::ballots::BallotRow,
    current: &[db::ballots::VoteRow],
    electorate: &[(String, String)],
) -> AppResult<(crate::domain::ballots::BallotResult, Vec<(String, String)>)> {
    let kind = BallotKind::from_code(&ballot.kind).ok_or(AppError::Internal)?;
    let votes = engine_votes(current);
    let profile = profile_of(&ballot.body_id, ballot.rule_profile.as_deref());
    let result = decide(
        kind,
        &profile,
        u64::try_from(ballot.p_members).unwrap_or(0),
        &votes,
        ballot.closes_at,
    );
    let voted: Vec<&str> = current.iter().map(|v| v.member_body.as_str()).collect();
    let not_voted = electorate
        .iter()
        .filter(|(code, membership)| {
            !voted.contains(&code.as_str()) && kind.gives_vote(Voter::from_code(membership))
        })
        .cloned()
        .collect();
    Ok((result, not_voted))
}

async fn compute(state: &AppState, ballot: &db::ballots::BallotRow) -> AppResult<BallotResultView> {
    let (outcome, not_voted) = evaluate(state, ballot).await?;
    Ok(result_view(ballot, &outcome, not_voted))
}

/// The wire form of a result.
fn result_view(
    ballot: &db::ballots::BallotRow,
    outcome: &crate::domain::ballots::BallotResult,
    not_voted: Vec<(String, String)>,
) -> BallotResultView {
    let c = &outcome.counts;
    BallotResultView {
        status: ballot.status.clone(),
        outcome: (ballot.status == "closed").then(|| outcome.outcome.code().to_string()),
        decision: outcome.decision.map(|d| Position::code(d).to_string()),
        counts: serde_json::json!({
            "p_approve": c.p_approve, "p_disapprove": c.p_disapprove, "p_abstain": c.p_abstain,
            "o_approve": c.o_approve, "o_disapprove": c.o_disapprove, "o_abstain": c.o_abstain,
            "disapprove_without_reasons": c.without_reasons, "late": c.late, "comments_only": c.comments_only,
            "confirm": c.confirm, "revise": c.revise, "withdraw": c.withdraw, "commitments": c.commitments,
        }),
        criteria: outcome
            .criteria
            .iter()
            .map(|c| CriterionView {
                name: c.name.to_string(),
                met: c.met,
                numerator: c.numerator,
                denominator: c.denominator,
                threshold: c.threshold.map(|t| format!("{}/{}", t.num, t.den)),
                comparison: c.threshold.map(|t| {
                    if c.at_most {
                        "at_most"
                    } else if t.strict {
                        "more_than"
                    } else {
                        "at_least"
                    }
                    .to_string()
                }),
            })
            .collect(),
        not_voted: not_voted.into_iter().map(|(code, _)| code).collect(),
    }
}

/// Closes a ballot (its manager or the body's administrators): at or after its closing time,
/// or earlier once every P-member has voted. Exactly one close wins; the outcome is stored.
pub async fn close(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
) -> AppResult<BallotResultView> {
    let ballot = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, user_id) = keeper(state, user, &ballot.committee_id, Action::ManageBallots).await?;
    if ballot.status != "open" {
        return Err(AppError::Conflict(Message::new("error-ballot-closed")));
    }
    let now = now_ms();
    let (result, not_voted) = evaluate(state, &ballot).await?;
    let p_not_voted = not_voted.iter().filter(|(_, m)| m == "P").count();
    check_close(now, ballot.closes_at, p_not_voted).map_err(AppError::Conflict)?;
    if !finish(state, &ballot, result.outcome, Some(&user_id), now).await? {
        return Err(AppError::Conflict(Message::new("error-ballot-closed")));
    }
    let ballot = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::Internal)?;
    compute(state, &ballot).await
}

/// Closes an open ballot with its outcome and records it; false when it was no longer open
/// (another instance, or the manager, closed it first: the `status = 'open'` guard lets
/// exactly one close win).
async fn finish(
    state: &AppState,
    ballot: &db::ballots::BallotRow,
    outcome: crate::domain::ballots::Outcome,
    actor_id: Option<&str>,
    now: i64,
) -> AppResult<bool> {
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::ballots::close(&mut *tx, &ballot.id, outcome.code(), now).await? {
        return Ok(false);
    }
    db::ballots::insert_event(
        &mut tx,
        &new_id(),
        &ballot.id,
        now,
        actor_id,
        "closed",
        Some(outcome.code()),
    )
    .await?;
    let message = Message::new("notification-ballot-closed")
        .arg("committee", ballot.committee_reference.clone())
        .arg("ballot", ballot.title.clone())
        .arg("outcome", outcome.code());
    super::notifications::tell_committee(
        &mut tx,
        &ballot.committee_id,
        Kind::BallotClosed.code(),
        &message,
        &format!("/ballots/{}", ballot.id),
        actor_id.unwrap_or_default(),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(ballot = %ballot.id, outcome = outcome.code(), "ballot closed");
    Ok(true)
}

/// Opens a scheduled ballot now (its manager or the body's administrators).
pub async fn open(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<BallotView> {
    let ballot = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, user_id) = keeper(state, user, &ballot.committee_id, Action::ManageBallots).await?;
    if !open_now(state, &ballot, Some(&user_id)).await? {
        return Err(AppError::Conflict(Message::new(
            "error-ballot-not-scheduled",
        )));
    }
    get(state, user, id).await
}

/// Opens a scheduled ballot and records it; false when it was not scheduled any more.
async fn open_now(
    state: &AppState,
    ballot: &db::ballots::BallotRow,
    actor_id: Option<&str>,
) -> AppResult<bool> {
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::ballots::open(&mut tx, &ballot.id, &ballot.committee_id, now).await? {
        return Ok(false);
    }
    db::ballots::insert_event(
        &mut tx,
        &new_id(),
        &ballot.id,
        now,
        actor_id,
        "opened",
        None,
    )
    .await?;
    tell_opened(
        &mut tx,
        Opened {
            committee_id: &ballot.committee_id,
            committee_reference: &ballot.committee_reference,
            ballot_id: &ballot.id,
            title: &ballot.title,
            closes_at: ballot.closes_at,
            time_zone: &ballot.time_zone,
        },
        actor_id,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(ballot = %ballot.id, "ballot opened");
    Ok(true)
}

/// A ballot that opens, as its notification names it.
struct Opened<'a> {
    committee_id: &'a str,
    committee_reference: &'a str,
    ballot_id: &'a str,
    title: &'a str,
    closes_at: i64,
    time_zone: &'a str,
}

/// Tells the committee's people that a ballot is open, in the transaction that opens it (the
/// person who opened it excepted; when the portal opens a scheduled ballot, everyone).
async fn tell_opened(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    ballot: Opened<'_>,
    actor_id: Option<&str>,
) -> AppResult<()> {
    let message = Message::new("notification-ballot-opened")
        .arg("committee", ballot.committee_reference)
        .arg("ballot", ballot.title)
        .arg(
            "closes",
            zones::format_in(ballot.closes_at, ballot.time_zone),
        );
    super::notifications::tell_committee(
        tx,
        ballot.committee_id,
        Kind::BallotOpened.code(),
        &message,
        &format!("/ballots/{}", ballot.ballot_id),
        actor_id.unwrap_or_default(),
    )
    .await?;
    Ok(())
}

/// Reminds the officers of member bodies that have not voted that an open ballot closes
/// soon: seven days and 48 hours before it closes (`domain::notifications::reminder_due`),
/// each reminder once per ballot whichever instance gets there. Returns how many ballots
/// this call reminded about.
pub async fn remind_due(state: &AppState, now: i64) -> AppResult<usize> {
    let mut reminded = 0;
    let week = Reminder::Week.before_close();
    for id in db::ballots::closing_between(&state.pool, now, now + week).await? {
        let Some(ballot) = db::ballots::find(&state.pool, &id).await? else {
            continue;
        };
        let Some(reminder) = reminder_due(ballot.opens_at, ballot.closes_at, now) else {
            continue;
        };
        let kind = BallotKind::from_code(&ballot.kind).ok_or(AppError::Internal)?;
        let mut tx = db::begin_write(&state.pool).await?;
        if !db::ballots::mark_reminded(&mut tx, &ballot.id, reminder.code(), now).await? {
            continue;
        }
        let officers: Vec<String> = db::ballots::officers_not_voted(&mut tx, &ballot.id)
            .await?
            .into_iter()
            .filter(|(_, membership)| kind.gives_vote(Voter::from_code(membership)))
            .map(|(user_id, _)| user_id)
            .collect();
        let message = Message::new(reminder.message_key())
            .arg("committee", ballot.committee_reference.clone())
            .arg("ballot", ballot.title.clone())
            .arg(
                "closes",
                zones::format_in(ballot.closes_at, &ballot.time_zone),
            );
        super::notifications::tell_people(
            &mut tx,
            &officers,
            Kind::BallotClosing.code(),
            &message,
            &format!("/ballots/{}", ballot.id),
        )
        .await?;
        tx.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}

/// Opens every scheduled ballot whose opening time has come (the background job; each opens
/// exactly once whichever instance gets there). Returns how many this call opened.
pub async fn open_due(state: &AppState) -> AppResult<usize> {
    let mut opened = 0;
    for id in db::ballots::due_to_open(&state.pool, now_ms()).await? {
        if let Some(ballot) = db::ballots::find(&state.pool, &id).await? {
            if open_now(state, &ballot, None).await? {
                opened += 1;
            }
        }
    }
    Ok(opened)
}

/// Closes every open ballot whose closing time has passed, with its outcome: the background
/// job, run by every server instance; each ballot is closed by exactly one of them. Returns
/// how many this call closed.
pub async fn close_due(state: &AppState) -> AppResult<usize> {
    let now = now_ms();
    let mut closed = 0;
    for id in db::ballots::due(&state.pool, now).await? {
        let Some(ballot) = db::ballots::find(&state.pool, &id).await? else {
            continue;
        };
        let (result, _) = evaluate(state, &ballot).await?;
        if finish(state, &ballot, result.outcome, None, now).await? {
            closed += 1;
        }
    }
    Ok(closed)
}

/// Cancels a scheduled or open ballot, with the reason (its manager or the body's administrators).
pub async fn cancel(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &crate::model::CancelInput,
) -> AppResult<BallotView> {
    let ballot = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, user_id) = keeper(state, user, &ballot.committee_id, Action::ManageBallots).await?;
    let reason = input.reason.trim();
    if reason.is_empty() || reason.chars().count() > TEXT_MAX_CHARS {
        return Err(AppError::invalid(
            "reason",
            Message::new("error-ballot-cancel-reason"),
        ));
    }
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::ballots::cancel(&mut *tx, id, reason, now).await? {
        return Err(AppError::Conflict(Message::new("error-ballot-closed")));
    }
    db::ballots::insert_event(
        &mut tx,
        &new_id(),
        id,
        now,
        Some(&user_id),
        "cancelled",
        Some(reason),
    )
    .await?;
    tx.commit().await?;
    get(state, user, id).await
}

/// Moves a ballot's closing time (the one thing that may change once votes exist); the change
/// is recorded with both times.
pub async fn change(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &crate::model::BallotChangesInput,
) -> AppResult<BallotView> {
    let ballot = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, user_id) = keeper(state, user, &ballot.committee_id, Action::ManageBallots).await?;
    let now = now_ms();
    let closes_at = match zones::parse_in(&input.closes_at, &ballot.time_zone) {
        None => {
            return Err(AppError::invalid(
                "closes_at",
                Message::new("error-ballot-closes-invalid"),
            ))
        }
        Some(t) if t <= now || t <= ballot.opens_at => {
            return Err(AppError::invalid(
                "closes_at",
                Message::new("error-ballot-closes-past"),
            ))
        }
        Some(t) => t,
    };
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::ballots::set_closes_at(&mut *tx, id, closes_at).await? {
        return Err(AppError::Conflict(Message::new("error-ballot-closed")));
    }
    let detail = format!("{} → {}", ballot.closes_at, closes_at);
    db::ballots::insert_event(
        &mut tx,
        &new_id(),
        id,
        now,
        Some(&user_id),
        "closing_changed",
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    get(state, user, id).await
}

/// Reads a committee and decides whether the person may see its ballots: those who read its
/// circulated documents, and the officers of its member bodies.
async fn ballot_reader(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
) -> AppResult<(
    db::committees::CommitteeRow,
    crate::domain::permissions::Actor,
    CommitteeRef,
)> {
    let committee = db::committees::find(&state.pool, committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let committee_ref = CommitteeRef {
        id: committee.id.clone(),
        body_id: committee.body_id.clone(),
    };
    let actor = session::load_actor(state, user).await?;
    let officer_of_voter = match user {
        Some(u) => db::ballots::officer_in_committee(&state.pool, committee_id, &u.id).await?,
        None => false,
    };
    session::check(
        &actor,
        &Action::ReadBallot {
            committee: committee_ref.clone(),
            officer_of_voter,
        },
    )?;
    Ok((committee, actor, committee_ref))
}

/// A committee's ballots, newest first, a page at a time; for those who manage them, what the
/// creation form offers (each type with the body's name and default length, the documents).
pub async fn list(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    page: i64,
) -> AppResult<BallotList> {
    let (committee, actor, committee_ref) = ballot_reader(state, user, committee_id).await?;
    let can_manage = session::check(&actor, &Action::ManageBallots(committee_ref)).is_ok()
        && crate::domain::committees::check_changes_allowed(&committee.status).is_ok();
    let page = crate::domain::paging::page(page);
    let (rows, total) = db::ballots::list(
        &state.pool,
        committee_id,
        PER_PAGE,
        crate::domain::paging::offset(page, PER_PAGE),
    )
    .await?;
    let now = now_ms();
    let own_zone = user.and_then(|u| u.time_zone.as_deref());
    let ballots = rows
        .into_iter()
        .map(|r| BallotSummary {
            closes: zones::local_time(r.closes_at, &r.time_zone, own_zone),
            remaining_ms: r.closes_at - now,
            voters: r.voters,
            ballot: view(r),
        })
        .collect();
    let (kinds, documents) = if can_manage {
        let profile = profile_of(&committee.body_id, committee.rule_profile.as_deref());
        let (names, documents) = tokio::try_join!(
            db::bodies::draft_names(&state.pool, &committee.body_id),
            db::ballots::document_choices(&state.pool, committee_id),
        )?;
        let names = DraftNames::parse(&names);
        let kinds = BallotKind::ALL
            .into_iter()
            .map(|k| {
                let weeks = profile.weeks.of(k);
                BallotKindChoice {
                    code: k.code().to_string(),
                    name: k.name(&names),
                    weeks,
                    default_closes: zones::input_value(
                        now + i64::from(weeks) * WEEK_MS,
                        &committee.time_zone,
                    ),
                }
            })
            .collect();
        let documents = documents
            .into_iter()
            .map(|(id, reference, title)| (id, format!("{reference} {title}")))
            .collect();
        (kinds, documents)
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(BallotList {
        committee_id: committee.id,
        committee_reference: committee.reference,
        now_input: zones::input_value(now, &committee.time_zone),
        time_zone: committee.time_zone,
        ballots,
        total,
        page,
        per_page: PER_PAGE,
        can_manage,
        kinds,
        documents,
    })
}

/// Events everyone who reads the ballot sees; the committee manager sees every event.
const PUBLIC_EVENTS: [&str; 6] = [
    "scheduled",
    "opened",
    "closing_changed",
    "cancelled",
    "closed",
    "reopened",
];

/// Everything the ballot page shows, as the person may see it.
pub async fn page(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<BallotPage> {
    let Readable { row, actor, mine } = readable(state, user, id).await?;
    let kind = BallotKind::from_code(&row.kind).ok_or(AppError::Internal)?;
    let committee = committee_of(&row);
    let can_manage = session::check(&actor, &Action::ManageBallots(committee)).is_ok();
    let sees = sees_votes(&actor, &row, false);
    let sees_history = sees_votes(&actor, &row, true);
    let own_zone = user.and_then(|u| u.time_zone.clone());
    let at = |ms: i64| zones::local_time(ms, &row.time_zone, own_zone.as_deref());
    let (stored_votes, electorate, events, document) = tokio::try_join!(
        db::ballots::votes(&state.pool, id, sees_history),
        db::ballots::voters(&state.pool, id),
        db::ballots::events(&state.pool, id),
        async {
            match row.document_id.as_deref() {
                Some(d) => db::documents::find(&state.pool, d).await,
                None => Ok(None),
            }
        },
    )?;
    let now = now_ms();
    // The national comments that go with each of the reader's votes.
    let comment_counts = match (&document, mine.is_empty()) {
        (Some(d), false) => db::comments::counts_by_member_body(&state.pool, &d.id).await?,
        _ => Vec::new(),
    };
    let my_votes: Vec<MyVote> = mine
        .into_iter()
        .map(|o| {
            let current = stored_votes
                .iter()
                .find(|v| v.is_current != 0 && v.member_body == o.code);
            let (comment_drafts, comments_submitted) = comment_counts
                .iter()
                .find(|(code, _, _)| *code == o.code)
                .map(|(_, d, s)| (*d, *s))
                .unwrap_or_default();
            MyVote {
                comment_drafts,
                comments_submitted,
                entitled: kind.gives_vote(Voter::from_code(&o.membership)),
                cast: current.map(|v| at(v.cast_at)),
                current: current.cloned().map(vote_view),
                member_body: o.code,
                member_body_name: o.name,
                membership: o.membership,
            }
        })
        .collect();
    let own: Vec<&str> = my_votes.iter().map(|m| m.member_body.as_str()).collect();
    let (current, replaced): (Vec<_>, Vec<_>) = stored_votes
        .iter()
        .filter(|v| sees || own.contains(&v.member_body.as_str()))
        .cloned()
        .partition(|v| v.is_current != 0);
    let p_not_voted = electorate
        .iter()
        .filter(|(code, m)| m == "P" && !current.iter().any(|v| &v.member_body == code))
        .count();
    let result = if sees {
        let current: Vec<_> = stored_votes
            .iter()
            .filter(|v| v.is_current != 0)
            .cloned()
            .collect();
        let (outcome, not_voted) = evaluate_rows(&row, &current, &electorate)?;
        result_view(&row, &outcome, not_voted)
    } else {
        hidden_result(&row)
    };
    let events = events
        .into_iter()
        .filter(|e| can_manage || PUBLIC_EVENTS.contains(&e.kind.as_str()))
        .map(|e| BallotEventView {
            at: at(e.at),
            kind: e.kind,
            actor: e.actor,
            detail: e.detail,
        })
        .collect();
    let timed = |v: db::ballots::VoteRow| {
        let when = at(v.cast_at);
        (vote_view(v), when)
    };
    Ok(BallotPage {
        document: document.map(|d| DocumentLink {
            id: d.id,
            number: d.reference,
            title: d.title,
            title_fr: d.title_fr,
            title_ar: d.title_ar,
        }),
        opens: at(row.opens_at),
        closes: at(row.closes_at),
        remaining_ms: row.closes_at - now,
        positions: kind
            .positions()
            .iter()
            .map(|p| p.code().to_string())
            .collect(),
        reasons_required: kind.disapproval_needs_reasons(),
        result,
        votes: current.into_iter().map(timed).collect(),
        history: replaced.into_iter().map(timed).collect(),
        my_votes,
        can_close_now: can_manage
            && row.status == "open"
            && check_close(now, row.closes_at, p_not_voted).is_ok(),
        may_record_late_vote: can_manage && row.status == "closed" && kind.may_record_late_vote(),
        can_manage,
        sees_votes: sees,
        events,
        closes_input: zones::input_value(row.closes_at, &row.time_zone),
        electorate,
        ballot: view(row),
    })
}

/// Open ballots in which a member body the person is an officer of has a vote and has not
/// voted, the most urgent first (the "Ballots needing my vote" list).
pub async fn needing_my_vote(
    state: &AppState,
    user: Option<&UserView>,
) -> AppResult<Vec<BallotNeedingVote>> {
    let Some(user) = user else {
        return Ok(Vec::new());
    };
    let now = now_ms();
    Ok(db::ballots::pending_for_officer(&state.pool, &user.id)
        .await?
        .into_iter()
        .filter(|p| {
            BallotKind::from_code(&p.ballot.kind)
                .is_some_and(|k| k.gives_vote(Voter::from_code(&p.membership)))
                && p.ballot.closes_at >= now
        })
        .map(|p| BallotNeedingVote {
            closes: zones::local_time(
                p.ballot.closes_at,
                &p.ballot.time_zone,
                user.time_zone.as_deref(),
            ),
            remaining_ms: p.ballot.closes_at - now,
            member_body: p.member_body,
            ballot: view(p.ballot),
        })
        .collect())
}

/// A year, in milliseconds (the participation page's period).
const YEAR_MS: i64 = 365 * 24 * 3600 * 1000;

/// A committee's participation page: for each member body that was a P-member of a ballot
/// closed in the last 12 months, the ballots it missed, and whether the body's downgrade rule
/// flags it (the committee manager decides).
pub async fn participation(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
) -> AppResult<ParticipationView> {
    let (committee, _, _) = ballot_reader(state, user, committee_id).await?;
    let profile = profile_of(&committee.body_id, committee.rule_profile.as_deref());
    let since = now_ms() - YEAR_MS;
    let rows = db::ballots::participation(&state.pool, committee_id, since).await?;
    // Rows come ordered by member body: gather each one's ballots.
    let mut grouped: Vec<(db::ballots::ParticipationRow, Vec<Participation>)> = Vec::new();
    for row in rows {
        let Some(kind) = BallotKind::from_code(&row.kind) else {
            continue;
        };
        let entry = Participation {
            kind,
            voted: row.voted != 0,
        };
        match grouped.last_mut() {
            Some((first, ballots)) if first.code == row.code => ballots.push(entry),
            _ => grouped.push((row, vec![entry])),
        }
    }
    let mut rows: Vec<ParticipationRow> = grouped
        .into_iter()
        .map(|(first, ballots)| {
            let membership_now = first
                .membership_now
                .filter(|m| m == "P" || m == "O")
                .unwrap_or_default();
            let s = participation_rule(&profile, &ballots, membership_now == "P");
            ParticipationRow {
                member_body: first.code,
                name: first.name,
                flagged: s.flagged,
                membership_now,
                ballots: s.ballots,
                missed: s.missed,
                missed_required: s.missed_required,
                internal: s.internal,
                internal_missed: s.internal_missed,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.flagged
            .cmp(&a.flagged)
            .then_with(|| a.member_body.cmp(&b.member_body))
    });
    Ok(ParticipationView {
        committee_id: committee.id,
        committee_reference: committee.reference,
        since,
        rows,
    })
}

/// Re-opens a closed internal ballot to record a member body's late vote (the committee manager,
/// with an explanation): one transaction records the vote, moves the closing instant to this
/// moment, stores the recomputed outcome and the events. Returns the new result.
pub async fn record_late_vote(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &LateVoteInput,
) -> AppResult<BallotResultView> {
    let ballot = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, user_id) = keeper(state, user, &ballot.committee_id, Action::ManageBallots).await?;
    let kind = BallotKind::from_code(&ballot.kind).ok_or(AppError::Internal)?;
    if !kind.may_record_late_vote() {
        return Err(AppError::Conflict(Message::new(
            "error-late-vote-internal-only",
        )));
    }
    if ballot.status != "closed" {
        return Err(AppError::Conflict(Message::new(
            "error-late-vote-not-closed",
        )));
    }
    let code = input.member_body.trim().to_uppercase();
    let mut errors = FieldErrors::default();
    let member_body = db::committees::member_body_by_code(&state.pool, &code).await?;
    let membership = match &member_body {
        Some((mb_id, _)) => db::ballots::membership(&state.pool, id, mb_id).await?,
        None => None,
    };
    if !kind.gives_vote(membership.as_deref().and_then(Voter::from_code)) {
        errors.add(
            "member_body",
            Message::new("error-vote-not-entitled").arg("member_body", code.clone()),
        );
    }
    let checked = check_vote(kind, &input.vote);
    if let Err(e) = &checked {
        errors.0.extend(e.0.iter().cloned());
    }
    let explanation = input.explanation.trim();
    if explanation.is_empty() || explanation.chars().count() > TEXT_MAX_CHARS {
        errors.add(
            "explanation",
            Message::new("error-late-vote-explanation-required"),
        );
    }
    let (Some((member_body_id, _)), Some(membership), Ok((position, reasons, _)), true) =
        (member_body, membership, checked, errors.is_empty())
    else {
        return Err(AppError::Invalid(errors));
    };

    // The outcome with this vote in place of the member body's earlier one, if any.
    let now = now_ms();
    let mut current = db::ballots::votes(&state.pool, id, false).await?;
    current.retain(|v| v.member_body != code);
    let mut votes = engine_votes(&current);
    votes.push(Vote {
        member_body: code.clone(),
        voter: Voter::from_code(&membership).ok_or(AppError::Internal)?,
        position,
        has_reasons: reasons.is_some(),
        commits: false,
        cast_at: now,
    });
    let profile = profile_of(&ballot.body_id, ballot.rule_profile.as_deref());
    let outcome = decide(
        kind,
        &profile,
        u64::try_from(ballot.p_members).unwrap_or(0),
        &votes,
        now,
    )
    .outcome;

    let mut tx = db::begin_write(&state.pool).await?;
    db::ballots::lock_voter(&mut tx, id, &member_body_id).await?;
    if !db::ballots::reclose(&mut *tx, id, outcome.code(), now).await? {
        return Err(AppError::Conflict(Message::new(
            "error-late-vote-not-closed",
        )));
    }
    db::ballots::record_vote(
        &mut tx,
        &db::ballots::NewVote {
            id: &new_id(),
            ballot_id: id,
            member_body_id: &member_body_id,
            position: position.code(),
            reasons: reasons.as_deref(),
            commits: false,
            experts: None,
            cast_by: &user_id,
            cast_at: now,
            recorded_reason: Some(explanation),
        },
    )
    .await?;
    let reopened = format!("{code}: {explanation}");
    let vote = format!("{code} {} (late, recorded)", position.code());
    for (kind, detail) in [
        ("reopened", reopened.as_str()),
        ("vote_cast", vote.as_str()),
        ("closed", outcome.code()),
    ] {
        db::ballots::insert_event(
            &mut tx,
            &new_id(),
            id,
            now,
            Some(&user_id),
            kind,
            Some(detail),
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(ballot = %id, member_body = %code, outcome = outcome.code(), "late vote recorded");
    let ballot = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::Internal)?;
    compute(state, &ballot).await
}

/// A ballot's result as a table to export (CSV, XLSX): the ballot, its outcome, each
/// criterion with its numbers, every member body's vote (who cast it, when, in UTC) and who
/// did not vote. For those who see the votes (everyone once closed; the manager while open).
pub async fn export(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    locale: crate::domain::locale::Locale,
    format: super::exports::Format,
) -> AppResult<super::exports::Download> {
    use super::exports::{write, Cell, Table};
    use crate::i18n::{criterion_text, outcome_key, position_key, status_key, translate};
    let Readable { row, actor, .. } = readable(state, user, id).await?;
    if !sees_votes(&actor, &row, false) {
        return Err(AppError::Forbidden);
    }
    let (result, votes) = tokio::try_join!(compute(state, &row), async {
        Ok(db::ballots::votes(&state.pool, id, false).await?)
    })?;
    let t = |key: &str| translate(locale, key);
    // Headings as the page's labels, without their colons.
    let heading = |key: &str| {
        Cell::Heading(
            translate(locale, key)
                .trim_end_matches([':', ' ', '\u{a0}'])
                .to_string(),
        )
    };
    let utc = |ms: i64| zones::format_in(ms, "UTC");
    let status = t(status_key(&row.status));
    let outcome = result
        .outcome
        .as_deref()
        .map(|o| t(outcome_key(o)))
        .unwrap_or_else(|| "—".into());
    let ballot = view(row);
    let mut rows: Vec<Vec<Cell>> = vec![
        vec![heading("ballot-title-field"), ballot.title.clone().into()],
        vec![
            heading("ballot-committee"),
            ballot.committee_reference.clone().into(),
        ],
        vec![heading("ballot-kind"), ballot.kind_name.clone().into()],
        vec![heading("ballot-question"), ballot.question.clone().into()],
        vec![heading("ballot-opens"), utc(ballot.opens_at).into()],
        vec![heading("ballot-closes"), utc(ballot.closes_at).into()],
        vec![heading("ballot-status"), status.into()],
        vec![heading("ballot-outcome"), outcome.into()],
        vec![],
        vec![heading("ballot-criteria")],
    ];
    rows.extend(
        result
            .criteria
            .iter()
            .map(|c| vec![Cell::Text(criterion_text(locale, c))]),
    );
    rows.push(vec![]);
    rows.push(
        [
            "ballot-member-body",
            "ballot-membership",
            "ballot-position",
            "ballot-reasons",
            "ballot-commits",
            "ballot-experts",
            "ballot-cast-by",
            "ballot-cast-at",
        ]
        .into_iter()
        .map(heading)
        .collect(),
    );
    for v in votes {
        rows.push(vec![
            v.member_body.into(),
            v.membership.into(),
            t(position_key(&v.position)).into(),
            v.reasons.unwrap_or_default().into(),
            if v.commits != 0 {
                t("yes")
            } else {
                String::new()
            }
            .into(),
            v.experts.unwrap_or_default().replace('\n', "; ").into(),
            v.cast_by.unwrap_or_default().into(),
            utc(v.cast_at).into(),
        ]);
    }
    rows.push(vec![]);
    rows.push(vec![
        heading("ballot-not-voted"),
        result.not_voted.join(", ").into(),
    ]);
    let stem = format!(
        "{} {} {}",
        ballot.committee_reference, ballot.kind_name, ballot.title
    )
    .chars()
    .map(|c| {
        if c.is_alphanumeric() || c == '-' {
            c
        } else {
            '_'
        }
    })
    .take(80)
    .collect::<String>();
    write(
        &Table {
            name: t("ballot-result"),
            rows,
        },
        format,
        &stem,
        locale,
    )
}

/// A body's ballot rules (anyone may read them), with whether the person may change them.
pub async fn rules(
    state: &AppState,
    user: Option<&UserView>,
    acronym: &str,
) -> AppResult<(crate::model::RulesView, RuleProfile)> {
    let body = db::bodies::find_by_acronym(&state.pool, &acronym.to_uppercase())
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = session::load_actor(state, user).await?;
    let can_edit = session::check(
        &actor,
        &Action::ManageCommitteesOf {
            body_id: body.id.clone(),
        },
    )
    .is_ok();
    let stored = db::bodies::rule_profile(&state.pool, &body.id).await?;
    let profile = profile_of(&body.id, stored.as_deref());
    Ok((
        crate::model::RulesView {
            acronym: body.acronym,
            can_edit,
            fields: profile.to_fields(),
        },
        profile,
    ))
}

/// Changes a body's ballot rules (its administrators): every threshold, length and the family,
/// read from form fields; each field that cannot be read is named. Ballots already closed keep
/// their stored outcome; open ones are decided under the rules in force when they close.
pub async fn set_rules(
    state: &AppState,
    user: Option<&UserView>,
    acronym: &str,
    value: impl Fn(&str) -> String,
) -> AppResult<RuleProfile> {
    let body = db::bodies::find_by_acronym(&state.pool, &acronym.to_uppercase())
        .await?
        .ok_or(AppError::NotFound)?;
    session::require(
        state,
        user,
        &Action::ManageCommitteesOf {
            body_id: body.id.clone(),
        },
    )
    .await?;
    // A meetings' notice period left out (a client that does not know them) keeps its
    // stored value.
    let stored = RuleProfile::from_stored(
        db::bodies::rule_profile(&state.pool, &body.id)
            .await?
            .as_deref(),
    )
    .unwrap_or_default()
    .meetings
    .to_fields();
    let value = |name: &str| {
        let given = value(name);
        match stored.iter().find(|(field, _)| *field == name) {
            Some((_, weeks)) if given.trim().is_empty() => weeks.to_string(),
            _ => given,
        }
    };
    let profile = RuleProfile::from_fields(value).map_err(|errors| {
        let mut fields = FieldErrors::default();
        for (name, message) in errors {
            fields.add(name, message);
        }
        AppError::Invalid(fields)
    })?;
    let json = serde_json::to_string(&profile).map_err(|_| AppError::Internal)?;
    db::bodies::set_rule_profile(&state.pool, &body.id, &json).await?;
    tracing::info!(body = %body.acronym, "ballot rules changed");
    Ok(profile)
}
