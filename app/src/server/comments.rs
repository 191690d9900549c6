//! Comments on drafts: experts draft them for their member body, its officer consolidates and
//! submits the national position, the committee manager compiles them and records a
//! disposition on each. Called by the JSON API (and the pages to come).

pub use super::db::comments::CompiledFilter;
use super::{db, documents::readable, new_id, now_ms, session, state::AppState};
use crate::{
    domain::{
        comments::{check_row, CheckedRow, Disposition, Row},
        notifications::Kind,
        permissions::{Action, CommitteeRef},
    },
    error::{AppError, AppResult},
    model::{
        CommentInput, CommentList, CommentView, CommentsPage, DispositionInput, FieldErrors,
        MemberBodyComments, Message, SubmitCommentsInput, UserView,
    },
};

/// Compiled comments per page.
const PER_PAGE: i64 = 200;
/// Entries of the audit trail a page shows.
const HISTORY_ROWS: i64 = 50;

fn view(c: db::comments::CommentRow) -> CommentView {
    CommentView {
        id: c.id,
        member_body: c.member_body,
        author: c.author,
        line: c.line_ref,
        clause: c.clause,
        paragraph: c.paragraph,
        kind: c.kind,
        comment: c.comment,
        proposed_change: c.proposed_change,
        observations: c.observations,
        disposition: c.disposition,
        status: c.status,
        version: c.version,
    }
}

/// The row a comment becomes: the cells given, the others as they were (`base`).
fn checked(input: &CommentInput, base: &Row) -> AppResult<CheckedRow> {
    let cell = |given: &Option<String>, now: &String| given.clone().unwrap_or_else(|| now.clone());
    check_row(&Row {
        line: cell(&input.line, &base.line),
        clause: cell(&input.clause, &base.clause),
        paragraph: cell(&input.paragraph, &base.paragraph),
        kind: cell(&input.kind, &base.kind),
        comment: cell(&input.comment, &base.comment),
        proposed_change: cell(&input.proposed_change, &base.proposed_change),
    })
    .map_err(|errors| {
        let mut fields = FieldErrors::default();
        for (field, message) in errors {
            fields.add(field, message);
        }
        AppError::Invalid(fields)
    })
}

/// The member body a person comments for: the one named, or their only member body that is a
/// P- or O-member of the committee. Returns (id, code, takes part).
async fn member_body_for(
    state: &AppState,
    user: &UserView,
    committee_id: &str,
    named: Option<&str>,
) -> AppResult<(String, String, bool)> {
    let code = match named.map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) => code.to_uppercase(),
        None => db::committees::member_body_of_user(&state.pool, &user.id)
            .await?
            .map(|(_, code)| code)
            .ok_or_else(|| {
                AppError::invalid("member_body", Message::new("error-comment-member-body"))
            })?,
    };
    let (id, code) = db::committees::member_body_by_code(&state.pool, &code)
        .await?
        .ok_or_else(|| {
            AppError::invalid("member_body", Message::new("error-comment-member-body"))
        })?;
    // P- and O-members comment; liaisons do not (domain::committees::MembershipStatus).
    let takes_part = db::committees::membership(&state.pool, committee_id, &id)
        .await?
        .as_deref()
        .and_then(crate::domain::committees::MembershipStatus::from_code)
        .is_some_and(|m| !m.is_liaison());
    Ok((id, code, takes_part))
}

/// The member body a person drafts comments for on a document (see `member_body_for`), once
/// the one permission rule allows it: (id, code).
async fn drafting_for(
    state: &AppState,
    user: &UserView,
    committee: CommitteeRef,
    named: Option<&str>,
) -> AppResult<(String, String)> {
    let (member_body_id, code, takes_part) =
        member_body_for(state, user, &committee.id, named).await?;
    session::require(
        state,
        Some(user),
        &Action::DraftComment {
            committee,
            member_body_id: member_body_id.clone(),
            member_body_takes_part: takes_part,
        },
    )
    .await?;
    Ok((member_body_id, code))
}

