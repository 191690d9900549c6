//! The document register: registering documents and versions, reading and downloading them,
//! the register's pages and full-text search. Called by the pages, their form routes and the
//! JSON API alike.

use axum::body::Bytes;
use futures_util::Stream;
use tokio::io::AsyncReadExt;

use super::{
    db::{self, documents::Shown, Engine},
    files::{self, Spooled},
    new_id, now_ms, session,
    state::AppState,
};
use crate::{
    domain::{
        committees::check_changes_allowed,
        documents::{
            check_name_matches, check_title, register_number, DocumentKind, DocumentStatus,
            DraftNames,
        },
        locale::translation,
        permissions::{Action, Actor, CommitteeRef, DocumentScope},
    },
    error::{AppError, AppResult},
    model::{
        DocumentChangesInput, DocumentList, DocumentSummary, DocumentView, FieldErrors, Message,
        SearchHit, SearchResults, UserView, VersionView,
    },
};

/// Files are stored and streamed in pieces of this size.
pub const CHUNK_SIZE: usize = 1024 * 1024;
/// Documents per page of the register.
pub const PER_PAGE: i64 = 50;
/// Hits per page of search results.
pub const HITS_PER_PAGE: i64 = 20;

/// A file received with a form or an API request.
#[derive(Debug)]
pub struct Upload {
    /// The spooled content.
    pub file: Spooled,
    /// The name it had on the sender's machine.
    pub file_name: String,
}

/// The fields of a new document.
#[derive(Debug, Default)]
pub struct NewDocumentInput {
    /// Title.
    pub title: String,
    /// Title in French (optional).
    pub title_fr: Option<String>,
    /// Title in Arabic (optional).
    pub title_ar: Option<String>,
    /// Kind code.
    pub kind: String,
    /// Project to attach it to.
    pub project_id: Option<String>,
    /// `draft` or `published` (default `published`: circulated at once).
    pub status: Option<String>,
    /// Readable by anyone.
    pub public: bool,
}

fn committee_ref(row: &db::committees::CommitteeRow) -> CommitteeRef {
    CommitteeRef {
        id: row.id.clone(),
        body_id: row.body_id.clone(),
    }
}

