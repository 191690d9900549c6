//! Ballots over the JSON API, on SQLite and PostgreSQL: who may vote for whom, changes of vote
//! with their history, refusals, concurrent votes, late votes and closing with the outcome.

mod common;

use common::{TestApp, DEMO_PASSWORD};
use serde_json::json;

on_both_databases! {
    officers_vote_and_the_result_follows_the_rules => officers_vote_and_the_result_follows_the_rules;
    concurrent_votes_leave_one_current_vote => concurrent_votes_leave_one_current_vote;
    due_ballots_close_once_whichever_instance_runs_the_job => due_ballots_close_once_whichever_instance_runs_the_job;
    scheduled_ballots_open_at_their_time_with_the_electorate_of_then => scheduled_ballots_open_at_their_time_with_the_electorate_of_then;
    the_closing_time_moves_and_ballots_cancel_with_a_reason => the_closing_time_moves_and_ballots_cancel_with_a_reason;
    the_body_rule_profile_decides => the_body_rule_profile_decides;
    a_thousand_member_bodies_vote_at_once => a_thousand_member_bodies_vote_at_once;
}

/// Makes demo people officers of member bodies of ARSO/TC 70, through the API.
async fn officers(app: &TestApp) {
    let mut admin = app.signed_in("admin@comity.example").await;
    for (code, email) in [
        ("EOS", "delegate.eos@comity.example"),
        ("ASN", "observer@comity.example"),
        ("GSA", "observer.tc71@comity.example"),
    ] {
        let user = app.user_id(email).await;
        let reply = admin
            .api(
                "PUT",
                &format!("/api/v1/member-bodies/{code}/roles/{user}"),
                Some(json!({"role": "officer"})),
                None,
            )
            .await;
        assert!(reply.status.is_success(), "{code}: {}", reply.body);
    }
}