/// Drafts a comment on a document for the author's member body.
pub async fn create(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    input: &CommentInput,
) -> AppResult<CommentView> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let (document, _) = readable(state, Some(user), document_id).await?;
    let committee = CommitteeRef {
        id: document.committee_id.clone(),
        body_id: document.body_id.clone(),
    };
    let (member_body_id, _) =
        drafting_for(state, user, committee, input.member_body.as_deref()).await?;
    let row = checked(input, &Row::default())?;
    let id = new_id();
    let mut tx = db::begin_write(&state.pool).await?;
    if db::comments::submitted(&mut *tx, document_id, &member_body_id).await? {
        return Err(AppError::Conflict(Message::new("error-comments-submitted")));
    }
    db::comments::insert(
        &mut *tx,
        &db::comments::NewComment {
            id: &id,
            document_id,
            member_body_id: &member_body_id,
            author_id: &user.id,
            row: &row,
            now: now_ms(),
        },
    )
    .await?;
    db::comments::record_event(
        &mut *tx,
        &db::comments::Event {
            document_id,
            comment_id: Some(&id),
            member_body_id: Some(&member_body_id),
            actor_id: Some(&user.id),
            action: "created",
            detail: "",
            at: now_ms(),
        },
    )
    .await?;
    tx.commit().await?;
    let comment = db::comments::find(&state.pool, &id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok(view(comment))
}

/// Changes a draft comment (its author, or its member body's officer), or drops it from the
/// national position (`dropped`); refused once submitted, and when it changed since the
/// version the person saw.
pub async fn update(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &CommentInput,
) -> AppResult<CommentView> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let current = db::comments::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    session::require(
        state,
        Some(user),
        &Action::EditComment {
            member_body_id: current.member_body_id.clone(),
            is_author: current.author_id.as_deref() == Some(user.id.as_str()),
            submitted: current.status == "submitted",
        },
    )
    .await?;
    let row = checked(
        input,
        &Row {
            line: current.line_ref.clone(),
            clause: current.clause.clone(),
            paragraph: current.paragraph.clone(),
            kind: current.kind.clone(),
            comment: current.comment.clone(),
            proposed_change: current.proposed_change.clone(),
        },
    )?;
    let status = match input.dropped {
        Some(true) => "dropped",
        Some(false) => "draft",
        None => current.status.as_str(),
    };
    let seen = input.version.unwrap_or(current.version);
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::comments::update(&mut *tx, id, seen, &row, status, now_ms()).await? {
        return Err(AppError::Conflict(Message::new("error-comment-changed")));
    }
    let action = match (current.status.as_str(), status) {
        ("draft", "dropped") => "dropped",
        ("dropped", "draft") => "restored",
        _ => "edited",
    };
    db::comments::record_event(
        &mut *tx,
        &db::comments::Event {
            document_id: &current.document_id,
            comment_id: Some(id),
            member_body_id: Some(&current.member_body_id),
            actor_id: Some(&user.id),
            action,
            detail: "",
            at: now_ms(),
        },
    )
    .await?;
    tx.commit().await?;
    let comment = db::comments::find(&state.pool, id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok(view(comment))
}

/// A document's comments: with `member_body`, that member body's own (for its experts and
/// officer, every status); without, the compiled submitted comments (for those who read the
/// document), in clause order, filtered by member body and type.
pub async fn list(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    member_body: Option<&str>,
    filter: db::comments::CompiledFilter<'_>,
    page: i64,
) -> AppResult<CommentList> {
    let (document, _) = readable(state, user, document_id).await?;
    if let Some(code) = member_body.map(str::trim).filter(|c| !c.is_empty()) {
        let user = user.ok_or(AppError::Unauthenticated)?;
        let committee = CommitteeRef {
            id: document.committee_id.clone(),
            body_id: document.body_id.clone(),
        };
        let (member_body_id, code) = drafting_for(state, user, committee, Some(code)).await?;
        let rows = db::comments::of_member_body(&state.pool, document_id, &member_body_id).await?;
        let total = i64::try_from(rows.len()).unwrap_or(i64::MAX);
        return Ok(CommentList {
            document_id: document_id.to_string(),
            member_body: Some(code),
            resolved: rows.iter().filter(|r| r.disposition.is_some()).count() as i64,
            comments: rows.into_iter().map(view).collect(),
            total,
            page: 1,
            per_page: total.max(1),
        });
    }
    let page = crate::domain::paging::page(page);
    let code = filter.member_body.map(str::to_uppercase);
    let (rows, total, resolved) = db::comments::compiled(
        &state.pool,
        document_id,
        db::comments::CompiledFilter {
            member_body: code.as_deref(),
            ..filter
        },
        PER_PAGE,
        crate::domain::paging::offset(page, PER_PAGE),
    )
    .await?;
    Ok(CommentList {
        document_id: document_id.to_string(),
        member_body: None,
        comments: rows.into_iter().map(view).collect(),
        total,
        resolved,
        page,
        per_page: PER_PAGE,
    })
}