async fn committee(state: &AppState, id: &str) -> AppResult<db::committees::CommitteeRow> {
    db::committees::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The first steps of every change to a committee's documents or work programme: load the
/// committee (404), ask the one permission function (`action` on it: 401/403), refuse a
/// disbanded committee (409). Returns the committee and the id of the person acting.
pub async fn keeper(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    action: fn(CommitteeRef) -> Action,
) -> AppResult<(db::committees::CommitteeRow, String)> {
    let committee = committee(state, committee_id).await?;
    let actor = session::require(state, user, &action(committee_ref(&committee))).await?;
    check_changes_allowed(&committee.status).map_err(AppError::Conflict)?;
    let user_id = actor.user_id.ok_or(AppError::Unauthenticated)?;
    Ok((committee, user_id))
}

/// Which of a committee's documents the person sees in lists.
fn shown(actor: &Actor, committee: &CommitteeRef) -> Shown {
    let scope = DocumentScope::of(actor);
    if scope.allows(committee, false, false) {
        Shown::All
    } else if scope.allows(committee, true, false) {
        Shown::Published
    } else {
        Shown::Public
    }
}

/// The wire form of a document row.
fn summary(row: db::documents::DocumentRow) -> DocumentSummary {
    let draft_name = DocumentKind::from_code(&row.kind).and_then(|k| {
        DraftNames::parse(&row.draft_names)
            .name_of(k)
            .map(String::from)
    });
    DocumentSummary {
        id: row.id,
        number: row.reference,
        title: row.title,
        title_fr: row.title_fr,
        title_ar: row.title_ar,
        kind: row.kind,
        draft_name,
        status: row.status,
        public: row.is_public != 0,
        project_id: row.project_id,
        project_reference: row.project_reference,
        project_stage: row.project_stage,
        version_count: row.version_count,
        updated_at: row.updated_at,
    }
}

/// Tells the committee's people that a document is circulated, in the transaction that
/// registers or circulates it.
async fn tell_registered(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    committee: &db::committees::CommitteeRow,
    document_id: &str,
    reference: &str,
    title: &str,
    actor_id: &str,
) -> AppResult<()> {
    let message = Message::new("notification-document-registered")
        .arg("committee", committee.reference.clone())
        .arg("number", reference)
        .arg("title", title);
    super::notifications::tell_committee(
        tx,
        &committee.id,
        "document_registered",
        &message,
        &format!("/documents/{document_id}"),
        actor_id,
    )
    .await?;
    Ok(())
}

/// The French and Arabic titles as typed (an empty one is none), each checked like the title.
fn translated_titles(
    fr: &Option<String>,
    ar: &Option<String>,
    errors: &mut FieldErrors,
) -> (Option<String>, Option<String>) {
    let fr = translation(fr);
    let ar = translation(ar);
    for (field, text) in [("title_fr", &fr), ("title_ar", &ar)] {
        if let Some(text) = text {
            errors.check(field, check_title(text));
        }
    }
    (fr, ar)
}

/// Checks the kind, status and project of a document; the project must be the committee's own.
async fn check_fields(
    state: &AppState,
    committee_id: &str,
    kind: &str,
    status: &str,
    project_id: Option<&str>,
    errors: &mut FieldErrors,
) -> AppResult<Option<(String, String)>> {
    if DocumentKind::from_code(kind).is_none() {
        errors.add("kind", Message::new("error-document-kind-invalid"));
    }
    if DocumentStatus::from_code(status).is_none() {
        errors.add("status", Message::new("error-document-status-invalid"));
    }
    let Some(project_id) = project_id.filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    match db::projects::find(&state.pool, project_id).await? {
        Some(p) if p.committee_id == committee_id => Ok(Some((p.id, p.stage))),
        _ => {
            errors.add("project_id", Message::new("error-document-project-unknown"));
            Ok(None)
        }
    }
}

/// Stores a spooled file content-addressed: once, however often the same bytes are uploaded.
async fn store_file(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    file: &Spooled,
) -> AppResult<()> {
    let size = i64::try_from(file.size).map_err(|_| AppError::Internal)?;
    let chunk_count = (size + CHUNK_SIZE as i64 - 1) / CHUNK_SIZE as i64;
    if !db::documents::insert_blob(&mut **tx, &file.sha256, size, chunk_count, now_ms()).await? {
        return Ok(());
    }
    let mut reader = tokio::fs::File::open(&file.path).await.map_err(|e| {
        tracing::error!(%e, "cannot reopen a spooled upload");
        AppError::Internal
    })?;
    let mut buffer = vec![0u8; CHUNK_SIZE];
    for seq in 0..chunk_count {
        let mut filled = 0;
        while filled < CHUNK_SIZE {
            let n = reader.read(&mut buffer[filled..]).await.map_err(|e| {
                tracing::error!(%e, "cannot read a spooled upload");
                AppError::Internal
            })?;
            if n == 0 {
                break;
            }
            filled += n;
        }
        db::documents::insert_chunk(&mut **tx, &file.sha256, seq, &buffer[..filled]).await?;
    }
    Ok(())
}

/// Registers a document with its first version: the committee's manager, convenor or body
/// administrators. The N-number is taken in the same transaction as the document is written.
pub async fn register(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    input: NewDocumentInput,
    upload: Option<Upload>,
) -> AppResult<DocumentView> {
    // Who is asking, and may they?
    let (committee, user_id) = keeper(state, user, committee_id, Action::ManageDocuments).await?;

    // Check every field, and what the file really is.
    let mut errors = FieldErrors::default();
    let title = input.title.trim().to_string();
    errors.check("title", check_title(&title));
    let titles = translated_titles(&input.title_fr, &input.title_ar, &mut errors);
    let status = input
        .status
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("published");
    let kind = input.kind.trim();
    let project = check_fields(
        state,
        committee_id,
        kind,
        status,
        input.project_id.as_deref(),
        &mut errors,
    )
    .await?;
    let analysed = match &upload {
        None => {
            errors.add("file", Message::new("error-file-required"));
            None
        }
        Some(upload) => match files::analyse(&upload.file).await {
            Ok(a) => match check_name_matches(&upload.file_name, a.file_type) {
                Ok(()) => Some(a),
                Err(m) => {
                    errors.add("file", m);
                    None
                }
            },
            Err(AppError::Invalid(file_errors)) => {
                errors.0.extend(file_errors.0);
                None
            }
            Err(e) => return Err(e),
        },
    };
    let (Some(upload), Some(analysed), true) = (upload, analysed, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };

    // Number, document, file, first version and search text: one transaction.
    let engine = Engine::of_pool(&state.pool).unwrap_or(Engine::Sqlite);
    let now = now_ms();
    let id = new_id();
    let mut tx = db::begin_write(&state.pool).await?;
    let number =
        db::documents::next_number(&mut *tx, &format!("documents:{}", committee.id)).await?;
    let reference = register_number(&committee.reference, number);
    db::documents::insert(
        &mut *tx,
        &db::documents::NewDocument {
            id: &id,
            committee_id: &committee.id,
            number,
            reference: &reference,
            title: &title,
            titles: (titles.0.as_deref(), titles.1.as_deref()),
            kind,
            status,
            is_public: input.public,
            project: project.as_ref().map(|(p, s)| (p.as_str(), s.as_str())),
            created_by: &user_id,
            now,
        },
    )
    .await?;
    store_file(&mut tx, &upload.file).await?;
    db::documents::add_version(
        &mut tx,
        &db::documents::NewVersion {
            document_id: &id,
            file_name: &clean_file_name(&upload.file_name),
            content_type: analysed.file_type.media_type(),
            size: upload.file.size as i64,
            sha256: &upload.file.sha256,
            uploaded_by: &user_id,
            now,
        },
    )
    .await?;
    db::search::index(
        &mut tx,
        engine,
        &id,
        &title,
        Some(analysed.text.as_deref().unwrap_or("")),
    )
    .await?;
    super::audit::record(
        &mut tx,
        &super::audit::NewEvent {
            at: now,
            actor_id: Some(&user_id),
            committee_id: Some(&committee.id),
            kind: "document_registered",
            subject: &format!("{reference} {title}"),
            before: None,
            after: Some(&format!("v1 sha256:{}", upload.file.sha256)),
        },
    )
    .await?;
    if status == DocumentStatus::Published.code() {
        tell_registered(&mut tx, &committee, &id, &reference, &title, &user_id).await?;
    }
    tx.commit().await?;
    tracing::info!(document = %reference, size = upload.file.size, "document registered");
    view(state, user, &id).await
}

/// Adds a version to a document (the same people who register documents).
pub async fn add_version(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    upload: Option<Upload>,
) -> AppResult<DocumentView> {
    let document = db::documents::find(&state.pool, document_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, user_id) = keeper(state, user, &document.committee_id, Action::ManageDocuments).await?;
    let upload =
        upload.ok_or_else(|| AppError::invalid("file", Message::new("error-file-required")))?;
    let analysed = files::analyse(&upload.file).await?;
    check_name_matches(&upload.file_name, analysed.file_type)
        .map_err(|m| AppError::invalid("file", m))?;

    let engine = Engine::of_pool(&state.pool).unwrap_or(Engine::Sqlite);
    let mut tx = db::begin_write(&state.pool).await?;
    store_file(&mut tx, &upload.file).await?;
    let version = db::documents::add_version(
        &mut tx,
        &db::documents::NewVersion {
            document_id,
            file_name: &clean_file_name(&upload.file_name),
            content_type: analysed.file_type.media_type(),
            size: upload.file.size as i64,
            sha256: &upload.file.sha256,
            uploaded_by: &user_id,
            now: now_ms(),
        },
    )
    .await?;
    db::search::index(
        &mut tx,
        engine,
        document_id,
        &document.title,
        Some(analysed.text.as_deref().unwrap_or("")),
    )
    .await?;
    super::audit::record(
        &mut tx,
        &super::audit::NewEvent {
            at: now_ms(),
            actor_id: Some(&user_id),
            committee_id: Some(&document.committee_id),
            kind: "document_version",
            subject: &format!("{} {}", document.reference, document.title),
            before: None,
            after: Some(&format!("v{version} sha256:{}", upload.file.sha256)),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(document = %document.reference, version, "version added");
    view(state, user, document_id).await
}

/// Keeps the last part of a path a browser may send and drops control characters; an empty
/// name becomes `file`.
fn clean_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last.chars().filter(|c| !c.is_control()).take(255).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned == "." || cleaned == ".." {
        "file".to_string()
    } else {
        cleaned.to_string()
    }
}

/// Loads a document and checks that the person may read it.
pub(crate) async fn readable(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
) -> AppResult<(db::documents::DocumentRow, Actor)> {
    let document = db::documents::find(&state.pool, document_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = session::require(
        state,
        user,
        &Action::ReadDocument {
            committee: CommitteeRef {
                id: document.committee_id.clone(),
                body_id: document.body_id.clone(),
            },
            published: document.status == DocumentStatus::Published.code(),
            public: document.is_public != 0,
        },
    )
    .await?;
    Ok((document, actor))
}

/// A document with its versions, for those who may read it.
pub async fn view(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
) -> AppResult<DocumentView> {
    let (document, actor) = readable(state, user, document_id).await?;
    let committee = CommitteeRef {
        id: document.committee_id.clone(),
        body_id: document.body_id.clone(),
    };
    let can_manage = session::check(&actor, &Action::ManageDocuments(committee)).is_ok();
    let versions = db::documents::versions(&state.pool, document_id).await?;
    let projects = if can_manage {
        db::projects::of_committee(&state.pool, &document.committee_id)
            .await?
            .into_iter()
            .map(|p| (p.id, p.reference))
            .collect()
    } else {
        Vec::new()
    };
    let draft_names = DraftNames::parse(&document.draft_names).0.to_vec();
    let committee_id = document.committee_id.clone();
    let committee_reference = document.committee_reference.clone();
    let created_at = document.created_at;
    Ok(DocumentView {
        versions: versions
            .into_iter()
            .map(|v| VersionView {
                download_url: format!(
                    "/api/v1/documents/{document_id}/versions/{}/file",
                    v.version
                ),
                version: v.version,
                file_name: v.file_name,
                content_type: v.content_type,
                size: v.size,
                sha256: v.sha256,
                uploaded_by: v.uploaded_by,
                uploaded_at: v.uploaded_at,
            })
            .collect(),
        document: summary(document),
        committee_id,
        committee_reference,
        created_at,
        can_manage,
        draft_names,
        projects,
    })
}

/// A file to send: its version's details and where its chunks are.
#[derive(Debug)]
pub struct Download {
    /// The file's name as uploaded.
    pub file_name: String,
    /// Media type.
    pub content_type: String,
    /// Bytes.
    pub size: i64,
    /// Checksum, hex (also the stored file's key).
    pub sha256: String,
    /// How many chunks to stream.
    pub chunk_count: i64,
}

/// The file of version `version` of a document, for those who may read the document.
pub async fn download(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    version: i64,
) -> AppResult<Download> {
    readable(state, user, document_id).await?;
    let v = db::documents::version(&state.pool, document_id, version)
        .await?
        .ok_or(AppError::NotFound)?;
    let chunk_count = db::documents::chunk_count(&state.pool, &v.sha256)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Download {
        file_name: v.file_name,
        content_type: v.content_type,
        size: v.size,
        sha256: v.sha256,
        chunk_count,
    })
}

/// The file's bytes, one chunk (one query) at a time.
pub fn chunks(
    state: &AppState,
    download: &Download,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    let pool = state.pool.clone();
    let sha256 = download.sha256.clone();
    let count = download.chunk_count;
    futures_util::stream::try_unfold(0i64, move |seq| {
        let pool = pool.clone();
        let sha256 = sha256.clone();
        async move {
            if seq >= count {
                return Ok(None);
            }
            match db::documents::chunk(&pool, &sha256, seq).await {
                Ok(Some(data)) => Ok(Some((Bytes::from(data), seq + 1))),
                Ok(None) => Err(std::io::Error::other(format!(
                    "chunk {seq} of {sha256} is missing"
                ))),
                Err(e) => Err(std::io::Error::other(e)),
            }
        }
    })
}

/// How the register is sorted and filtered.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
pub struct ListParams {
    /// Only this kind (a kind code).
    pub kind: Option<String>,
    /// `number` (default), `title` or `date`.
    pub sort: Option<String>,
    /// `asc` or `desc` (default: newest first for number and date, A to Z for title).
    pub dir: Option<String>,
    /// Page, from 1.
    pub page: Option<i64>,
}

/// A page of a committee's register: everything to its officers, circulated and public
/// documents to its members, public documents to anyone else.
pub async fn list(
    state: &AppState,
    user: Option<&UserView>,
    committee_id: &str,
    params: &ListParams,
) -> AppResult<DocumentList> {
    let actor = session::require(state, user, &Action::ViewPublic).await?;
    let committee = committee(state, committee_id).await?;
    let cref = committee_ref(&committee);
    let kind = params
        .kind
        .as_deref()
        .filter(|k| DocumentKind::from_code(k).is_some());
    let (order, default_desc) = match params.sort.as_deref() {
        Some("title") => (db::documents::Order::Title, false),
        Some("date") => (db::documents::Order::Date, true),
        _ => (db::documents::Order::Number, true),
    };
    let descending = match params.dir.as_deref() {
        Some("asc") => false,
        Some("desc") => true,
        _ => default_desc,
    };
    let page = crate::domain::paging::page(params.page.unwrap_or(1));
    let can_manage = session::check(&actor, &Action::ManageDocuments(cref.clone())).is_ok();
    let query = db::documents::ListQuery {
        committee_id,
        kind,
        project_id: None,
        shown: shown(&actor, &cref),
        order,
        descending,
        limit: PER_PAGE,
        offset: crate::domain::paging::offset(page, PER_PAGE),
    };
    let ((rows, total), projects) = tokio::try_join!(
        db::documents::list(&state.pool, &query),
        db::projects::of_committee(&state.pool, committee_id),
    )?;
    let draft_names = db::bodies::draft_names(&state.pool, &committee.body_id).await?;
    Ok(DocumentList {
        committee_id: committee.id,
        committee_reference: committee.reference,
        documents: rows.into_iter().map(summary).collect(),
        total,
        page,
        per_page: PER_PAGE,
        draft_names: DraftNames::parse(&draft_names).0.to_vec(),
        can_manage,
        projects: if can_manage {
            projects.into_iter().map(|p| (p.id, p.reference)).collect()
        } else {
            Vec::new()
        },
    })
}

/// The documents of a project that the person may read.
pub async fn of_project(
    state: &AppState,
    actor: &Actor,
    committee: &CommitteeRef,
    project_id: &str,
) -> AppResult<Vec<DocumentSummary>> {
    let (rows, _) = db::documents::list(
        &state.pool,
        &db::documents::ListQuery {
            committee_id: &committee.id,
            kind: None,
            project_id: Some(project_id),
            shown: shown(actor, committee),
            order: db::documents::Order::Number,
            descending: true,
            limit: 500,
            offset: 0,
        },
    )
    .await?;
    Ok(rows.into_iter().map(summary).collect())
}

/// Changes a document's title, kind, status, public flag or project.
pub async fn update(
    state: &AppState,
    user: Option<&UserView>,
    document_id: &str,
    changes: &DocumentChangesInput,
) -> AppResult<DocumentView> {
    let document = db::documents::find(&state.pool, document_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (committee, _) =
        keeper(state, user, &document.committee_id, Action::ManageDocuments).await?;

    let mut errors = FieldErrors::default();
    let title = changes
        .title
        .as_deref()
        .map(str::trim)
        .unwrap_or(&document.title)
        .to_string();
    errors.check("title", check_title(&title));
    // A translation left out stays; an empty one is removed.
    let titles = translated_titles(
        &changes.title_fr.clone().or(document.title_fr.clone()),
        &changes.title_ar.clone().or(document.title_ar.clone()),
        &mut errors,
    );
    let kind = changes
        .kind
        .as_deref()
        .map(str::trim)
        .unwrap_or(&document.kind)
        .to_string();
    let status = changes
        .status
        .as_deref()
        .map(str::trim)
        .unwrap_or(&document.status)
        .to_string();
    let project = match &changes.project_id {
        // Unchanged: keep the project and the stage it was attached at.
        None => {
            check_fields(state, &committee.id, &kind, &status, None, &mut errors).await?;
            document
                .project_id
                .clone()
                .zip(document.project_stage.clone())
        }
        Some(p) if p.trim().is_empty() => {
            check_fields(state, &committee.id, &kind, &status, None, &mut errors).await?;
            None
        }
        Some(p) if Some(p.trim()) == document.project_id.as_deref() => {
            check_fields(state, &committee.id, &kind, &status, None, &mut errors).await?;
            document
                .project_id
                .clone()
                .zip(document.project_stage.clone())
        }
        Some(p) => {
            check_fields(
                state,
                &committee.id,
                &kind,
                &status,
                Some(p.trim()),
                &mut errors,
            )
            .await?
        }
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }

    let engine = Engine::of_pool(&state.pool).unwrap_or(Engine::Sqlite);
    let mut tx = db::begin_write(&state.pool).await?;
    db::documents::update(
        &mut *tx,
        document_id,
        &db::documents::DocumentChanges {
            title: &title,
            titles: (titles.0.as_deref(), titles.1.as_deref()),
            kind: &kind,
            status: &status,
            is_public: changes.public.unwrap_or(document.is_public != 0),
            project: project.as_ref().map(|(p, s)| (p.as_str(), s.as_str())),
            now: now_ms(),
        },
    )
    .await?;
    if title != document.title {
        db::search::index(&mut tx, engine, document_id, &title, None).await?;
    }
    // Circulated now: its readers hear of it now (a draft is for the officers only).
    let published = DocumentStatus::Published.code();
    if status == published && document.status != published {
        let user_id = user.map(|u| u.id.as_str()).unwrap_or_default();
        tell_registered(
            &mut tx,
            &committee,
            document_id,
            &document.reference,
            &title,
            user_id,
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(document = %document.reference, %status, "document changed");
    view(state, user, document_id).await
}

/// Documents matching every word of `query` among those the person may read.
pub async fn search(
    state: &AppState,
    user: Option<&UserView>,
    query: &str,
    page: i64,
) -> AppResult<SearchResults> {
    let actor = session::require(state, user, &Action::ViewPublic).await?;
    let scope = DocumentScope::of(&actor);
    let readable = db::search::Readable {
        everything: scope.everything,
        bodies: scope.bodies,
        officer_of: scope.officer_of,
        reader_of: scope.reader_of,
    };
    let query: String = query.trim().chars().take(200).collect();
    let page = page.clamp(1, 1000);
    let (hits, total) = db::search::search(
        &state.pool,
        &query,
        &readable,
        HITS_PER_PAGE,
        crate::domain::paging::offset(page, HITS_PER_PAGE),
    )
    .await?;
    Ok(SearchResults {
        query,
        hits: hits
            .into_iter()
            .map(|h| SearchHit {
                draft_name: DocumentKind::from_code(&h.kind).and_then(|k| {
                    DraftNames::parse(&h.draft_names)
                        .name_of(k)
                        .map(String::from)
                }),
                id: h.id,
                number: h.reference,
                title: h.title,
                kind: h.kind,
                committee_id: h.committee_id,
                snippet: h.snippet,
            })
            .collect(),
        total,
        page,
        per_page: HITS_PER_PAGE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_their_last_part_only() {
        assert_eq!(
            clean_file_name("C:\\Users\\a\\Draft ARS 1234.pdf"),
            "Draft ARS 1234.pdf"
        );
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("مشروع\u{0}.docx"), "مشروع.docx");
        assert_eq!(clean_file_name(""), "file");
        assert_eq!(clean_file_name(".."), "file");
    }
}
