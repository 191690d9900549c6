//! Ballots: creating and opening them, casting and changing votes, closing, and the result as
//! the rules engine (`domain::ballots`) computes it. Called by the JSON API (and the pages to
//! come).

use super::{db, documents::keeper, new_id, now_ms, session, state::AppState};
use crate::{
    domain::{
        ballots::{check_close, decide, BallotKind, Position, RuleProfile, Vote, Voter},
        permissions::{Action, CommitteeRef},
    },
    error::{AppError, AppResult},
    model::{
        BallotInput, BallotResultView, BallotView, CriterionView, FieldErrors, Message, UserView,
        VoteInput, VoteView,
    },
};

/// The longest title or reason, in characters.
const TEXT_MAX_CHARS: usize = 10_000;

/// Reads an RFC 3339 instant as epoch milliseconds.
fn parse_instant(text: &str) -> Option<i64> {
    let t =
        time::OffsetDateTime::parse(text.trim(), &time::format_description::well_known::Rfc3339)
            .ok()?;
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).ok()
}

fn view(row: db::ballots::BallotRow) -> BallotView {
    let kind_name = BallotKind::from_code(&row.kind)
        .map(|k| {
            k.name(&crate::domain::documents::DraftNames::parse(
                &row.draft_names,
            ))
        })
        .unwrap_or_else(|| row.kind.clone());
    BallotView {
        kind_name,
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
        Some(text) => match parse_instant(text) {
            Some(t) => t.max(now),
            None => {
                errors.add("opens_at", Message::new("error-ballot-opens-invalid"));
                now
            }
        },
    };
    match parse_instant(&input.closes_at) {
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
    let (Some(kind), Some(closes_at), true) =
        (kind, parse_instant(&input.closes_at), errors.is_empty())
    else {
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
        "opened"
    } else {
        "scheduled"
    };
    db::ballots::insert_event(&mut *tx, &new_id(), &id, now, Some(&user_id), event, None).await?;
    tx.commit().await?;
    tracing::info!(ballot = %id, committee = %committee.reference, kind = kind.code(), "ballot opened");
    let row = db::ballots::find(&state.pool, &id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok(view(row))
}

/// Loads a ballot for someone who may see it.
async fn readable(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
) -> AppResult<db::ballots::BallotRow> {
    let row = db::ballots::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let officer_of_voter = match user {
        Some(u) => !db::ballots::officer_voters(&state.pool, id, &u.id)
            .await?
            .is_empty(),
        None => false,
    };
    session::require(
        state,
        user,
        &Action::ReadBallot {
            committee: CommitteeRef {
                id: row.committee_id.clone(),
                body_id: row.body_id.clone(),
            },
            officer_of_voter,
        },
    )
    .await?;
    Ok(row)
}

/// A ballot.
pub async fn get(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<BallotView> {
    Ok(view(readable(state, user, id).await?))
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

    // Not open yet: no electorate to check against.
    if ballot.status == "scheduled" {
        session::require_user(user.cloned())?;
        return Err(AppError::Conflict(Message::new("error-ballot-not-open")));
    }

    // Its membership at opening decides whether it votes (the electorate never changes once
    // open, so this is read before the transaction: a transaction that waited for a second
    // pool connection to load the person's roles would starve the pool under load).
    let membership = db::ballots::membership(&state.pool, ballot_id, &member_body.0).await?;
    let entitled = kind.gives_vote(membership.as_deref().and_then(Voter::from_code));
    let actor = session::require(
        state,
        user,
        &Action::CastVote {
            committee: CommitteeRef {
                id: ballot.committee_id.clone(),
                body_id: ballot.body_id.clone(),
            },
            member_body_id: member_body.0.clone(),
            entitled,
        },
    )
    .await;
    let actor = match actor {
        Ok(a) => a,
        Err(AppError::Forbidden) if !entitled && membership.is_some() => {
            return Err(AppError::Conflict(
                Message::new("error-vote-not-entitled")
                    .arg("member_body", member_body_code.to_uppercase()),
            ))
        }
        Err(e) => return Err(e),
    };
    let user_id = actor.user_id.clone().ok_or(AppError::Unauthenticated)?;
    if ballot.status != "open" || now > ballot.closes_at {
        if ballot.status == "open" {
            let mut tx = db::begin_write(&state.pool).await?;
            db::ballots::insert_event(
                &mut *tx,
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
        return Err(AppError::Invalid(errors));
    };
    let np = kind == BallotKind::Np;
    let experts: Vec<String> = if np {
        input
            .experts
            .iter()
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .collect()
    } else {
        Vec::new()
    };
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
        &mut *tx,
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

/// The votes of a ballot (with `history`, the replaced ones too).
pub async fn votes(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    history: bool,
) -> AppResult<Vec<VoteView>> {
    readable(state, user, id).await?;
    Ok(db::ballots::votes(&state.pool, id, history)
        .await?
        .into_iter()
        .map(|v| VoteView {
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
        })
        .collect())
}

/// The result as it stands: counts and criteria; the outcome once closed.
pub async fn result(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
) -> AppResult<BallotResultView> {
    let ballot = readable(state, user, id).await?;
    compute(state, &ballot).await
}

/// The rules engine's answer on the current votes, and who has a vote but has not voted.
async fn evaluate(
    state: &AppState,
    ballot: &db::ballots::BallotRow,
) -> AppResult<(crate::domain::ballots::BallotResult, Vec<(String, String)>)> {
    let kind = BallotKind::from_code(&ballot.kind).ok_or(AppError::Internal)?;
    let (current, electorate) = tokio::try_join!(
        db::ballots::votes(&state.pool, &ballot.id, false),
        db::ballots::voters(&state.pool, &ballot.id),
    )?;
    let votes: Vec<Vote> = current
        .iter()
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
        .collect();
    let stored = db::bodies::rule_profile(&state.pool, &ballot.body_id).await?;
    let profile = RuleProfile::from_stored(stored.as_deref()).unwrap_or_else(|iso| {
        tracing::warn!(body = %ballot.body_id, "the body's rule profile cannot be read; ISO's rules apply");
        iso
    });
    let result = decide(
        kind,
        &profile,
        u64::try_from(ballot.p_members).unwrap_or(0),
        &votes,
        ballot.closes_at,
    );
    let voted: Vec<&str> = current.iter().map(|v| v.member_body.as_str()).collect();
    let not_voted = electorate
        .into_iter()
        .filter(|(code, membership)| {
            !voted.contains(&code.as_str()) && kind.gives_vote(Voter::from_code(membership))
        })
        .collect();
    Ok((result, not_voted))
}

async fn compute(state: &AppState, ballot: &db::ballots::BallotRow) -> AppResult<BallotResultView> {
    let (outcome, not_voted) = evaluate(state, ballot).await?;
    let c = &outcome.counts;
    Ok(BallotResultView {
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
            })
            .collect(),
        not_voted: not_voted.into_iter().map(|(code, _)| code).collect(),
    })
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
        &mut *tx,
        &new_id(),
        &ballot.id,
        now,
        actor_id,
        "closed",
        Some(outcome.code()),
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
        &mut *tx,
        &new_id(),
        &ballot.id,
        now,
        actor_id,
        "opened",
        None,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(ballot = %ballot.id, "ballot opened");
    Ok(true)
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
        &mut *tx,
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
    let closes_at = match parse_instant(&input.closes_at) {
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
        &mut *tx,
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