/// Submits a member body's national position on a document (its officer): the draft comments
/// the officer saw, each at the version seen, become frozen and visible to the committee; the
/// dropped ones stay out. If any draft changed, or was added, since: nothing is submitted and
/// the conflict is reported.
pub async fn submit(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    input: &SubmitCommentsInput,
) -> AppResult<CommentList> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let (document, _) = readable(state, Some(user), document_id).await?;
    let (member_body_id, code, _) = member_body_for(
        state,
        user,
        &document.committee_id,
        Some(input.member_body.as_str()),
    )
    .await?;
    session::require(
        state,
        Some(user),
        &Action::SubmitComments {
            member_body_id: member_body_id.clone(),
        },
    )
    .await?;
    let now = now_ms();
    let submission_id = new_id();
    // Submitted while the draft is under ballot: the comments go with the member body's vote.
    let ballot = db::comments::open_ballot_on(&state.pool, document_id).await?;
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::comments::insert_submission(
        &mut tx,
        &submission_id,
        document_id,
        &member_body_id,
        ballot.as_deref(),
        &user.id,
        now,
    )
    .await?
    {
        return Err(AppError::Conflict(Message::new("error-comments-submitted")));
    }
    // The comments that changed since seen, and those added (still drafts after freezing).
    let mut conflicts = std::collections::BTreeSet::new();
    for seen in &input.seen {
        if !db::comments::freeze(&mut tx, &seen.id, seen.version, &submission_id, now).await? {
            conflicts.insert(seen.id.clone());
        }
    }
    conflicts.extend(db::comments::draft_ids(&mut tx, document_id, &member_body_id).await?);
    if !conflicts.is_empty() {
        // Dropping the transaction rolls everything back.
        return Err(AppError::Conflict(
            Message::new("error-comments-changed-before-submit")
                .arg("count", conflicts.len().to_string()),
        ));
    }
    db::comments::record_event(
        &mut *tx,
        &db::comments::Event {
            document_id,
            comment_id: None,
            member_body_id: Some(&member_body_id),
            actor_id: Some(&user.id),
            action: "submitted",
            detail: &input.seen.len().to_string(),
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(document = %document_id, member_body = %code, comments = input.seen.len(), "comments submitted");
    list(
        state,
        Some(user),
        document_id,
        Some(&code),
        CompiledFilter::default(),
        1,
    )
    .await
}

/// Records the secretariat's disposition and observations on a submitted comment (the
/// committee manager and the body's administrators).
pub async fn set_disposition(
    state: &AppState,
    user: Option<&UserView>,
    id: &str,
    input: &DispositionInput,
) -> AppResult<CommentView> {
    let comment = db::comments::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let document = db::documents::find(&state.pool, &comment.document_id)
        .await?
        .ok_or(AppError::Internal)?;
    session::require(
        state,
        user,
        &Action::CompileComments(CommitteeRef {
            id: document.committee_id.clone(),
            body_id: document.body_id.clone(),
        }),
    )
    .await?;
    let disposition = Disposition::from_code(&input.disposition).ok_or_else(|| {
        AppError::invalid("disposition", Message::new("error-disposition-invalid"))
    })?;
    let observations = input
        .observations
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty());
    if observations.is_some_and(|o| o.chars().count() > crate::domain::comments::CELL_MAX_CHARS) {
        return Err(AppError::invalid(
            "observations",
            Message::new("error-comment-too-long"),
        ));
    }
    let mut tx = db::begin_write(&state.pool).await?;
    if !db::comments::set_disposition(&mut *tx, id, disposition.code(), observations, now_ms())
        .await?
    {
        return Err(AppError::Conflict(Message::new(
            "error-comment-not-submitted",
        )));
    }
    db::comments::record_event(
        &mut *tx,
        &db::comments::Event {
            document_id: &comment.document_id,
            comment_id: Some(id),
            member_body_id: None,
            actor_id: user.map(|u| u.id.as_str()),
            action: "disposition",
            detail: disposition.code(),
            at: now_ms(),
        },
    )
    .await?;
    if let Some(author) = comment
        .author_id
        .as_ref()
        .filter(|a| Some(a.as_str()) != user.map(|u| u.id.as_str()))
    {
        let message = Message::new("notification-disposition-recorded")
            .arg("document", document.reference.clone())
            .arg("clause", comment.clause.clone())
            .arg("disposition", disposition.code());
        super::notifications::tell_people(
            &mut tx,
            std::slice::from_ref(author),
            Kind::DispositionRecorded.code(),
            &message,
            &format!("/documents/{}/comments", comment.document_id),
        )
        .await?;
    }
    tx.commit().await?;
    let comment = db::comments::find(&state.pool, id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok(view(comment))
}

/// The compiled comments of a document as a table in the template's eight columns (MB/NC,
/// line, clause, paragraph, type, comment, proposed change, observations) plus the decision,
/// to export as CSV or XLSX; headings in the reader's language.
pub async fn export(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    locale: crate::domain::locale::Locale,
    format: super::exports::Format,
) -> AppResult<super::exports::Download> {
    use super::exports::{write, Cell, Table};
    use crate::i18n::{disposition_key, translate};
    let (document, _) = readable(state, user, document_id).await?;
    let (rows, _, _) =
        db::comments::compiled(&state.pool, document_id, Default::default(), i64::MAX, 0).await?;
    let heading = |key: &str| Cell::Heading(translate(locale, key));
    let mut table = vec![[
        "comment-col-mb",
        "comment-col-line",
        "comment-col-clause",
        "comment-col-paragraph",
        "comment-col-type",
        "comment-col-comment",
        "comment-col-proposed",
        "comment-col-observations",
        "comment-col-disposition",
    ]
    .into_iter()
    .map(heading)
    .collect::<Vec<_>>()];
    // The spreadsheet formats carry each comment's ID, so that a compilation filled in
    // offline comes back (`import_dispositions`); the Word table keeps the template's columns.
    let with_id = format != super::exports::Format::Docx;
    if with_id {
        table[0].push(heading("comment-col-id"));
    }
    for c in rows {
        let id = c.id.clone();
        table.push(vec![
            c.member_body.into(),
            c.line_ref.into(),
            c.clause.into(),
            c.paragraph.into(),
            c.kind.into(),
            c.comment.into(),
            c.proposed_change.into(),
            c.observations.unwrap_or_default().into(),
            c.disposition
                .as_deref()
                .map(|d| translate(locale, disposition_key(d)))
                .unwrap_or_default()
                .into(),
        ]);
        if with_id {
            if let Some(row) = table.last_mut() {
                row.push(id.into());
            }
        }
    }
    let stem: String = format!("{} comments", document.reference)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    write(
        &Table {
            name: translate(locale, "comments-sheet"),
            rows: table,
        },
        format,
        &stem,
        locale,
    )
}

/// Everything the comments page of a document shows: the reader's member bodies' own comments,
/// and the compiled table (filtered by member body and type).
pub async fn page(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    from: Option<&str>,
    kind: Option<&str>,
    text: Option<&str>,
    page: i64,
) -> AppResult<CommentsPage> {
    let (document, actor) = readable(state, user, document_id).await?;
    let committee = CommitteeRef {
        id: document.committee_id.clone(),
        body_id: document.body_id.clone(),
    };
    let can_compile = session::check(&actor, &Action::CompileComments(committee)).is_ok();
    let mut mine = Vec::new();
    let mut own_ids = Vec::new();
    if let Some(user) = user {
        for (id, code, role) in db::comments::member_bodies_of_user_in_committee(
            &state.pool,
            &user.id,
            &document.committee_id,
        )
        .await?
        {
            let (comments, submission) = tokio::try_join!(
                db::comments::of_member_body(&state.pool, document_id, &id),
                db::comments::submission(&state.pool, document_id, &id),
            )?;
            mine.push(MemberBodyComments {
                member_body: code,
                is_officer: role == "officer",
                submitted: submission.is_some(),
                with_ballot: submission.flatten(),
                comments: comments.into_iter().map(view).collect(),
            });
            own_ids.push(id);
        }
    }
    let filter = db::comments::CompiledFilter {
        member_body: from,
        kind,
        text,
    };
    let compiled = list(state, user, document_id, None, filter, page).await?;
    let zone = user
        .and_then(|u| u.time_zone.clone())
        .unwrap_or_else(|| "UTC".to_string());
    let (submitters, open_ballot, events) = tokio::try_join!(
        db::comments::submitters(&state.pool, document_id),
        db::comments::open_ballot_on(&state.pool, document_id),
        db::comments::events(
            &state.pool,
            document_id,
            crate::domain::comments::PUBLIC_EVENTS,
            &own_ids,
            HISTORY_ROWS,
        ),
    )?;
    let open_ballot = match open_ballot {
        Some(id) => db::ballots::find(&state.pool, &id)
            .await?
            .map(super::ballots::view)
            .map(|b| (b.id, b.kind_name)),
        None => None,
    };
    let history = events
        .into_iter()
        .map(|e| crate::model::CommentEvent {
            when: super::time::format_in(e.at, &zone),
            at: e.at,
            actor: e.actor,
            member_body: e.member_body,
            action: e.action,
            detail: e.detail,
            clause: e.clause,
        })
        .collect();
    Ok(CommentsPage {
        document_id: document.id,
        number: document.reference,
        title: document.title,
        title_fr: document.title_fr,
        title_ar: document.title_ar,
        committee_id: document.committee_id,
        mine,
        compiled,
        submitters,
        can_compile,
        open_ballot,
        history,
    })
}

/// The template's headings and decision names in every language the portal speaks.
fn vocabulary() -> &'static crate::domain::comment_sheet::Vocabulary {
    use crate::domain::{comment_sheet::Column, comments::Disposition, locale::Locale};
    use crate::i18n::{disposition_key, translate};
    static VOCABULARY: std::sync::OnceLock<crate::domain::comment_sheet::Vocabulary> =
        std::sync::OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let headings = Locale::ALL.into_iter().flat_map(|locale| {
            Column::ALL
                .into_iter()
                .map(move |c| (translate(locale, c.heading_key()), c))
        });
        let decisions = Locale::ALL.into_iter().flat_map(|locale| {
            Disposition::ALL
                .into_iter()
                .map(move |d| (translate(locale, disposition_key(d.code())), d))
        });
        crate::domain::comment_sheet::Vocabulary::new(headings, decisions)
    })
}