/// Registers an enquiry draft in TC 70 and opens a ballot of `kind` on it; returns its id.
async fn open_ballot(app: &TestApp, kind: &str) -> String {
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let doc = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[("title", "DARS 1"), ("kind", "enquiry_draft")],
            Some(("dars.txt", b"DARS text")),
        )
        .await
        .json();
    let reply = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(json!({"kind": kind, "title": "Enquiry on DARS 1", "question": "Do you approve DARS 1?", "document_id": doc["id"], "closes_at": "2099-01-01T12:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let ballot = reply.json();
    assert_eq!(ballot["p_members"], 5, "IMANOR, KEBS, SON, EOS, ASN");
    if kind == "DIS" {
        assert_eq!(
            ballot["kind_name"], "DARS",
            "ARSO's name for an enquiry ballot"
        );
    }
    ballot["id"].as_str().expect("id").to_string()
}

async fn officers_vote_and_the_result_follows_the_rules(app: &TestApp) {
    app.with_demo().await;
    officers(app).await;
    let id = open_ballot(app, "DIS").await;
    let vote = |code: &str| format!("/api/v1/ballots/{id}/votes/{code}");
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let mut eos = app.signed_in("delegate.eos@comity.example").await;
    let mut asn = app.signed_in("observer@comity.example").await;
    let mut gsa = app.signed_in("observer.tc71@comity.example").await;

    // KEBS approves; EOS must give technical reasons to disapprove a DIS.
    assert_eq!(
        kebs.api(
            "PUT",
            &vote("KEBS"),
            Some(json!({"position": "approve"})),
            None
        )
        .await
        .status,
        200
    );
    let refused = eos
        .api(
            "PUT",
            &vote("EOS"),
            Some(json!({"position": "disapprove"})),
            None,
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.json()["errors"]["reasons"].is_array());
    let reply = eos
        .api("PUT", &vote("EOS"), Some(json!({"position": "disapprove", "reasons": "Clause 5: the limit contradicts ARS 1234."})), None)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["cast_by"], "Mona Farouk");
    // ASN approves, then changes its mind: the last vote counts, the first stays in the history.
    asn.api(
        "PUT",
        &vote("ASN"),
        Some(json!({"position": "approve"})),
        None,
    )
    .await;
    asn.api(
        "PUT",
        &vote("ASN"),
        Some(json!({"position": "abstain"})),
        None,
    )
    .await;
    // GSA, an O-member, may vote on a DIS.
    assert_eq!(
        gsa.api(
            "PUT",
            &vote("GSA"),
            Some(json!({"position": "approve"})),
            None
        )
        .await
        .status,
        200
    );

    // Who may not vote for whom.
    let mut expert = app.signed_in("delegate.kebs@comity.example").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    assert_eq!(
        expert
            .api(
                "PUT",
                &vote("KEBS"),
                Some(json!({"position": "approve"})),
                None
            )
            .await
            .status,
        403,
        "an expert is not the officer"
    );
    assert_eq!(
        kebs.api(
            "PUT",
            &vote("EOS"),
            Some(json!({"position": "approve"})),
            None
        )
        .await
        .status,
        403,
        "another member body's vote"
    );
    assert_eq!(
        manager
            .api(
                "PUT",
                &vote("IMANOR"),
                Some(json!({"position": "approve"})),
                None
            )
            .await
            .status,
        403,
        "the manager does not vote"
    );
    assert_eq!(
        app.client()
            .api(
                "PUT",
                &vote("KEBS"),
                Some(json!({"position": "approve"})),
                None
            )
            .await
            .status,
        401
    );
    assert_eq!(
        kebs.api(
            "PUT",
            &vote("KEBS"),
            Some(json!({"position": "confirm"})),
            None
        )
        .await
        .status,
        422,
        "an SR position on a DIS"
    );
    let mut tse = app.signed_in("officer.tse@comity.example").await;
    assert_eq!(
        tse.api(
            "PUT",
            &vote("TSE"),
            Some(json!({"position": "approve"})),
            None
        )
        .await
        .status,
        403,
        "TSE is not in TC 70"
    );

    // The votes, current and with history: while open, an officer sees its own member body's
    // vote only; the manager sees all of them.
    let own = kebs
        .api("GET", &format!("/api/v1/ballots/{id}/votes"), None, None)
        .await
        .json();
    assert_eq!(own.as_array().map(Vec::len), Some(1));
    assert_eq!(own[0]["member_body"], "KEBS");
    let current = manager
        .api("GET", &format!("/api/v1/ballots/{id}/votes"), None, None)
        .await
        .json();
    assert_eq!(current.as_array().map(Vec::len), Some(4));
    let history = manager
        .api(
            "GET",
            &format!("/api/v1/ballots/{id}/votes?history=true"),
            None,
            None,
        )
        .await
        .json();
    let asn_votes: Vec<_> = history
        .as_array()
        .expect("votes")
        .iter()
        .filter(|v| v["member_body"] == "ASN")
        .collect();
    assert_eq!(asn_votes.len(), 2);
    assert_eq!(
        (
            asn_votes[0]["position"].clone(),
            asn_votes[0]["current"].clone()
        ),
        (json!("approve"), json!(false))
    );
    assert_eq!(
        (
            asn_votes[1]["position"].clone(),
            asn_votes[1]["current"].clone()
        ),
        (json!("abstain"), json!(true))
    );
    // A stranger sees nothing of it.
    let mut stranger = app.signed_in("officer.tse@comity.example").await;
    assert_eq!(
        stranger
            .api("GET", &format!("/api/v1/ballots/{id}/result"), None, None)
            .await
            .status,
        403
    );

    // While open: counts and criteria, no outcome; closing early is refused while P-members
    // (IMANOR, SON) have not voted.
    let result = manager
        .api("GET", &format!("/api/v1/ballots/{id}/result"), None, None)
        .await
        .json();
    assert_eq!(result["outcome"], serde_json::Value::Null);
    assert_eq!(result["not_voted"], json!(["IMANOR", "SON", "TBS"]));
    let early = manager
        .api("POST", &format!("/api/v1/ballots/{id}/close"), None, None)
        .await;
    assert_eq!(early.status, 409);
    assert!(early.json()["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("2 P-members"));

    // The closing time passes (as if the clock moved on): a vote now is refused, even before
    // anyone closes the ballot, and the refusal is recorded.
    sqlx::query("UPDATE ballots SET closes_at = $1 WHERE id = $2")
        .bind(app::server::now_ms() - 1)
        .bind(&id)
        .execute(&app.state.pool)
        .await
        .expect("move the closing time");
    assert_eq!(
        kebs.api(
            "PUT",
            &vote("KEBS"),
            Some(json!({"position": "disapprove", "reasons": "late"})),
            None
        )
        .await
        .status,
        409
    );
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_events WHERE ballot_id = '{id}' AND kind = 'late_vote_refused'")).await, 1);

    // Closed: P approvals 1 of 2 (KEBS yes, EOS no; ASN abstains) < 2/3 → not approved.
    let closed = manager
        .api("POST", &format!("/api/v1/ballots/{id}/close"), None, None)
        .await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    let closed = closed.json();
    assert_eq!(closed["outcome"], "not_approved");
    assert_eq!(
        closed["criteria"][0],
        json!({"name": "criterion-p-approval", "met": false, "numerator": 1, "denominator": 2, "threshold": "2/3", "comparison": "at_least"})
    );
    assert_eq!(
        closed["criteria"][1],
        json!({"name": "criterion-negative-votes", "met": false, "numerator": 1, "denominator": 3, "threshold": "1/4", "comparison": "at_most"})
    );
    assert_eq!(
        app.text("SELECT outcome FROM ballots WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("not_approved")
    );
    assert_eq!(
        manager
            .api("POST", &format!("/api/v1/ballots/{id}/close"), None, None)
            .await
            .status,
        409,
        "closed once"
    );
}

async fn concurrent_votes_leave_one_current_vote(app: &TestApp) {
    app.with_demo().await;
    let id = open_ballot(app, "NP").await;
    let mut tasks = Vec::new();
    for i in 0..10 {
        let mut kebs = app.client();
        kebs.sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
            .await;
        let path = format!("/api/v1/ballots/{id}/votes/KEBS");
        tasks.push(tokio::spawn(async move {
            let position = if i % 2 == 0 { "approve" } else { "disapprove" };
            let reply = kebs
                .api("PUT", &path, Some(json!({"position": position, "commits_to_participate": true, "experts": ["Wanjiru Kamau"]})), None)
                .await;
            assert_eq!(reply.status, 200, "{}", reply.body);
        }));
    }
    for task in tasks {
        task.await.expect("vote");
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = '{id}' AND is_current = 1"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = '{id}'"
        ))
        .await,
        10
    );
    // An O-member has no vote on an NP: refused with the reason.
    let mut admin = app.signed_in("admin@comity.example").await;
    let user = app.user_id("observer.tc71@comity.example").await;
    admin
        .api(
            "PUT",
            &format!("/api/v1/member-bodies/GSA/roles/{user}"),
            Some(json!({"role": "officer"})),
            None,
        )
        .await;
    let mut gsa = app.signed_in("observer.tc71@comity.example").await;
    let refused = gsa
        .api(
            "PUT",
            &format!("/api/v1/ballots/{id}/votes/GSA"),
            Some(json!({"position": "approve"})),
            None,
        )
        .await;
    assert_eq!(refused.status, 409);
    assert!(refused.json()["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("GSA has no vote"));
    // A ballot on another committee's document is refused.
    let tc71 = app.committee_id("ARSO/TC 71").await;
    let doc = app
        .text("SELECT document_id FROM ballots WHERE id = $1", &id)
        .await;
    let mut arso = app.signed_in("arso.admin@comity.example").await;
    let reply = arso
        .api("POST", &format!("/api/v1/committees/{tc71}/ballots"), Some(json!({"kind": "CD", "title": "CD", "question": "?", "document_id": doc, "closes_at": "2099-01-01T00:00:00Z"})), None)
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.json()["errors"]["document_id"].is_array());
    // The committee's delegate may not open ballots.
    let mut delegate = app.signed_in("delegate.eos@comity.example").await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let reply = delegate
        .api("POST", &format!("/api/v1/committees/{tc70}/ballots"), Some(json!({"kind": "CIB", "title": "Q", "question": "?", "closes_at": "2099-01-01T00:00:00Z"})), None)
        .await;
    assert_eq!(reply.status, 403);
}

async fn due_ballots_close_once_whichever_instance_runs_the_job(app: &TestApp) {
    app.with_demo().await;
    let id = open_ballot(app, "DIS").await;
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    kebs.api(
        "PUT",
        &format!("/api/v1/ballots/{id}/votes/KEBS"),
        Some(json!({"position": "approve"})),
        None,
    )
    .await;
    // Not due yet: nothing closes.
    assert_eq!(
        app::server::ballots::close_due(&app.state)
            .await
            .expect("job"),
        0
    );
    sqlx::query("UPDATE ballots SET closes_at = $1 WHERE id = $2")
        .bind(app::server::now_ms() - 1)
        .bind(&id)
        .execute(&app.state.pool)
        .await
        .expect("move the closing time");
    // Four instances run the job at the same moment: the ballot closes exactly once.
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let state = app.state.clone();
            tokio::spawn(async move { app::server::ballots::close_due(&state).await.expect("job") })
        })
        .collect();
    let mut closed = 0;
    for run in runs {
        closed += run.await.expect("run");
    }
    assert_eq!(closed, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_events WHERE ballot_id = '{id}' AND kind = 'closed'"
        ))
        .await,
        1
    );
    // The committee's people are told once, with the outcome, in their language.
    let officer_id = app.user_id("officer.kebs@comity.example").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'ballot_closed' AND user_id = '{officer_id}'"
        ))
        .await,
        1
    );
    kebs.accept_language = Some("fr".into());
    let told = kebs
        .api("GET", "/api/v1/me/notifications", None, None)
        .await
        .json();
    let text = told["notifications"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        text.starts_with("ARSO/TC 70 : le scrutin « ") && text.ends_with(" » est clos : approuvé."),
        "{text}"
    );
    kebs.accept_language = None;
    // KEBS alone approved among P-members, nobody disapproved: approved.
    assert_eq!(
        app.text("SELECT outcome FROM ballots WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("approved")
    );
    let result = kebs
        .api("GET", &format!("/api/v1/ballots/{id}/result"), None, None)
        .await
        .json();
    assert_eq!(result["outcome"], "approved");
    assert_eq!(
        result["not_voted"],
        json!(["ASN", "EOS", "GSA", "IMANOR", "SON", "TBS"])
    );
}

