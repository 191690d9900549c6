//! The dashboard on SQLite and PostgreSQL: what needs each person by their roles — the
//! manager's late agenda and overdue minutes and comments to decide, the officers' ballots,
//! comments to consolidate and registrations closing — and nothing for a stranger.

mod common;

use common::{pdf_with_text, rfc3339, schedule, Client, TestApp};
use serde_json::{json, Value};

on_both_databases! {
    each_role_sees_what_needs_it => each_role_sees_what_needs_it;
}

const DAY_MS: i64 = 24 * 3_600_000;

fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond() / 60_000 * 60_000
}

async fn dashboard(client: &mut Client) -> Value {
    let reply = client.api("GET", "/api/v1/me/dashboard", None, None).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.json()
}

fn titles(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|i| i["title"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn each_role_sees_what_needs_it(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let now = now_ms();

    // A plenary in 30 days with no agenda (due 16 weeks before: late already), registration
    // closing in 10 days; a meeting that ended 40 days ago without minutes (due 4 weeks after).
    let plenary = json!({"title": "Plenary in a month", "kind": "plenary", "mode": "in_person",
        "time_zone": "Africa/Nairobi", "starts_at": rfc3339(now + 30 * DAY_MS),
        "ends_at": rfc3339(now + 31 * DAY_MS), "venue": "KEBS, Nairobi",
        "registration_deadline": rfc3339(now + 10 * DAY_MS)});
    schedule(&mut manager, &tc70, plenary).await;
    let past = json!({"title": "Meeting without minutes", "kind": "wg", "mode": "virtual",
        "time_zone": "Africa/Nairobi", "starts_at": rfc3339(now - 41 * DAY_MS),
        "ends_at": rfc3339(now - 40 * DAY_MS), "join_url": "https://meet.example/wg"});
    schedule(&mut manager, &tc70, past).await;
    let ballot = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(
                json!({"kind": "CIB", "title": "Dashboard ballot", "question": "Agree?",
                "closes_at": rfc3339(now + 14 * DAY_MS)}),
            ),
            None,
        )
        .await;
    assert_eq!(ballot.status, 201, "{}", ballot.body);
    let pdf = pdf_with_text("Hemp");
    let document = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[("title", "Hemp seed CD"), ("kind", "committee_draft")],
            Some(("hemp.pdf", &pdf)),
        )
        .await;
    assert_eq!(document.status, 201, "{}", document.body);
    let document = document.json()["id"].as_str().expect("id").to_string();

    // EOS's delegate drafts a comment: EOS's officer has it to consolidate.
    let mut delegate = app.signed_in("delegate.eos@comity.example").await;
    let drafted = delegate
        .api(
            "POST",
            &format!("/api/v1/documents/{document}/comments"),
            Some(
                json!({"member_body": "EOS", "line": "3", "clause": "4.1", "kind": "te",
                "comment": "Cite the method.", "proposed_change": "Add ISO 750."}),
            ),
            None,
        )
        .await;
    assert_eq!(drafted.status, 201, "{}", drafted.body);
    let comment = drafted.json();
    // EOS's officer reads TC 70's drafts once nominated a delegate (as the comments journey
    // does); their dashboard lists the draft to consolidate.
    let mut eos = app.signed_in("officer.eos@comity.example").await;
    let officer_id = app.user_id("officer.eos@comity.example").await;
    let nominated = eos
        .post_form(
            &format!("/committees/{tc70}/delegates"),
            &[("user_id", officer_id.as_str())],
        )
        .await;
    assert_eq!(nominated.status, 303);
    let mine = dashboard(&mut eos).await;
    let consolidate = &mine["comments_to_consolidate"][0];
    assert_eq!(consolidate["title"], "Hemp seed CD");
    assert_eq!(consolidate["member_body"], "EOS");
    assert_eq!(consolidate["count"], 1);
    assert_eq!(
        consolidate["link"],
        format!("/documents/{document}/comments")
    );
    assert!(mine["ballots"]
        .as_array()
        .expect("ballots")
        .iter()
        .any(|b| b["ballot"]["title"] == "Dashboard ballot" && b["member_body"] == "EOS"));

    // Submitted, it leaves the officer's list and reaches the secretariat's.
    let submitted = eos
        .api(
            "POST",
            &format!("/api/v1/documents/{document}/comments/submit"),
            Some(json!({"member_body": "EOS", "seen": [{"id": comment["id"], "version": comment["version"]}]})),
            None,
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert_eq!(
        dashboard(&mut eos).await["comments_to_consolidate"],
        json!([])
    );

    let mine = dashboard(&mut manager).await;
    assert_eq!(titles(&mine["dispositions_to_record"]), ["Hemp seed CD"]);
    assert_eq!(mine["dispositions_to_record"][0]["count"], 1);
    assert_eq!(titles(&mine["agendas_due"]), ["Plenary in a month"]);
    assert_eq!(mine["agendas_due"][0]["overdue"], true);
    assert_eq!(titles(&mine["minutes_due"]), ["Meeting without minutes"]);
    assert_eq!(mine["minutes_due"][0]["overdue"], true);
    // The manager is no officer: no ballots to vote, no registrations to make.
    assert_eq!(mine["ballots"], json!([]));
    assert_eq!(mine["registrations_closing"], json!([]));

    // KEBS's officer: the ballot and the registration closing in 10 days.
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let mine = dashboard(&mut kebs).await;
    assert!(mine["ballots"]
        .as_array()
        .expect("ballots")
        .iter()
        .any(|b| b["ballot"]["title"] == "Dashboard ballot" && b["member_body"] == "KEBS"));
    assert_eq!(
        titles(&mine["registrations_closing"]),
        ["Plenary in a month"]
    );
    assert_eq!(mine["registrations_closing"][0]["overdue"], false);
    assert_eq!(mine["agendas_due"], json!([]));

    // A stranger to TC 70 has nothing; signed out is 401.
    let mut stranger = app.signed_in("observer.tc71@comity.example").await;
    let nothing = dashboard(&mut stranger).await;
    for list in [
        "ballots",
        "comments_to_consolidate",
        "dispositions_to_record",
        "agendas_due",
        "minutes_due",
        "registrations_closing",
    ] {
        assert_eq!(nothing[list], json!([]), "{list}");
    }
    assert_eq!(
        app.client()
            .api("GET", "/api/v1/me/dashboard", None, None)
            .await
            .status,
        401
    );

    // The page says it in the reader's language, with each item linked.
    let page = manager.get("/dashboard").await;
    assert_eq!(page.status, 200);
    for shown in [
        "Agendas to publish",
        "Plenary in a month",
        "Overdue since",
        "Minutes to circulate",
        "Comments awaiting the secretariat's decision",
    ] {
        assert!(page.body.contains(shown), "{shown}: {}", page.body);
    }
    manager.accept_language = Some("fr".into());
    let page = manager.get("/dashboard").await;
    assert!(
        page.body.contains("Ordres du jour à publier"),
        "{}",
        page.body
    );
    let page = stranger.get("/dashboard").await;
    assert!(page.body.contains("Nothing needs you right now."));
}