/// Reads an uploaded template (on a blocking thread) and finds its table: the first sheet
/// (or Word table) with the `required` headings.
async fn read_upload(
    upload: Option<super::documents::Upload>,
    required: &'static [crate::domain::comment_sheet::Column],
) -> AppResult<(
    crate::domain::comment_sheet::Table,
    Vec<crate::model::RowProblem>,
)> {
    use crate::domain::comment_sheet::{file_problem, read_table};
    let upload = upload
        .ok_or_else(|| AppError::invalid("file", Message::new("error-import-file-required")))?;
    let bytes = tokio::fs::read(&upload.file.path).await.map_err(|e| {
        tracing::error!(%e, "cannot read a spooled upload");
        AppError::Internal
    })?;
    if bytes.is_empty() {
        return Err(AppError::invalid("file", Message::new("error-file-empty")));
    }
    let read = tokio::task::spawn_blocking(move || {
        let sheets = super::sheets::read(&bytes).map_err(file_problem)?;
        let mut first_error = None;
        for sheet in &sheets {
            match read_table(sheet, vocabulary(), required) {
                Ok(found) => return Ok(found),
                Err(problem) => {
                    first_error.get_or_insert(problem);
                }
            }
        }
        Err(first_error.unwrap_or_else(|| file_problem(Message::new("error-import-no-headings"))))
    })
    .await
    .map_err(|e| {
        tracing::error!(%e, "reading an import failed");
        AppError::Internal
    })?;
    read.map_err(|problem| AppError::Rows(vec![problem]))
}