async fn scheduled_ballots_open_at_their_time_with_the_electorate_of_then(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let reply = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(json!({"kind": "CIB", "title": "Next meeting in Kigali", "question": "Do you agree to meet in Kigali?", "opens_at": "2098-06-01T08:00:00Z", "closes_at": "2098-07-01T08:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let ballot = reply.json();
    assert_eq!(ballot["status"], "scheduled");
    let id = ballot["id"].as_str().expect("id").to_string();
    // Not open yet: no vote; the job leaves it alone.
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let early = kebs
        .api(
            "PUT",
            &format!("/api/v1/ballots/{id}/votes/KEBS"),
            Some(json!({"position": "approve"})),
            None,
        )
        .await;
    assert_eq!(early.status, 409);
    // Anyone else learns nothing about it: refused as on an open ballot.
    let mut eos = app.signed_in("officer.eos@comity.example").await;
    let other = eos
        .api(
            "PUT",
            &format!("/api/v1/ballots/{id}/votes/KEBS"),
            Some(json!({"position": "approve"})),
            None,
        )
        .await;
    assert_eq!(other.status, 403, "{}", other.body);
    assert_eq!(
        app::server::ballots::open_due(&app.state)
            .await
            .expect("job"),
        0
    );
    // Meanwhile TBS becomes a P-member: the electorate is the one of opening time.
    let reply = manager
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/members/TBS"),
            Some(json!({"status": "P"})),
            None,
        )
        .await;
    assert!(reply.status.is_success(), "{}", reply.body);
    // The opening time comes; two instances run the job: it opens once.
    sqlx::query("UPDATE ballots SET opens_at = $1 WHERE id = $2")
        .bind(app::server::now_ms() - 1)
        .bind(&id)
        .execute(&app.state.pool)
        .await
        .expect("move the opening time");
    let (a, b) = tokio::join!(
        app::server::ballots::open_due(&app.state),
        app::server::ballots::open_due(&app.state)
    );
    assert_eq!(a.expect("job") + b.expect("job"), 1);
    let ballot = kebs
        .api("GET", &format!("/api/v1/ballots/{id}"), None, None)
        .await
        .json();
    assert_eq!(ballot["status"], "open");
    assert_eq!(
        ballot["p_members"], 6,
        "IMANOR, KEBS, SON, EOS, ASN and now TBS"
    );
    assert_eq!(
        kebs.api(
            "PUT",
            &format!("/api/v1/ballots/{id}/votes/KEBS"),
            Some(json!({"position": "approve"})),
            None
        )
        .await
        .status,
        200
    );
    // Opening by hand is for scheduled ballots only.
    assert_eq!(
        manager
            .api("POST", &format!("/api/v1/ballots/{id}/open"), None, None)
            .await
            .status,
        409
    );
    // A bad opening time is named.
    let reply = manager
        .api("POST", &format!("/api/v1/committees/{tc70}/ballots"), Some(json!({"kind": "CIB", "title": "Q", "question": "?", "opens_at": "next week", "closes_at": "2098-07-01T08:00:00Z"})), None)
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.json()["errors"]["opens_at"].is_array());
}

async fn the_closing_time_moves_and_ballots_cancel_with_a_reason(app: &TestApp) {
    app.with_demo().await;
    let id = open_ballot(app, "CD").await;
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    kebs.api(
        "PUT",
        &format!("/api/v1/ballots/{id}/votes/KEBS"),
        Some(json!({"position": "approve"})),
        None,
    )
    .await;
    let mut manager = app.signed_in("manager@comity.example").await;
    // The closing time moves (votes exist): recorded with both times; not into the past; not by others.
    let reply = manager
        .api(
            "PATCH",
            &format!("/api/v1/ballots/{id}"),
            Some(json!({"closes_at": "2099-03-01T12:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["closes_at"], 4_076_049_600_000_i64);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_events WHERE ballot_id = '{id}' AND kind = 'closing_changed'")).await, 1);
    let past = manager
        .api(
            "PATCH",
            &format!("/api/v1/ballots/{id}"),
            Some(json!({"closes_at": "2001-01-01T00:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(past.status, 422);
    assert_eq!(
        kebs.api(
            "PATCH",
            &format!("/api/v1/ballots/{id}"),
            Some(json!({"closes_at": "2099-04-01T12:00:00Z"})),
            None
        )
        .await
        .status,
        403
    );
    // Cancelling needs a reason, then no more votes.
    let reply = manager
        .api(
            "POST",
            &format!("/api/v1/ballots/{id}/cancel"),
            Some(json!({"reason": " "})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        kebs.api(
            "POST",
            &format!("/api/v1/ballots/{id}/cancel"),
            Some(json!({"reason": "mine"})),
            None
        )
        .await
        .status,
        403
    );
    let reply = manager
        .api(
            "POST",
            &format!("/api/v1/ballots/{id}/cancel"),
            Some(json!({"reason": "The wrong draft was attached."})),
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["status"], "cancelled");
    assert_eq!(
        app.text("SELECT cancel_reason FROM ballots WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("The wrong draft was attached.")
    );
    assert_eq!(
        kebs.api(
            "PUT",
            &format!("/api/v1/ballots/{id}/votes/KEBS"),
            Some(json!({"position": "abstain"})),
            None
        )
        .await
        .status,
        409
    );
    assert_eq!(
        manager
            .api(
                "POST",
                &format!("/api/v1/ballots/{id}/cancel"),
                Some(json!({"reason": "again"})),
                None
            )
            .await
            .status,
        409
    );
}

async fn the_body_rule_profile_decides(app: &TestApp) {
    app.with_demo().await;
    // ARSO decides by chair-judged consensus: the result is never a bare number.
    sqlx::query("UPDATE bodies SET rule_profile = $1 WHERE acronym = 'ARSO'")
        .bind(r#"{"family": "chair_consensus"}"#)
        .execute(&app.state.pool)
        .await
        .expect("set the profile");
    let id = open_ballot(app, "DIS").await;
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    kebs.api(
        "PUT",
        &format!("/api/v1/ballots/{id}/votes/KEBS"),
        Some(json!({"position": "approve"})),
        None,
    )
    .await;
    sqlx::query("UPDATE ballots SET closes_at = $1 WHERE id = $2")
        .bind(app::server::now_ms() - 1)
        .bind(&id)
        .execute(&app.state.pool)
        .await
        .expect("move the closing time");
    assert_eq!(
        app::server::ballots::close_due(&app.state)
            .await
            .expect("job"),
        1
    );
    let result = kebs
        .api("GET", &format!("/api/v1/ballots/{id}/result"), None, None)
        .await
        .json();
    assert_eq!(result["outcome"], "chair_determination_required");
    assert_eq!(result["criteria"], json!([]));
    assert_eq!(result["counts"]["p_approve"], 1);
}

async fn a_thousand_member_bodies_vote_at_once(app: &TestApp) {
    app.with_demo().await;
    let tc1 = app.committee_id("ARSO/TC 1").await;
    // A thousand P-members, each with an officer holding an API token (set up directly).
    let now = app::server::now_ms();
    let mut tokens = Vec::new();
    let mut tx = app.state.pool.begin().await.expect("begin");
    for i in 0..1000 {
        let (mb, user, token) = (
            format!("mb-{i}"),
            format!("user-{i}"),
            format!("cmt_load_{i:04}"),
        );
        for (sql, binds) in [
            ("INSERT INTO member_bodies (id, code, name, country, created_at) VALUES ($1, $2, $3, 'XX', $4)", vec![mb.clone(), format!("MB{i:04}"), format!("Member body {i}")]),
            ("INSERT INTO users (id, email, name, is_portal_admin, created_at) VALUES ($1, $2, $3, 0, $4)", vec![user.clone(), format!("officer{i}@load.example"), format!("Officer {i}")]),
            ("INSERT INTO member_body_roles (member_body_id, user_id, role, since) VALUES ($1, $2, 'officer', $3)", vec![mb.clone(), user.clone()]),
            ("INSERT INTO committee_members (committee_id, member_body_id, status, since) VALUES ($1, $2, 'P', $3)", vec![tc1.clone(), mb.clone()]),
            ("INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, 'load', $3, $4)", vec![format!("tok-{i}"), user.clone(), app::server::hash_secret(&token)]),
        ] {
            let mut query = sqlx::query(sql);
            for b in binds {
                query = query.bind(b);
            }
            query.bind(now).execute(&mut *tx).await.expect("setup row");
        }
        tokens.push((format!("MB{i:04}"), token));
    }
    tx.commit().await.expect("commit");

    let mut admin = app.signed_in("arso.admin@comity.example").await;
    let reply = admin
        .api("POST", &format!("/api/v1/committees/{tc1}/ballots"), Some(json!({"kind": "CIB", "title": "Load", "question": "Approve?", "closes_at": "2099-01-01T00:00:00Z"})), None)
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let id = reply.json()["id"].as_str().expect("id").to_string();

    let started = std::time::Instant::now();
    let tasks: Vec<_> = tokens
        .into_iter()
        .enumerate()
        .map(|(i, (code, token))| {
            let mut client = app.client();
            let path = format!("/api/v1/ballots/{id}/votes/{code}");
            tokio::spawn(async move {
                let position = if i % 4 == 0 { "disapprove" } else { "approve" };
                client
                    .api(
                        "PUT",
                        &path,
                        Some(json!({"position": position})),
                        Some(&token),
                    )
                    .await
                    .status
            })
        })
        .collect();
    let mut refused = 0;
    for task in tasks {
        if task.await.expect("vote") != 200 {
            refused += 1;
        }
    }
    eprintln!(
        "1000 concurrent votes on {:?}: {:?}",
        app.backend(),
        started.elapsed()
    );
    assert_eq!(refused, 0, "every vote is recorded");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = '{id}' AND is_current = 1"
        ))
        .await,
        1000
    );
    let result = admin
        .api("GET", &format!("/api/v1/ballots/{id}/result"), None, None)
        .await
        .json();
    assert_eq!(result["counts"]["p_approve"], 750);
    assert_eq!(result["counts"]["p_disapprove"], 250);
}
