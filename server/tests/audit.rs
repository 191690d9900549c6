//! The audit trail on SQLite and PostgreSQL: state changes that matter become hash-chained
//! events in their own transaction; the portal administrator sees the chain intact, a
//! committee manager their committee's events only; editing a row by hand breaks the chain,
//! and `comity audit verify` names the event.

mod common;

use std::process::Command;

use common::{Client, TestApp};
use serde_json::{json, Value};

on_both_databases! {
    changes_are_chained_and_tampering_is_found => changes_are_chained_and_tampering_is_found;
    concurrent_votes_keep_one_chain => concurrent_votes_keep_one_chain;
}

async fn open_cib(manager: &mut Client, committee: &str, title: &str) -> String {
    let reply = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{committee}/ballots"),
            Some(
                json!({"kind": "CIB", "title": title, "question": "Meet in Nairobi?",
                "closes_at": "2099-03-01T12:00:00Z"}),
            ),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["id"].as_str().expect("id").to_string()
}

async fn vote(client: &mut Client, ballot: &str, code: &str, position: &str) {
    let reply = client
        .api(
            "PUT",
            &format!("/api/v1/ballots/{ballot}/votes/{code}"),
            Some(json!({"position": position})),
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
}

fn kinds(page: &Value) -> Vec<String> {
    page["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn verify(app: &TestApp) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(["audit", "verify"])
        .env("DATABASE_URL", &app.database_url)
        .env("COMITY_LOG", "error")
        .output()
        .expect("the comity binary runs")
}

async fn changes_are_chained_and_tampering_is_found(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let ballot = open_cib(&mut manager, &tc70, "Audit check ballot").await;
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    vote(&mut officer, &ballot, "kebs", "approve").await;
    vote(&mut officer, &ballot, "kebs", "disapprove").await;

    // The administrator sees the whole trail, newest first, and the chain intact.
    let mut admin = app.signed_in("admin@comity.example").await;
    let page = admin.api("GET", "/api/v1/audit", None, None).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let page = page.json();
    assert_eq!(page["chain"]["intact"], true, "{page}");
    assert_eq!(
        kinds(&page)[..3],
        ["vote_changed", "vote_cast", "ballot_opened"]
    );
    let changed = &page["events"][0];
    assert_eq!(changed["subject"], "Audit check ballot");
    assert_eq!(changed["after"], "KEBS disapprove");
    assert_eq!(changed["actor"], "Peter Otieno");
    assert_eq!(changed["committee_id"], tc70.as_str());
    let total = page["chain"]["events"].as_i64().expect("events");
    assert!(total > 3, "the demo's own changes are in the chain too");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_events").await, total);
    // The administrator's page says the same, in their language.
    let html = admin.get("/admin/audit").await;
    assert_eq!(html.status, 200);
    assert!(
        html.body
            .contains(&format!("The chain is intact: all {total} events hold.")),
        "{}",
        html.body
    );
    assert!(html.body.contains("Vote changed"));
    admin.accept_language = Some("fr".into());
    let html = admin.get("/admin/audit").await;
    assert!(html.body.contains("Vote modifié"), "{}", html.body);
    admin.accept_language = Some("en".into());
    // The manager's page of TC 70; the whole trail is not theirs.
    let html = manager.get(&format!("/committees/{tc70}/audit")).await;
    assert!(html.body.contains("Audit check ballot"), "{}", html.body);
    assert!(!html.body.contains("The chain is"));
    let html = manager.get("/admin/audit").await;
    assert_eq!(html.status, 403);
    let ok = verify(app);
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    assert_eq!(
        String::from_utf8_lossy(&ok.stdout).trim(),
        format!("the audit trail is intact: {total} events")
    );

    // The committee's manager sees TC 70's events, not the whole trail.
    let own = manager
        .api(
            "GET",
            &format!("/api/v1/committees/{tc70}/audit"),
            None,
            None,
        )
        .await;
    assert_eq!(own.status, 200);
    let own = own.json();
    assert_eq!(own["chain"], Value::Null);
    assert!(own["events"]
        .as_array()
        .expect("events")
        .iter()
        .all(|e| e["committee_id"] == tc70.as_str()));
    assert_eq!(kinds(&own)[0], "vote_changed");
    // Nobody else: the whole trail is the administrator's; another committee's is its
    // manager's; signed out is 401.
    assert_eq!(
        manager.api("GET", "/api/v1/audit", None, None).await.status,
        403
    );
    let tc71 = app.committee_id("ARSO/TC 71").await;
    assert_eq!(
        manager
            .api(
                "GET",
                &format!("/api/v1/committees/{tc71}/audit"),
                None,
                None
            )
            .await
            .status,
        403
    );
    assert_eq!(
        officer
            .api(
                "GET",
                &format!("/api/v1/committees/{tc70}/audit"),
                None,
                None
            )
            .await
            .status,
        403
    );
    assert_eq!(
        app.client()
            .api("GET", "/api/v1/audit", None, None)
            .await
            .status,
        401
    );

    // A refused change writes no event.
    let before = app.count("SELECT COUNT(*) FROM audit_events").await;
    let refused = officer
        .api(
            "PUT",
            &format!("/api/v1/ballots/{ballot}/votes/kebs"),
            Some(json!({"position": "maybe"})),
            None,
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_events").await, before);

    // Someone edits the vote's event by hand: the chain breaks there, and the command names it.
    let seq = app
        .count("SELECT MAX(seq) FROM audit_events WHERE kind = 'vote_cast'")
        .await;
    sqlx::query("UPDATE audit_events SET after_value = 'KEBS abstain' WHERE seq = $1")
        .bind(seq)
        .execute(&app.state.pool)
        .await
        .expect("tamper");
    let page = admin.api("GET", "/api/v1/audit", None, None).await.json();
    assert_eq!(page["chain"]["intact"], false);
    assert_eq!(page["chain"]["broken_at"], seq);
    assert_eq!(page["chain"]["reason"], "altered");
    let html = admin.get("/admin/audit").await;
    assert!(
        html.body.contains(&format!(
            "The chain is broken at event {seq}: its content no longer matches its fingerprint (changed by hand)."
        )),
        "{}",
        html.body
    );
    let broken = verify(app);
    assert_eq!(broken.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(
        stderr.contains(&format!(
            "the audit trail is broken at event {seq} (vote_cast, “Audit check ballot”,"
        )) && stderr.contains("its fields no longer match its hash"),
        "{stderr}"
    );
    // Put back, the chain holds again; removing the newest event is found too.
    sqlx::query("UPDATE audit_events SET after_value = 'KEBS approve' WHERE seq = $1")
        .bind(seq)
        .execute(&app.state.pool)
        .await
        .expect("restore");
    assert_eq!(verify(app).status.code(), Some(0));
    sqlx::query("DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)")
        .execute(&app.state.pool)
        .await
        .expect("remove");
    let page = admin.api("GET", "/api/v1/audit", None, None).await.json();
    assert_eq!(page["chain"]["reason"], "missing", "{}", page["chain"]);
    assert_eq!(page["chain"]["broken_at"], total);
}

/// Five officers vote at once on the same ballot: each vote is one event, in one chain
/// without forks or gaps.
async fn concurrent_votes_keep_one_chain(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let ballot = open_cib(&mut manager, &tc70, "Concurrent ballot").await;
    let mut officers = Vec::new();
    for code in ["imanor", "kebs", "son", "eos", "asn"] {
        officers.push((
            code,
            app.signed_in(&format!("officer.{code}@comity.example"))
                .await,
        ));
    }
    let votes = officers.into_iter().map(|(code, mut client)| {
        let ballot = ballot.clone();
        async move { vote(&mut client, &ballot, code, "approve").await }
    });
    futures_util::future::join_all(votes).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_events WHERE kind = 'vote_cast'")
            .await,
        5
    );
    let mut admin = app.signed_in("admin@comity.example").await;
    let page = admin.api("GET", "/api/v1/audit", None, None).await.json();
    assert_eq!(page["chain"]["intact"], true, "{}", page["chain"]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_events").await,
        app.count("SELECT MAX(seq) FROM audit_events").await
    );
}
