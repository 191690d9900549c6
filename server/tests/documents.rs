//! The document register, files, search and the work programme over HTTP, on SQLite and
//! PostgreSQL: who may read and write what, numbering under concurrency, files stored once,
//! refusals that leave nothing behind.

mod common;

use axum::{body::Body, http::header};
use common::{docx_with_text, multipart, odt_with_text, pdf_with_text, Client, TestApp};
use serde_json::json;
use sha2::{Digest, Sha256};

on_both_databases! {
    manager_registers_and_members_download_the_same_bytes => manager_registers_and_members_download_the_same_bytes;
    concurrent_registrations_get_different_numbers => concurrent_registrations_get_different_numbers;
    files_are_stored_once_and_versions_numbered => files_are_stored_once_and_versions_numbered;
    drafts_are_for_officers_and_public_documents_for_all => drafts_are_for_officers_and_public_documents_for_all;
    bad_uploads_are_refused_and_leave_nothing => bad_uploads_are_refused_and_leave_nothing;
    oversized_and_broken_uploads_leave_nothing => oversized_and_broken_uploads_leave_nothing;
    the_register_pages_sorts_and_filters => the_register_pages_sorts_and_filters;
    search_finds_text_inside_files_only_for_readers => search_finds_text_inside_files_only_for_readers;
    projects_move_only_where_the_stage_model_allows => projects_move_only_where_the_stage_model_allows;
    forms_upload_and_move_projects_without_javascript => forms_upload_and_move_projects_without_javascript;
    the_demo_work_programme_is_real => the_demo_work_programme_is_real;
    titles_show_in_the_readers_language => titles_show_in_the_readers_language;
}

const MANAGER: &str = "manager@comity.example";
const DELEGATE: &str = "delegate.eos@comity.example";
const CHAIR: &str = "chair@comity.example";
const OTHER_OBSERVER: &str = "observer.tc71@comity.example";

/// How many rows each document table holds: what a refused request must leave unchanged.
async fn rows(app: &TestApp) -> Vec<(&'static str, i64)> {
    let mut rows = Vec::new();
    for table in [
        "documents",
        "document_versions",
        "blobs",
        "blob_chunks",
        "document_texts",
        "counters",
        "projects",
        "project_stages",
    ] {
        rows.push((
            table,
            app.count(&format!("SELECT COUNT(*) FROM {table}")).await,
        ));
    }
    rows
}

fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Registers a document through the API and returns the reply.
async fn register(
    client: &mut Client,
    committee: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> common::Reply {
    client
        .upload(
            &format!("/api/v1/committees/{committee}/documents"),
            fields,
            file,
        )
        .await
}

async fn manager_registers_and_members_download_the_same_bytes(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let pdf = pdf_with_text("Working draft on cannabis seed quality");
    let title = "Projet de norme — مشروع المواصفة 🌱 Café";
    let reply = register(
        &mut manager,
        &tc70,
        &[("title", title), ("kind", "enquiry_draft")],
        Some(("DARS 1234 draft.pdf", &pdf)),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let created = reply.json();
    assert_eq!(created["number"], "ARSO/TC 70 N 1");
    assert_eq!(created["title"], title, "the title round-trips exactly");
    assert_eq!(
        created["draft_name"], "DARS",
        "ARSO names its enquiry drafts DARS"
    );
    assert_eq!(created["status"], "published");
    assert_eq!(created["versions"][0]["version"], 1);
    assert_eq!(created["versions"][0]["sha256"], sha256(&pdf));
    assert_eq!(created["versions"][0]["content_type"], "application/pdf");
    assert_eq!(created["versions"][0]["file_name"], "DARS 1234 draft.pdf");
    let id = created["id"].as_str().expect("id").to_string();
    let file_url = format!("/api/v1/documents/{id}/versions/1/file");

    // A delegate of a P-member downloads exactly what was uploaded.
    let mut delegate = app.signed_in(DELEGATE).await;
    let download = delegate.api("GET", &file_url, None, None).await;
    assert_eq!(download.status, 200);
    assert_eq!(download.bytes, pdf);
    assert_eq!(download.headers[header::CONTENT_TYPE], "application/pdf");
    let disposition = download.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap_or_default();
    assert!(
        disposition.contains("filename*=UTF-8''DARS%201234%20draft.pdf"),
        "{disposition}"
    );
    let page = delegate
        .api("GET", &format!("/api/v1/documents/{id}"), None, None)
        .await
        .json();
    assert_eq!(page["title"], title);
    assert_eq!(page["can_manage"], false);

    // An observer of another committee, a visitor, a stranger: no.
    let mut other = app.signed_in(OTHER_OBSERVER).await;
    assert_eq!(other.api("GET", &file_url, None, None).await.status, 403);
    assert_eq!(
        other
            .api("GET", &format!("/api/v1/documents/{id}"), None, None)
            .await
            .status,
        403
    );
    assert_eq!(
        app.client().api("GET", &file_url, None, None).await.status,
        401
    );
    // Nor may the delegate or the chair register documents.
    for email in [DELEGATE, CHAIR, OTHER_OBSERVER] {
        let mut client = app.signed_in(email).await;
        let reply = register(
            &mut client,
            &tc70,
            &[("title", "X"), ("kind", "other")],
            Some(("x.pdf", &pdf)),
        )
        .await;
        assert_eq!(reply.status, 403, "{email} registered a document");
    }
    let in_tc70 = format!("SELECT COUNT(*) FROM documents WHERE committee_id = '{tc70}'");
    assert_eq!(app.count(&in_tc70).await, 1);
    // The document page shows it to the delegate, with the register number.
    let html = delegate.get(&format!("/documents/{id}")).await;
    assert_eq!(html.status, 200);
    assert!(html.body.contains("ARSO/TC 70 N 1"));
    assert!(html.body.contains("DARS 1234 draft.pdf"));
}

async fn concurrent_registrations_get_different_numbers(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let manager = app.signed_in(MANAGER).await;
    let admin = app.signed_in("arso.admin@comity.example").await;
    let mut tasks = Vec::new();
    for i in 0..8 {
        let mut client = if i % 2 == 0 {
            manager.clone()
        } else {
            admin.clone()
        };
        let tc70 = tc70.clone();
        tasks.push(tokio::spawn(async move {
            let text = format!("Agenda number {i}");
            let reply = register(
                &mut client,
                &tc70,
                &[("title", &text), ("kind", "agenda")],
                Some(("agenda.txt", text.as_bytes())),
            )
            .await;
            assert_eq!(reply.status, 201, "{}", reply.body);
            reply.json()["number"].as_str().expect("number").to_string()
        }));
    }
    let mut numbers = Vec::new();
    for task in tasks {
        numbers.push(task.await.expect("task"));
    }
    numbers.sort_by_key(|n| n.rsplit(' ').next().and_then(|x| x.parse::<i64>().ok()));
    let expected: Vec<String> = (1..=8).map(|n| format!("ARSO/TC 70 N {n}")).collect();
    assert_eq!(
        numbers, expected,
        "eight registrations, eight numbers, none twice"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(DISTINCT number) FROM documents WHERE committee_id = '{tc70}'"
        ))
        .await,
        8
    );
    // Numbers are per committee: TC 71 starts at 1.
    let tc71 = app.committee_id("ARSO/TC 71").await;
    let mut admin = admin;
    let reply = register(
        &mut admin,
        &tc71,
        &[("title", "Agenda"), ("kind", "agenda")],
        Some(("a.txt", b"Agenda")),
    )
    .await;
    assert_eq!(reply.json()["number"], "ARSO/TC 71 N 1");
}

async fn files_are_stored_once_and_versions_numbered(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let docx = docx_with_text("Scope of the draft");
    let blobs_before = app.count("SELECT COUNT(*) FROM blobs").await;
    let chunks_before = app.count("SELECT COUNT(*) FROM blob_chunks").await;
    for title in ["First", "Second"] {
        let reply = register(
            &mut manager,
            &tc70,
            &[("title", title), ("kind", "working_draft")],
            Some(("wd.docx", &docx)),
        )
        .await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        assert_eq!(
            reply.json()["versions"][0]["content_type"],
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM blobs").await,
        blobs_before + 1,
        "the same bytes are stored once"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM blob_chunks").await,
        chunks_before + 1
    );
    let id = app
        .text("SELECT id FROM documents WHERE title = $1", "First")
        .await
        .expect("document");

    // A second version: a 2.5 MiB text file, stored in three chunks and streamed back whole.
    let big: Vec<u8> = "Line of the revised draft, with enough words to be long.\n"
        .repeat(46_000)
        .into_bytes();
    let reply = manager
        .upload(
            &format!("/api/v1/documents/{id}/versions"),
            &[],
            Some(("revised.txt", &big)),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let view = reply.json();
    assert_eq!(view["version_count"], 2);
    assert_eq!(view["versions"][0]["version"], 2, "newest first");
    assert_eq!(view["versions"][0]["size"], big.len());
    assert_eq!(view["versions"][1]["sha256"], sha256(&docx));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM blob_chunks").await,
        chunks_before + 1 + 3
    );
    let two = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{id}/versions/2/file"),
            None,
            None,
        )
        .await;
    assert_eq!(two.bytes, big);
    let one = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{id}/versions/1/file"),
            None,
            None,
        )
        .await;
    assert_eq!(one.bytes, docx);
    let none = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{id}/versions/3/file"),
            None,
            None,
        )
        .await;
    assert_eq!(none.status, 404);
    // A delegate cannot add versions.
    let mut delegate = app.signed_in(DELEGATE).await;
    let refused = delegate
        .upload(
            &format!("/api/v1/documents/{id}/versions"),
            &[],
            Some(("x.txt", b"mine")),
        )
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM document_versions WHERE document_id = '{id}'"
        ))
        .await,
        2
    );
}