/// Imports a member body's filled template (XLSX, or the Word table) as draft comments of the
/// person importing: every row is checked; with problems, nothing is written and every bad row
/// is reported (`AppError::Rows`), unless `valid_only` asks for the good rows alone. The rows
/// are written in one transaction: all of them or none.
pub async fn import(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    member_body: Option<&str>,
    upload: Option<super::documents::Upload>,
    valid_only: bool,
) -> AppResult<crate::model::ImportReport> {
    use crate::domain::comment_sheet::{comment_rows, Column};
    let user = user.ok_or(AppError::Unauthenticated)?;
    let (document, _) = readable(state, Some(user), document_id).await?;
    let committee = CommitteeRef {
        id: document.committee_id.clone(),
        body_id: document.body_id.clone(),
    };
    let (member_body_id, code) = drafting_for(state, user, committee, member_body).await?;
    let started = std::time::Instant::now();
    let (table, mut problems) = read_upload(upload, &[Column::Kind, Column::Comment]).await?;
    let (good, more) = comment_rows(&table, &code);
    problems.extend(more);
    problems.sort_by_key(|p| p.row);
    if !problems.is_empty() && !valid_only {
        return Err(AppError::Rows(problems));
    }
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    if db::comments::submitted(&mut *tx, document_id, &member_body_id).await? {
        return Err(AppError::Conflict(Message::new("error-comments-submitted")));
    }
    let rows: Vec<(String, CheckedRow)> = good.into_iter().map(|(_, r)| (new_id(), r)).collect();
    db::comments::insert_many(&mut tx, document_id, &member_body_id, &user.id, &rows, now).await?;
    db::comments::record_event(
        &mut *tx,
        &db::comments::Event {
            document_id,
            comment_id: None,
            member_body_id: Some(&member_body_id),
            actor_id: Some(&user.id),
            action: "imported",
            detail: &rows.len().to_string(),
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    let skipped_rows: std::collections::BTreeSet<u32> =
        problems.iter().filter_map(|p| p.row).collect();
    tracing::info!(document = %document_id, member_body = %code, rows = rows.len(), skipped = skipped_rows.len(), ms = started.elapsed().as_millis() as u64, "comments imported");
    Ok(crate::model::ImportReport {
        rows: table.rows.len() as u32,
        imported: rows.len() as u32,
        skipped: skipped_rows.len() as u32,
        problems,
    })
}

/// Imports the secretariat's filled compilation (the portal's XLSX export with decisions and
/// observations filled in): each row with a decision is matched to its comment by the Comment
/// ID column; all decisions are recorded in one transaction, or none when a row is wrong
/// (unless `valid_only`).
pub async fn import_dispositions(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    upload: Option<super::documents::Upload>,
    valid_only: bool,
) -> AppResult<crate::model::ImportReport> {
    use crate::domain::comment_sheet::{decision_rows, Column};
    let document = db::documents::find(&state.pool, document_id)
        .await?
        .ok_or(AppError::NotFound)?;
    session::require(
        state,
        user,
        &Action::CompileComments(CommitteeRef {
            id: document.committee_id.clone(),
            body_id: document.body_id.clone(),
        }),
    )
    .await?;
    let user = user.ok_or(AppError::Unauthenticated)?;
    let (table, mut problems) = read_upload(upload, &[Column::Id, Column::Decision]).await?;
    let (decisions, more) = decision_rows(&table, vocabulary());
    problems.extend(more);
    let known: std::collections::HashSet<String> =
        db::comments::submitted_ids(&state.pool, document_id)
            .await?
            .into_iter()
            .collect();
    let mut good = Vec::with_capacity(decisions.len());
    for d in decisions {
        if known.contains(&d.id) {
            good.push(d);
        } else {
            problems.push(table.problem(
                d.row,
                Column::Id,
                Message::new("error-import-unknown-id").arg("id", d.id.clone()),
            ));
        }
    }
    problems.sort_by_key(|p| p.row);
    if !problems.is_empty() && !valid_only {
        return Err(AppError::Rows(problems));
    }
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    for d in &good {
        db::comments::set_disposition(
            &mut *tx,
            &d.id,
            d.disposition.code(),
            d.observations.as_deref(),
            now,
        )
        .await?;
    }
    db::comments::record_event(
        &mut *tx,
        &db::comments::Event {
            document_id,
            comment_id: None,
            member_body_id: None,
            actor_id: Some(&user.id),
            action: "dispositions_imported",
            detail: &good.len().to_string(),
            at: now,
        },
    )
    .await?;
    tx.commit().await?;
    let skipped_rows: std::collections::BTreeSet<u32> =
        problems.iter().filter_map(|p| p.row).collect();
    Ok(crate::model::ImportReport {
        rows: table.rows.len() as u32,
        imported: good.len() as u32,
        skipped: skipped_rows.len() as u32,
        problems,
    })
}
