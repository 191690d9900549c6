//! Notifications in the portal for ballots and documents, on SQLite and PostgreSQL: opening a
//! ballot and circulating a document tell the committee's people (not the person who acted),
//! in each reader's language; a draft tells nobody until it is circulated.

mod common;

use common::{pdf_with_text, Client, TestApp};
use serde_json::json;

on_both_databases! {
    ballots_and_documents_notify_the_committee => ballots_and_documents_notify_the_committee;
}

async fn texts(client: &mut Client) -> Vec<String> {
    let reply = client
        .api("GET", "/api/v1/me/notifications", None, None)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()["notifications"]
        .as_array()
        .expect("notifications")
        .iter()
        .map(|n| n["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn ballots_and_documents_notify_the_committee(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let mut observer = app.signed_in("observer.tc71@comity.example").await;
    let before = texts(&mut officer).await.len();

    // A ballot opened at once: KEBS's officer hears of it with its closing time in the
    // committee's zone; the manager who opened it and another committee's observer do not.
    let opened = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(
                json!({"kind": "CIB", "title": "Meet in Nairobi", "question": "Meet in Nairobi?",
                "closes_at": "2099-03-01T12:00:00Z"}),
            ),
            None,
        )
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let told = texts(&mut officer).await;
    assert_eq!(told.len(), before + 1);
    assert_eq!(
        told[0],
        "ARSO/TC 70: the ballot “Meet in Nairobi” is open until 1 Mar 2099, 15:00 (UTC+03:00)."
    );
    assert!(texts(&mut manager)
        .await
        .iter()
        .all(|t| !t.contains("Meet in Nairobi")));
    assert!(texts(&mut observer)
        .await
        .iter()
        .all(|t| !t.contains("Meet in Nairobi")));
    officer.accept_language = Some("fr".into());
    assert_eq!(
        texts(&mut officer).await[0],
        "ARSO/TC 70 : le scrutin « Meet in Nairobi » est ouvert jusqu’au 1er mars 2099 à 15:00 (UTC+03:00)."
    );

    // A draft document tells nobody; circulating it tells the committee.
    let pdf = pdf_with_text("Hemp seed");
    let draft = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[
                ("title", "Hemp seed draft"),
                ("kind", "working_draft"),
                ("status", "draft"),
            ],
            Some(("hemp.pdf", &pdf)),
        )
        .await;
    assert_eq!(draft.status, 201, "{}", draft.body);
    let draft = draft.json();
    let id = draft["id"].as_str().expect("id");
    assert!(texts(&mut officer)
        .await
        .iter()
        .all(|t| !t.contains("Hemp seed draft")));
    let circulated = manager
        .api(
            "PATCH",
            &format!("/api/v1/documents/{id}"),
            Some(json!({"status": "published"})),
            None,
        )
        .await;
    assert_eq!(circulated.status, 200, "{}", circulated.body);
    officer.accept_language = Some("en".into());
    assert_eq!(
        texts(&mut officer).await[0],
        format!(
            "ARSO/TC 70: {} “Hemp seed draft” is circulated.",
            draft["number"].as_str().expect("number")
        )
    );
    // Changed again while circulated: nobody is told twice.
    let renamed = manager
        .api(
            "PATCH",
            &format!("/api/v1/documents/{id}"),
            Some(json!({"title": "Hemp seed"})),
            None,
        )
        .await;
    assert_eq!(renamed.status, 200);
    assert_eq!(
        texts(&mut officer)
            .await
            .iter()
            .filter(|t| t.contains("is circulated"))
            .count(),
        1
    );
}