async fn drafts_are_for_officers_and_public_documents_for_all(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let reply = register(
        &mut manager,
        &tc70,
        &[
            ("title", "Draft resolutions"),
            ("kind", "resolutions"),
            ("status", "draft"),
        ],
        Some(("resolutions.txt", b"Resolution 1/2026")),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let id = reply.json()["id"].as_str().expect("id").to_string();
    let doc = format!("/api/v1/documents/{id}");
    let list = format!("/api/v1/committees/{tc70}/documents");

    // To be notified: the chair (an officer) reads it; the delegate does not, nor sees it listed.
    let mut chair = app.signed_in(CHAIR).await;
    let mut delegate = app.signed_in(DELEGATE).await;
    assert_eq!(chair.api("GET", &doc, None, None).await.status, 200);
    assert_eq!(delegate.api("GET", &doc, None, None).await.status, 403);
    assert_eq!(
        delegate.api("GET", &list, None, None).await.json()["total"],
        0
    );
    assert_eq!(chair.api("GET", &list, None, None).await.json()["total"], 1);

    // Only its keepers change it.
    let refused = delegate
        .api("PATCH", &doc, Some(json!({"status": "published"})), None)
        .await;
    assert_eq!(refused.status, 403);
    let refused = chair
        .api("PATCH", &doc, Some(json!({"status": "published"})), None)
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(
        app.text("SELECT status FROM documents WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("draft")
    );

    // Circulated: the delegate reads it; a visitor still does not.
    let reply = manager
        .api("PATCH", &doc, Some(json!({"status": "published"})), None)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(delegate.api("GET", &doc, None, None).await.status, 200);
    assert_eq!(
        delegate.api("GET", &list, None, None).await.json()["total"],
        1
    );
    assert_eq!(app.client().api("GET", &doc, None, None).await.status, 401);
    assert_eq!(
        app.client().api("GET", &list, None, None).await.json()["total"],
        0
    );

    // Public: anyone, signed in or not, reads and downloads it.
    let reply = manager
        .api("PATCH", &doc, Some(json!({"public": true})), None)
        .await;
    assert_eq!(reply.json()["public"], true);
    let file = app
        .client()
        .api("GET", &format!("{doc}/versions/1/file"), None, None)
        .await;
    assert_eq!(file.status, 200);
    assert_eq!(file.bytes, b"Resolution 1/2026");
    assert_eq!(
        app.client().api("GET", &list, None, None).await.json()["total"],
        1
    );
    let mut other = app.signed_in(OTHER_OBSERVER).await;
    assert_eq!(other.api("GET", &doc, None, None).await.status, 200);

    // Bad changes are named and change nothing.
    let reply = manager
        .api(
            "PATCH",
            &doc,
            Some(json!({"title": "  ", "kind": "memo", "status": "secret"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    let errors = &reply.json()["errors"];
    for field in ["title", "kind", "status"] {
        assert!(errors[field].is_array(), "no message on {field}: {errors}");
    }
    assert_eq!(
        app.text("SELECT title FROM documents WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("Draft resolutions")
    );
}

async fn bad_uploads_are_refused_and_leave_nothing(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let exe: &[u8] = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00";
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    let before = rows(app).await;
    // (fields, file, the field whose message it is, words the message contains)
    type Case<'a> = (
        Vec<(&'a str, &'a str)>,
        Option<(&'a str, &'a [u8])>,
        &'a str,
        &'a str,
    );
    let cases: Vec<Case> = vec![
        // A program is none of the accepted types; the message lists them.
        (
            vec![("title", "Tool"), ("kind", "other")],
            Some(("tool.exe", exe)),
            "file",
            "PDF, DOCX, XLSX, ODT, ODS, ZIP, TXT, PNG, JPEG",
        ),
        // A picture named like a PDF.
        (
            vec![("title", "Draft"), ("kind", "working_draft")],
            Some(("draft.pdf", png)),
            "file",
            "PNG",
        ),
        (
            vec![("title", "Draft"), ("kind", "working_draft")],
            Some(("empty.pdf", b"")),
            "file",
            "empty",
        ),
        (
            vec![("title", "Draft"), ("kind", "working_draft")],
            None,
            "file",
            "Choose",
        ),
        (
            vec![("title", " "), ("kind", "working_draft")],
            Some(("a.txt", b"text")),
            "title",
            "title",
        ),
        (
            vec![("title", "Draft"), ("kind", "memo")],
            Some(("a.txt", b"text")),
            "kind",
            "kind",
        ),
        (
            vec![
                ("title", "Draft"),
                ("kind", "other"),
                ("project_id", "no-such-project"),
            ],
            Some(("a.txt", b"text")),
            "project_id",
            "project",
        ),
    ];
    for (fields, file, field, words) in cases {
        let reply = register(&mut manager, &tc70, &fields, file).await;
        assert_eq!(reply.status, 422, "{fields:?}: {}", reply.body);
        let message = reply.json()["errors"][field][0]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            message.contains(words),
            "{field}: {message:?} lacks {words:?}"
        );
    }
    // In French, too.
    manager.accept_language = Some("fr".into());
    let reply = register(
        &mut manager,
        &tc70,
        &[("title", "Outil"), ("kind", "other")],
        Some(("tool.exe", exe)),
    )
    .await;
    let message = reply.json()["errors"]["file"][0]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(message.contains("Ce fichier"), "{message}");
    assert_eq!(rows(app).await, before, "a refused upload wrote something");
    // A disbanded committee takes no documents.
    let tc4 = app.committee_id("ARSO/TC 4").await;
    let mut admin = app.signed_in("arso.admin@comity.example").await;
    let reply = admin
        .api(
            "PATCH",
            &format!("/api/v1/committees/{tc4}"),
            Some(json!({"status": "disbanded"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let reply = register(
        &mut admin,
        &tc4,
        &[("title", "Late"), ("kind", "other")],
        Some(("a.txt", b"text")),
    )
    .await;
    assert_eq!(reply.status, 409);
    assert_eq!(rows(app).await, before);
}

async fn oversized_and_broken_uploads_leave_nothing(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let path = format!("/api/v1/committees/{tc70}/documents");
    let before = rows(app).await;
    let (content_type, head) = multipart(
        &[("title", "Huge"), ("kind", "other")],
        Some(("huge.txt", b"")),
    );
    // The head without its closing boundary, then the file's bytes streamed.
    let head =
        head[..head.len() - "\r\n------comity-test-boundary-7MA4YWxkTrZu0gW--\r\n".len()].to_vec();

    // Announced as 2 GB: refused before the body is read.
    let endless =
        futures_util::stream::repeat_with(|| Ok::<_, std::io::Error>(vec![b'a'; 64 * 1024]));
    let request = axum::http::Request::post(&path)
        .header(header::CONTENT_TYPE, &content_type)
        .header(header::CONTENT_LENGTH, (2u64 << 30).to_string())
        .body(Body::from_stream(endless))
        .expect("request");
    let reply = manager.send(request).await;
    assert_eq!(reply.status, 413, "{}", reply.body);
    assert!(reply.json()["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("50 MB"));

    // Not announced (chunked): refused as soon as the file passes 50 MB.
    let chunks = futures_util::stream::iter(
        std::iter::once(head.clone()).chain(std::iter::repeat_n(vec![b'a'; 1024 * 1024], 60)),
    )
    .map(Ok::<_, std::io::Error>);
    let request = axum::http::Request::post(&path)
        .header(header::CONTENT_TYPE, &content_type)
        .body(Body::from_stream(chunks))
        .expect("request");
    let reply = manager.send(request).await;
    assert_eq!(reply.status, 413, "{}", reply.body);

    // Cut off halfway: the connection breaks before the end.
    let broken = futures_util::stream::iter(vec![
        Ok(head.clone()),
        Ok(b"half of a file".to_vec()),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "client went away",
        )),
    ]);
    let request = axum::http::Request::post(&path)
        .header(header::CONTENT_TYPE, &content_type)
        .body(Body::from_stream(broken))
        .expect("request");
    let reply = manager.send(request).await;
    assert!(reply.status.is_client_error(), "{}", reply.status);
    assert_eq!(rows(app).await, before, "a refused upload wrote something");
}

use futures_util::StreamExt;

async fn the_register_pages_sorts_and_filters(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    for (title, kind) in [
        ("Minutes of Rabat", "minutes"),
        ("Agenda of Nairobi", "agenda"),
        ("Beta draft", "committee_draft"),
    ] {
        let reply = register(
            &mut manager,
            &tc70,
            &[("title", title), ("kind", kind)],
            Some(("f.txt", title.as_bytes())),
        )
        .await;
        assert_eq!(reply.status, 201);
    }
    let list = |query: &str| format!("/api/v1/committees/{tc70}/documents{query}");
    let titles = |v: serde_json::Value| -> Vec<String> {
        v["documents"]
            .as_array()
            .expect("documents")
            .iter()
            .map(|d| d["title"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let newest_first = manager.api("GET", &list(""), None, None).await.json();
    assert_eq!(
        titles(newest_first.clone()),
        ["Beta draft", "Agenda of Nairobi", "Minutes of Rabat"]
    );
    assert_eq!(
        newest_first["draft_names"],
        json!(["WD", "CD", "DARS", "FDARS"])
    );
    assert_eq!(
        titles(
            manager
                .api("GET", &list("?sort=title"), None, None)
                .await
                .json()
        ),
        ["Agenda of Nairobi", "Beta draft", "Minutes of Rabat"]
    );
    assert_eq!(
        titles(
            manager
                .api("GET", &list("?sort=number&dir=asc"), None, None)
                .await
                .json()
        ),
        ["Minutes of Rabat", "Agenda of Nairobi", "Beta draft"]
    );
    let agendas = manager
        .api("GET", &list("?kind=agenda"), None, None)
        .await
        .json();
    assert_eq!(titles(agendas.clone()), ["Agenda of Nairobi"]);
    assert_eq!(agendas["total"], 1);
    // Paging: 50 a page; page 2 of three documents is empty but still counts them.
    let page2 = manager
        .api("GET", &list("?page=2"), None, None)
        .await
        .json();
    assert_eq!(page2["documents"], json!([]));
    assert_eq!(page2["total"], 3);
    // The page: the register with its filter, and the upload form for the manager only.
    let html = manager
        .get(&format!("/committees/{tc70}/documents?kind=minutes"))
        .await;
    assert_eq!(html.status, 200);
    assert!(html.body.contains("Minutes of Rabat"));
    assert!(!html.body.contains("Agenda of Nairobi"));
    assert!(html.body.contains("enctype=\"multipart/form-data\""));
    let mut delegate = app.signed_in(DELEGATE).await;
    let html = delegate.get(&format!("/committees/{tc70}/documents")).await;
    assert!(html.body.contains("Agenda of Nairobi"));
    assert!(
        !html.body.contains("multipart/form-data"),
        "no upload form for a delegate"
    );
}

async fn search_finds_text_inside_files_only_for_readers(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let pdf = pdf_with_text("Limits for tetrahydrocannabinol in hemp seed oil");
    let reply = register(
        &mut manager,
        &tc70,
        &[
            ("title", "DARS on hemp seed oil"),
            ("kind", "enquiry_draft"),
        ],
        Some(("dars.pdf", &pdf)),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let docx = docx_with_text("تحديد نسبة القنب في زيت البذور");
    let reply = register(
        &mut manager,
        &tc70,
        &[
            ("title", "Arabic working draft"),
            ("kind", "working_draft"),
            ("status", "draft"),
        ],
        Some(("wd.docx", &docx)),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);

    let search = |q: &str| {
        format!(
            "/api/v1/search?q={}",
            &serde_urlencoded::to_string([("q", q)]).expect("encode")[2..]
        )
    };
    let refs = |v: serde_json::Value| -> Vec<String> {
        v["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| h["title"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    // A phrase from inside the PDF, for a delegate of TC 70.
    let mut delegate = app.signed_in(DELEGATE).await;
    let found = delegate
        .api("GET", &search("tetrahydrocannabinol hemp"), None, None)
        .await
        .json();
    assert_eq!(refs(found.clone()), ["DARS on hemp seed oil"]);
    assert!(found["hits"][0]["snippet"]
        .as_str()
        .unwrap_or_default()
        .contains("tetrahydrocannabinol"));
    assert_eq!(found["hits"][0]["draft_name"], "DARS");
    // Not for an observer of another committee, nor for a visitor.
    let mut other = app.signed_in(OTHER_OBSERVER).await;
    assert_eq!(
        other
            .api("GET", &search("tetrahydrocannabinol"), None, None)
            .await
            .json()["total"],
        0
    );
    assert_eq!(
        app.client()
            .api("GET", &search("tetrahydrocannabinol"), None, None)
            .await
            .json()["total"],
        0
    );
    // Arabic text from inside a DOCX: found by the chair (it is to be notified), not by the delegate.
    let mut chair = app.signed_in(CHAIR).await;
    assert_eq!(
        refs(
            chair
                .api("GET", &search("زيت البذور"), None, None)
                .await
                .json()
        ),
        ["Arabic working draft"]
    );
    assert_eq!(
        delegate
            .api("GET", &search("زيت البذور"), None, None)
            .await
            .json()["total"],
        0
    );
    // Titles are searched too; syntax characters are just words.
    assert_eq!(
        refs(
            delegate
                .api("GET", &search("hemp OR \"oil*"), None, None)
                .await
                .json()
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        refs(
            delegate
                .api("GET", &search("DARS hemp"), None, None)
                .await
                .json()
        ),
        ["DARS on hemp seed oil"]
    );
    assert_eq!(
        delegate.api("GET", &search(""), None, None).await.json()["total"],
        0
    );
    // French text from inside an ODT.
    let odt = odt_with_text("Évaluation de la conformité des graines de chanvre");
    let reply = register(
        &mut manager,
        &tc70,
        &[("title", "Projet en français"), ("kind", "committee_draft")],
        Some(("cd.odt", &odt)),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(
        reply.json()["versions"][0]["content_type"],
        "application/vnd.oasis.opendocument.text"
    );
    assert_eq!(
        refs(
            delegate
                .api("GET", &search("conformité graines"), None, None)
                .await
                .json()
        ),
        ["Projet en français"]
    );
    // The search page shows the same.
    let page = delegate.get("/search?q=tetrahydrocannabinol").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("DARS on hemp seed oil"));
}

async fn projects_move_only_where_the_stage_model_allows(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let path = format!("/api/v1/committees/{tc70}/projects");
    let reply = manager
        .api("POST", &path, Some(json!({"title": "Cannabis seeds — Specification", "title_fr": "Graines de cannabis — Spécification", "stage": "30.99", "target_date": "2027-06-30"})), None)
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let project = reply.json();
    assert_eq!(project["reference"], "ARSO 1", "the body's next number");
    assert_eq!(project["stage"], "30.99");
    let id = project["id"].as_str().expect("id").to_string();
    let stage = format!("/api/v1/projects/{id}/stage");

    // Others may not register or move projects.
    let mut delegate = app.signed_in(DELEGATE).await;
    assert_eq!(
        delegate
            .api("POST", &path, Some(json!({"title": "Mine"})), None)
            .await
            .status,
        403
    );
    assert_eq!(
        delegate
            .api("POST", &stage, Some(json!({"stage": "40.00"})), None)
            .await
            .status,
        403
    );
    assert_eq!(
        app.client()
            .api("POST", &stage, Some(json!({"stage": "40.00"})), None)
            .await
            .status,
        401
    );

    // 30.99 → 40.00 is allowed; 40.00 → 60.60 is not, and the message says what is.
    let reply = manager
        .api(
            "POST",
            &stage,
            Some(
                json!({"stage": "40.00", "reason": "CD consensus reached at the Nairobi meeting"}),
            ),
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let view = reply.json();
    assert_eq!(view["project"]["stage"], "40.00");
    assert_eq!(view["history"].as_array().map(Vec::len), Some(2));
    assert_eq!(view["history"][1]["from_stage"], "30.99");
    assert_eq!(view["history"][1]["to_stage"], "40.00");
    assert_eq!(view["history"][1]["actor"], "Salma Bennani");
    assert_eq!(
        view["history"][1]["reason"],
        "CD consensus reached at the Nairobi meeting"
    );
    assert_eq!(view["next_stages"], json!(["40.20", "40.98"]));
    let reply = manager
        .api("POST", &stage, Some(json!({"stage": "60.60"})), None)
        .await;
    assert_eq!(reply.status, 422);
    let message = reply.json()["errors"]["stage"][0]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(message.contains("40.20"), "{message}");
    for bad in ["4000", "70.00", ""] {
        assert_eq!(
            manager
                .api("POST", &stage, Some(json!({"stage": bad})), None)
                .await
                .status,
            422,
            "{bad}"
        );
    }
    assert_eq!(
        app.text("SELECT stage FROM projects WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("40.00")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM project_stages WHERE project_id = '{id}'"
        ))
        .await,
        2
    );

    // Duplicate and malformed references, bad dates and stages are named.
    let reply = manager
        .api("POST", &path, Some(json!({"reference": "arso 1", "title": "", "stage": "60.60", "target_date": "2027-02-30"})), None)
        .await;
    assert_eq!(reply.status, 422);
    let errors = reply.json()["errors"].clone();
    for field in ["reference", "title", "stage", "target_date"] {
        assert!(errors[field].is_array(), "no message on {field}: {errors}");
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM projects WHERE committee_id = '{tc70}'"
        ))
        .await,
        1
    );

    // A document attached to the project shows on the project, with the stage it came at.
    let reply = register(
        &mut manager,
        &tc70,
        &[
            ("title", "DARS 1"),
            ("kind", "enquiry_draft"),
            ("project_id", &id),
        ],
        Some(("dars.txt", b"DARS text")),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(reply.json()["project_reference"], "ARSO 1");
    let view = delegate
        .api("GET", &format!("/api/v1/projects/{id}"), None, None)
        .await
        .json();
    assert_eq!(view["documents"][0]["title"], "DARS 1");
    assert_eq!(view["documents"][0]["project_stage"], "40.00");
    assert_eq!(view["can_manage"], false);
    // The pages: the work programme with its stage badge, the project's timeline.
    let programme = app
        .client()
        .get(&format!("/committees/{tc70}/projects"))
        .await;
    assert_eq!(programme.status, 200);
    assert!(programme.body.contains("ARSO 1") && programme.body.contains("40.00"));
    assert!(programme.body.contains("2027-06-30"));
    let page = delegate.get(&format!("/projects/{id}")).await;
    assert!(
        page.body.contains("30.99")
            && page
                .body
                .contains("CD consensus reached at the Nairobi meeting")
    );
}

async fn forms_upload_and_move_projects_without_javascript(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    // The register's upload form posts multipart to the page's own address.
    let (content_type, body) = multipart(
        &[
            ("title", "Agenda for Kigali"),
            ("kind", "agenda"),
            ("status", "published"),
        ],
        Some(("agenda.txt", b"1. Opening")),
    );
    let request = axum::http::Request::post(format!("/committees/{tc70}/documents"))
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, "text/html")
        .body(Body::from(body))
        .expect("request");
    let reply = manager.send(request).await;
    assert!(reply.status.is_redirection(), "{}", reply.status);
    let to = reply.location().expect("location");
    assert!(to.starts_with("/documents/"), "{to}");
    let page = manager.get(&to).await;
    assert!(page.body.contains("ARSO/TC 70 N 1") && page.body.contains("Agenda for Kigali"));

    // The change form: back to "to be notified", attached to no project, title kept exactly.
    let id = to.trim_start_matches("/documents/").to_string();
    let page = manager
        .submit(
            &to,
            &[
                ("title", "Agenda for Kigali — كيغالي"),
                ("kind", "agenda"),
                ("status", "draft"),
                ("project_id", ""),
            ],
        )
        .await;
    assert!(page.body.contains("The document is changed."));
    assert_eq!(
        app.text("SELECT status FROM documents WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("draft")
    );
    assert_eq!(
        app.text("SELECT title FROM documents WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("Agenda for Kigali — كيغالي")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT is_public FROM documents WHERE id = '{id}'"
        ))
        .await,
        0
    );
    // A refused upload comes back to the register with the message on the file field.
    let (content_type, body) = multipart(
        &[("title", "Agenda"), ("kind", "agenda")],
        Some(("agenda.pdf", b"1. Opening")),
    );
    let request = axum::http::Request::post(format!("/committees/{tc70}/documents"))
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, "text/html")
        .body(Body::from(body))
        .expect("request");
    let reply = manager.send(request).await;
    assert_eq!(
        reply.location().as_deref(),
        Some(format!("/committees/{tc70}/documents").as_str())
    );
    let page = manager.get(&format!("/committees/{tc70}/documents")).await;
    assert!(
        page.body.contains("agenda.pdf"),
        "the refusal names the file"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM documents WHERE committee_id = '{tc70}'"
        ))
        .await,
        1
    );

    // Projects: register, then move by form.
    let page = manager
        .submit(
            &format!("/committees/{tc70}/projects"),
            &[
                ("title", "Hemp fibre — Vocabulary"),
                ("reference", ""),
                ("stage", "30.99"),
                ("target_date", ""),
            ],
        )
        .await;
    assert!(
        page.body.contains("Hemp fibre — Vocabulary"),
        "{}",
        page.body.len()
    );
    let id = app
        .text(
            "SELECT id FROM projects WHERE title_en = $1",
            "Hemp fibre — Vocabulary",
        )
        .await
        .expect("project");
    let page = manager
        .submit(
            &format!("/projects/{id}/stage"),
            &[
                ("stage", "40.00"),
                ("reason", "Ready for enquiry"),
                ("target_date", ""),
            ],
        )
        .await;
    assert!(page.body.contains("Ready for enquiry"));
    assert_eq!(
        app.text("SELECT stage FROM projects WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("40.00")
    );
    // The delegate's form post is refused and changes nothing.
    let mut delegate = app.signed_in(DELEGATE).await;
    let reply = delegate
        .post_form(&format!("/projects/{id}/stage"), &[("stage", "40.20")])
        .await;
    assert!(reply.status.is_redirection());
    assert_eq!(
        app.text("SELECT stage FROM projects WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("40.00")
    );
}

async fn the_demo_work_programme_is_real(app: &TestApp) {
    app.with_demo().await;
    let tc1 = app.committee_id("SMIIC/TC 1").await;
    let programme = app
        .client()
        .api(
            "GET",
            &format!("/api/v1/committees/{tc1}/projects"),
            None,
            None,
        )
        .await
        .json();
    let revision = &programme["projects"][0];
    assert_eq!(revision["reference"], "OIC/SMIIC 1");
    assert_eq!(revision["stage"], "40.20");
    let id = revision["id"].as_str().expect("id");
    let project = app
        .client()
        .api("GET", &format!("/api/v1/projects/{id}"), None, None)
        .await
        .json();
    assert_eq!(project["history"].as_array().map(Vec::len), Some(3));
    // A TSE delegate (TSE is a P-member) reads the circulated documents, not the one to be notified.
    let mut delegate = app.signed_in("officer.tse@comity.example").await;
    let list = delegate
        .api(
            "GET",
            &format!("/api/v1/committees/{tc1}/documents"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(list["total"], 2);
    assert_eq!(list["draft_names"], json!(["WD", "CD", "DS", "FDS"]));
    let found = delegate
        .api("GET", "/api/v1/search?q=slaughtering", None, None)
        .await
        .json();
    assert_eq!(found["hits"][0]["number"], "SMIIC/TC 1 N 2");
    assert_eq!(found["hits"][0]["draft_name"], "DS");
    assert_eq!(
        project["documents"].as_array().map(Vec::len),
        Some(0),
        "a visitor sees none of them"
    );
    let mut admin = app.signed_in("admin@comity.example").await;
    let list = admin
        .api(
            "GET",
            &format!("/api/v1/committees/{tc1}/documents"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(list["total"], 3);
    // The API's description lists the document and work-programme operations.
    let openapi = app
        .client()
        .api("GET", "/api/v1/openapi.json", None, None)
        .await
        .json();
    for path in [
        "/api/v1/committees/{id}/documents",
        "/api/v1/documents/{id}/versions/{n}/file",
        "/api/v1/projects/{id}/stage",
        "/api/v1/search",
    ] {
        assert!(
            openapi["paths"][path].is_object(),
            "{path} missing from the OpenAPI document"
        );
    }
}

/// A document's title in French and Arabic: given at registration (API) and through the change
/// form, shown to readers of that language, English marked as such where there is none; a
/// too-long translation is named and changes nothing.
async fn titles_show_in_the_readers_language(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in(MANAGER).await;
    let pdf = pdf_with_text("Hemp seed");
    let reply = register(
        &mut manager,
        &tc70,
        &[
            ("title", "Hemp seed — Specification"),
            ("title_fr", "  Graines de chanvre — Spécification "),
            ("title_ar", ""),
            ("kind", "working_draft"),
        ],
        Some(("hemp.pdf", &pdf)),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let created = reply.json();
    assert_eq!(created["title_fr"], "Graines de chanvre — Spécification");
    assert_eq!(
        created["title_ar"],
        serde_json::Value::Null,
        "empty is none"
    );
    let id = created["id"].as_str().expect("id").to_string();

    let mut delegate = app.signed_in(DELEGATE).await;
    delegate.accept_language = Some("fr".into());
    let page = delegate.get(&format!("/documents/{id}")).await;
    assert!(
        page.body
            .contains("<span lang=\"fr\" dir=\"ltr\">Graines de chanvre — Spécification</span>"),
        "{}",
        page.body
    );
    let register_page = delegate.get(&format!("/committees/{tc70}/documents")).await;
    assert!(register_page
        .body
        .contains("<span lang=\"fr\" dir=\"ltr\">Graines de chanvre — Spécification</span>"));
    delegate.accept_language = Some("ar".into());
    let page = delegate.get(&format!("/documents/{id}")).await;
    assert!(
        page.body.contains(
            "<span lang=\"en\" dir=\"ltr\">Hemp seed — Specification</span> <span class=\"fallback-mark\">(بالإنجليزية)</span>"
        ),
        "{}",
        page.body
    );

    // The change form adds the Arabic title; a translation over 500 characters is refused.
    let long = "ب".repeat(501);
    let refused = manager
        .post_form(
            &format!("/documents/{id}"),
            &[
                ("title", "Hemp seed — Specification"),
                ("title_fr", "Graines de chanvre — Spécification"),
                ("title_ar", &long),
                ("kind", "working_draft"),
                ("status", "published"),
            ],
        )
        .await;
    assert_eq!(refused.status, 303);
    let form = manager.get(&format!("/documents/{id}")).await;
    assert!(form.body.contains("field-title_ar-error"), "{}", form.body);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM documents WHERE id = '{id}' AND title_ar IS NULL"
        ))
        .await,
        1,
        "nothing written"
    );
    let saved = manager
        .post_form(
            &format!("/documents/{id}"),
            &[
                ("title", "Hemp seed — Specification"),
                ("title_fr", "Graines de chanvre — Spécification"),
                ("title_ar", "بذور القنب — المواصفة"),
                ("kind", "working_draft"),
                ("status", "published"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let page = delegate.get(&format!("/documents/{id}")).await;
    assert!(page
        .body
        .contains("<span lang=\"ar\" dir=\"rtl\">بذور القنب — المواصفة</span>"));
    // An API change that leaves the translations out keeps them.
    let changed = manager
        .api(
            "PATCH",
            &format!("/api/v1/documents/{id}"),
            Some(json!({ "title": "Hemp seed — Requirements" })),
            None,
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.json()["title_ar"], "بذور القنب — المواصفة");
    assert_eq!(
        changed.json()["title_fr"],
        "Graines de chanvre — Spécification"
    );
}
