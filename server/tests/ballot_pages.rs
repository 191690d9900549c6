//! Ballots in the browser without JavaScript (server-rendered pages and plain form posts), who
//! sees the tally when, late votes on internal ballots, exports, participation and time zones;
//! on SQLite and PostgreSQL.

mod common;

use common::{Client, TestApp};
use serde_json::json;

on_both_databases! {
    officers_vote_through_the_pages => officers_vote_through_the_pages;
    the_tally_is_hidden_until_the_ballot_closes => the_tally_is_hidden_until_the_ballot_closes;
    late_votes_reopen_internal_ballots_only => late_votes_reopen_internal_ballots_only;
    results_export_as_xlsx_and_csv => results_export_as_xlsx_and_csv;
    participation_flags_p_members_that_missed_ballots => participation_flags_p_members_that_missed_ballots;
    times_are_typed_and_shown_in_the_committee_time_zone => times_are_typed_and_shown_in_the_committee_time_zone;
    the_body_changes_its_ballot_rules => the_body_changes_its_ballot_rules;
    default_lengths_carry_no_false_warning => default_lengths_carry_no_false_warning;
}

/// Registers a draft in TC 70 and opens a ballot of `kind` through the manager's form;
/// returns the ballot's id.
async fn open_through_the_form(app: &TestApp, kind: &str, closes_at: &str) -> String {
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let doc = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[("title", "DARS 7 Honey"), ("kind", "enquiry_draft")],
            Some(("dars7.txt", b"Honey - Specification")),
        )
        .await
        .json();
    let doc_id = doc["id"].as_str().expect("document id");
    let form = manager
        .get(&format!("/committees/{tc70}/ballots?kind={kind}"))
        .await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Open a ballot"), "{}", form.body);
    let reply = manager
        .post_form(
            &format!("/committees/{tc70}/ballots"),
            &[
                ("kind", kind),
                ("title", "Enquiry on DARS 7"),
                ("question", "Do you approve DARS 7 Honey?"),
                ("document_id", doc_id),
                ("opens_at", ""),
                ("closes_at", closes_at),
            ],
        )
        .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let location = reply.location().expect("to the ballot");
    location
        .strip_prefix("/ballots/")
        .expect("a ballot page")
        .to_string()
}

async fn vote(client: &mut Client, id: &str, code: &str, position: &str, reasons: &str) {
    let reply = client
        .api(
            "PUT",
            &format!("/api/v1/ballots/{id}/votes/{code}"),
            Some(json!({"position": position, "reasons": reasons})),
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{code}: {}", reply.body);
}

async fn officers_vote_through_the_pages(app: &TestApp) {
    app.with_demo().await;
    let id = open_through_the_form(app, "DIS", "2099-03-01T12:00").await;

    // The officer of a P-member finds it among the ballots needing a vote, with time left.
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let home = kebs.get("/").await;
    assert!(
        home.body.contains("Ballots needing my vote"),
        "{}",
        home.body
    );
    assert!(home.body.contains("Enquiry on DARS 7"));
    assert!(home.body.contains("days left"));

    // The form says before submitting that a disapproval needs technical reasons.
    let page = kebs.get(&format!("/ballots/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Vote of KEBS"));
    assert!(page.body.contains("DARS ballot"));
    assert!(page
        .body
        .contains("Required to disapprove: give the technical reasons"));

    // Without them: refused, with the message on the page, and nothing written.
    let refused = kebs
        .submit(
            &format!("/ballots/{id}/votes/KEBS"),
            &[("position", "disapprove"), ("reasons", "  ")],
        )
        .await;
    assert!(
        refused
            .body
            .contains("A disapproval of this draft needs technical reasons"),
        "{}",
        refused.body
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_votes").await, 0);

    // With the reasons: recorded, and the confirmation says when and until when.
    let done = kebs
        .submit(
            &format!("/ballots/{id}/votes/KEBS"),
            &[
                ("position", "disapprove"),
                (
                    "reasons",
                    "Clause 5: the moisture limit is not supported by data.",
                ),
            ],
        )
        .await;
    assert!(
        done.body.contains("Your vote for KEBS was recorded at"),
        "{}",
        done.body
    );
    assert!(done
        .body
        .contains("you can change it until 1 Mar 2099, 12:00 (UTC+03:00)"));
    assert!(done.body.contains("Current vote:"));
    // Changed: the last vote counts, the first stays in the history.
    kebs.submit(
        &format!("/ballots/{id}/votes/KEBS"),
        &[("position", "approve"), ("reasons", "")],
    )
    .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM ballot_votes WHERE is_current = 1")
            .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_votes").await, 2);
    let home = kebs.get("/").await;
    assert!(
        !home.body.contains("Enquiry on DARS 7"),
        "voted: no longer needing KEBS's vote"
    );

    // A delegate (not an officer) posting the form is refused and nothing is written.
    let mut delegate = app.signed_in("delegate.kebs@comity.example").await;
    let reply = delegate
        .post_form(
            &format!("/ballots/{id}/votes/KEBS"),
            &[("position", "disapprove"), ("reasons", "no")],
        )
        .await;
    assert_eq!(reply.status, 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_votes").await, 2);

    // Closing early while P-members have not voted: refused on the page.
    let mut manager = app.signed_in("manager@comity.example").await;
    let page = manager.submit(&format!("/ballots/{id}/close"), &[]).await;
    assert!(
        page.body.contains("P-members have not voted yet"),
        "{}",
        page.body
    );
    for (email, code, position, reasons) in [
        ("officer.son@comity.example", "SON", "approve", ""),
        (
            "officer.eos@comity.example",
            "EOS",
            "disapprove",
            "Not aligned with the Codex standard.",
        ),
        ("officer.imanor@comity.example", "IMANOR", "approve", ""),
        ("officer.asn@comity.example", "ASN", "abstain", ""),
    ] {
        let mut officer = app.signed_in(email).await;
        vote(&mut officer, &id, code, position, reasons).await;
    }
    let page = manager.submit(&format!("/ballots/{id}/close"), &[]).await;
    assert!(page.body.contains("The ballot is closed"), "{}", page.body);
    // 3 approvals of 4 P-member votes cast; 1 negative of 4 votes = exactly 1/4: approved.
    assert!(page.body.contains("data-outcome=\"approved\""));
    assert!(page
        .body
        .contains("Approvals among P-member votes cast: 3 of 4 = 75.0% ≥ 66.7% (2/3): met"));
    assert!(page
        .body
        .contains("Negative votes among all votes cast: 1 of 4 = 25.0% ≤ 25.0% (1/4): met"));
    assert!(page.body.contains("Not aligned with the Codex standard."));
    assert_eq!(
        app.text("SELECT outcome FROM ballots WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("approved")
    );
    // And in French.
    manager.accept_language = Some("fr".into());
    manager.cookies.remove("comity_lang");
    let page = manager.get(&format!("/ballots/{id}")).await;
    let text = page.body.replace('\u{a0}', " ").replace("&nbsp;", " ");
    assert!(
        text.contains("3 sur 4 = 75,0 % ≥ 66,7 % (2/3) : atteint"),
        "{text}"
    );
}

async fn the_tally_is_hidden_until_the_ballot_closes(app: &TestApp) {
    app.with_demo().await;
    let id = open_through_the_form(app, "CIB", "2099-03-01T12:00").await;
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let mut son = app.signed_in("officer.son@comity.example").await;
    vote(&mut kebs, &id, "KEBS", "approve", "").await;
    vote(&mut son, &id, "SON", "disapprove", "").await;

    // While open, an officer sees their own member body's vote only, and no tally.
    let votes = son
        .api("GET", &format!("/api/v1/ballots/{id}/votes"), None, None)
        .await
        .json();
    let codes: Vec<_> = votes
        .as_array()
        .expect("votes")
        .iter()
        .map(|v| v["member_body"].clone())
        .collect();
    assert_eq!(codes, vec![json!("SON")]);
    let result = son
        .api("GET", &format!("/api/v1/ballots/{id}/result"), None, None)
        .await
        .json();
    assert_eq!(result["criteria"], json!([]));
    assert_eq!(result["not_voted"], json!([]));
    let page = son.get(&format!("/ballots/{id}")).await;
    assert!(page
        .body
        .contains("The votes and the tally are shown when the ballot closes."));
    assert!(!page.body.contains("data-member-body=\"KEBS\""));
    for reply in [
        son.api(
            "GET",
            &format!("/api/v1/ballots/{id}/votes?history=true"),
            None,
            None,
        )
        .await,
        son.api(
            "GET",
            &format!("/api/v1/ballots/{id}/result/export?format=csv"),
            None,
            None,
        )
        .await,
    ] {
        assert_eq!(reply.status, 403, "{}", reply.body);
    }
    // The manager sees it all as it comes in.
    let mut manager = app.signed_in("manager@comity.example").await;
    let result = manager
        .api("GET", &format!("/api/v1/ballots/{id}/result"), None, None)
        .await
        .json();
    assert_eq!(result["counts"]["p_approve"], 1);
    assert_eq!(result["counts"]["p_disapprove"], 1);

    // Once closed, everyone who reads the ballot sees every vote (but not replaced ones).
    for (email, code) in [
        ("officer.eos@comity.example", "EOS"),
        ("officer.imanor@comity.example", "IMANOR"),
        ("officer.asn@comity.example", "ASN"),
    ] {
        let mut officer = app.signed_in(email).await;
        vote(&mut officer, &id, code, "abstain", "").await;
    }
    let closed = manager
        .api("POST", &format!("/api/v1/ballots/{id}/close"), None, None)
        .await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    assert_eq!(
        closed.json()["outcome"],
        "not_approved",
        "a tie is not approval"
    );
    let votes = son
        .api("GET", &format!("/api/v1/ballots/{id}/votes"), None, None)
        .await
        .json();
    assert_eq!(votes.as_array().map(Vec::len), Some(5));
    let history = son
        .api(
            "GET",
            &format!("/api/v1/ballots/{id}/votes?history=true"),
            None,
            None,
        )
        .await;
    assert_eq!(history.status, 403);
}

async fn late_votes_reopen_internal_ballots_only(app: &TestApp) {
    app.with_demo().await;
    // An internal ballot closing in two seconds: KEBS approves, EOS disapproves, a tie.
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let closes = time_in(2_000);
    let created = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(json!({"kind": "CIB", "title": "Resolution 5/2026", "question": "Approve the new WG 2?", "closes_at": closes})),
            None,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.json()["id"].as_str().expect("id").to_string();
    vote(
        &mut app.signed_in("officer.kebs@comity.example").await,
        &id,
        "KEBS",
        "approve",
        "",
    )
    .await;
    vote(
        &mut app.signed_in("officer.eos@comity.example").await,
        &id,
        "EOS",
        "disapprove",
        "",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(2_300)).await;

    // SON's vote arrives late: refused, and the refusal recorded.
    let mut son = app.signed_in("officer.son@comity.example").await;
    let late = son
        .api(
            "PUT",
            &format!("/api/v1/ballots/{id}/votes/SON"),
            Some(json!({"position": "approve"})),
            None,
        )
        .await;
    assert_eq!(late.status, 409);
    let closed = manager
        .api("POST", &format!("/api/v1/ballots/{id}/close"), None, None)
        .await;
    assert_eq!(closed.json()["outcome"], "not_approved");

    let late_vote = |explanation: &str| json!({"member_body": "SON", "vote": {"position": "approve"}, "explanation": explanation});
    // Only the committee manager re-opens it, with an explanation.
    let refused = son
        .api(
            "POST",
            &format!("/api/v1/ballots/{id}/late-votes"),
            Some(late_vote("sent by mail")),
            None,
        )
        .await;
    assert_eq!(refused.status, 403);
    let unexplained = manager
        .api(
            "POST",
            &format!("/api/v1/ballots/{id}/late-votes"),
            Some(late_vote(" ")),
            None,
        )
        .await;
    assert_eq!(unexplained.status, 422);
    assert!(
        unexplained.body.contains("explanation"),
        "{}",
        unexplained.body
    );
    let stranger_body = manager
        .api(
            "POST",
            &format!("/api/v1/ballots/{id}/late-votes"),
            Some(
                json!({"member_body": "TSE", "vote": {"position": "approve"}, "explanation": "x"}),
            ),
            None,
        )
        .await;
    assert_eq!(stranger_body.status, 422, "TSE has no vote in TC 70");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM ballot_votes WHERE member_body_id IN (SELECT id FROM member_bodies WHERE code = 'SON')")
            .await,
        0,
        "nothing written by the refusals"
    );

    // Recorded: it counts, the outcome is recomputed (2 of 3 approve), all of it recorded.
    let result = manager
        .api(
            "POST",
            &format!("/api/v1/ballots/{id}/late-votes"),
            Some(late_vote(
                "SON's vote reached the secretariat by e-mail before the closing time.",
            )),
            None,
        )
        .await;
    assert_eq!(result.status, 200, "{}", result.body);
    assert_eq!(result.json()["outcome"], "approved");
    assert_eq!(
        app.text("SELECT outcome FROM ballots WHERE id = $1", &id)
            .await
            .as_deref(),
        Some("approved")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM ballot_votes WHERE recorded_reason LIKE 'SON%'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM ballot_events WHERE kind = 'reopened'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM ballot_events WHERE kind = 'late_vote_refused'")
            .await,
        1
    );

    // A DIS is never re-opened.
    let dis = open_through_the_form(app, "DIS", "2099-03-01T12:00").await;
    let refused = manager
        .api(
            "POST",
            &format!("/api/v1/ballots/{dis}/late-votes"),
            Some(late_vote("x")),
            None,
        )
        .await;
    assert_eq!(refused.status, 409);
    assert!(
        refused.body.contains("Only internal ballots"),
        "{}",
        refused.body
    );
}

/// An RFC 3339 instant `ms` from now, to the millisecond.
fn time_in(ms: u64) -> String {
    let at = jiff::Timestamp::now().as_millisecond() + i64::try_from(ms).expect("a sane delay");
    jiff::Timestamp::from_millisecond(at)
        .expect("an instant")
        .to_string()
}

async fn results_export_as_xlsx_and_csv(app: &TestApp) {
    app.with_demo().await;
    let id = open_through_the_form(app, "DIS", "2099-03-01T12:00").await;
    for (email, code, position, reasons) in [
        ("officer.kebs@comity.example", "KEBS", "approve", ""),
        ("officer.son@comity.example", "SON", "approve", ""),
        (
            "officer.eos@comity.example",
            "EOS",
            "disapprove",
            "Clause 4, \"moisture\": no data",
        ),
        ("officer.imanor@comity.example", "IMANOR", "approve", ""),
        ("officer.asn@comity.example", "ASN", "approve", ""),
    ] {
        vote(
            &mut app.signed_in(email).await,
            &id,
            code,
            position,
            reasons,
        )
        .await;
    }
    let mut manager = app.signed_in("manager@comity.example").await;
    manager
        .api("POST", &format!("/api/v1/ballots/{id}/close"), None, None)
        .await;

    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let csv = kebs
        .api(
            "GET",
            &format!("/api/v1/ballots/{id}/result/export?format=csv"),
            None,
            None,
        )
        .await;
    assert_eq!(csv.status, 200, "{}", csv.body);
    assert!(csv.headers["content-type"]
        .to_str()
        .unwrap_or_default()
        .starts_with("text/csv"));
    assert!(csv.headers["content-disposition"]
        .to_str()
        .unwrap_or_default()
        .contains(".csv"));
    assert!(csv.body.starts_with('\u{feff}'));
    assert!(csv.body.contains("Outcome,Approved\r\n"), "{}", csv.body);
    assert!(csv
        .body
        .contains("EOS,P,Disapprove,\"Clause 4, \"\"moisture\"\": no data\",,,Ahmed Mansour,"));
    assert!(csv
        .body
        .contains("Approvals among P-member votes cast: 4 of 5 = 80.0% ≥ 66.7% (2/3): met"));

    let xlsx = kebs
        .api(
            "GET",
            &format!("/api/v1/ballots/{id}/result/export?format=xlsx"),
            None,
            None,
        )
        .await;
    assert_eq!(xlsx.status, 200);
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(xlsx.bytes.clone())).expect("an XLSX is a ZIP");
    let mut strings = String::new();
    std::io::Read::read_to_string(
        &mut archive
            .by_name("xl/sharedStrings.xml")
            .expect("shared strings"),
        &mut strings,
    )
    .expect("text");
    for expected in [
        "Enquiry on DARS 7",
        "Ahmed Mansour",
        "Approved",
        "KEBS",
        "Member body",
    ] {
        assert!(
            strings.contains(expected),
            "{expected} missing from {strings}"
        );
    }
    // In Arabic: headings translated.
    let mut arabic = app.signed_in("officer.kebs@comity.example").await;
    arabic.accept_language = Some("ar".into());
    let ar = arabic
        .api(
            "GET",
            &format!("/api/v1/ballots/{id}/result/export?format=csv"),
            None,
            None,
        )
        .await;
    assert!(ar.body.contains("الهيئة العضو"), "{}", ar.body);
    let unknown = kebs
        .api(
            "GET",
            &format!("/api/v1/ballots/{id}/result/export?format=pdf"),
            None,
            None,
        )
        .await;
    assert_eq!(unknown.status, 404);
}

async fn participation_flags_p_members_that_missed_ballots(app: &TestApp) {
    app.with_demo().await;
    // A DIS closed with ASN not voting: ASN is flagged; the others are not.
    let id = open_through_the_form(app, "DIS", "2099-03-01T12:00").await;
    for (email, code) in [
        ("officer.kebs@comity.example", "KEBS"),
        ("officer.son@comity.example", "SON"),
        ("officer.eos@comity.example", "EOS"),
        ("officer.imanor@comity.example", "IMANOR"),
    ] {
        vote(&mut app.signed_in(email).await, &id, code, "approve", "").await;
    }
    // Closing time moved to in a moment, then past: the job closes it.
    let mut manager = app.signed_in("manager@comity.example").await;
    let moved = manager
        .api(
            "PATCH",
            &format!("/api/v1/ballots/{id}"),
            Some(json!({"closes_at": time_in(1_000)})),
            None,
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.body);
    tokio::time::sleep(std::time::Duration::from_millis(1_200)).await;
    let closed = manager
        .api("POST", &format!("/api/v1/ballots/{id}/close"), None, None)
        .await;
    assert_eq!(closed.status, 200, "{}", closed.body);

    let tc70 = app.committee_id("ARSO/TC 70").await;
    let view = manager
        .api(
            "GET",
            &format!("/api/v1/committees/{tc70}/participation"),
            None,
            None,
        )
        .await
        .json();
    let rows = view["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0]["member_body"], "ASN", "flagged first");
    assert_eq!(rows[0]["flagged"], true);
    assert_eq!(rows[0]["missed_required"], 1);
    assert!(rows[1..].iter().all(|r| r["flagged"] == false));
    let page = manager
        .get(&format!("/committees/{tc70}/participation"))
        .await;
    assert!(page.body.contains("Flagged for downgrade"));
    // A stranger to the committee may not read it.
    let mut tse = app.signed_in("officer.tse@comity.example").await;
    let refused = tse
        .api(
            "GET",
            &format!("/api/v1/committees/{tc70}/participation"),
            None,
            None,
        )
        .await;
    assert_eq!(refused.status, 403);
}

async fn times_are_typed_and_shown_in_the_committee_time_zone(app: &TestApp) {
    app.with_demo().await;
    // ARSO's committees work in Nairobi time: 15:00 there is 12:00 UTC.
    let id = open_through_the_form(app, "CIB", "2099-03-01T15:00").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let ballot = manager
        .api("GET", &format!("/api/v1/ballots/{id}"), None, None)
        .await
        .json();
    assert_eq!(ballot["time_zone"], "Africa/Nairobi");
    assert_eq!(ballot["closes_at"], 4_076_049_600_000_i64);
    let page = manager.get(&format!("/ballots/{id}")).await;
    assert!(page.body.contains("1 Mar 2099, 15:00 (UTC+03:00)"));
    assert!(page.body.contains("Africa/Nairobi"));
    // Written as each language writes it, with the machine-readable instant beside.
    assert!(page.body.contains("datetime=\"2099-03-01T15:00+03:00\""));
    for (language, shown) in [
        ("fr", "1er mars 2099 à 15:00 (UTC+03:00)"),
        ("ar", "1 مارس 2099، 15:00 (UTC+03:00)"),
    ] {
        manager.accept_language = Some(language.into());
        manager.cookies.remove("comity_lang");
        let page = manager.get(&format!("/ballots/{id}")).await;
        assert!(page.body.contains(shown), "{language}: {}", page.body);
    }
    manager.accept_language = Some("en".into());
    assert!(!page.body.contains("Your time:"));
    // A reader with a time zone of their own sees it beside the committee's.
    let bad = manager
        .api(
            "PUT",
            "/api/v1/me/time-zone",
            Some(json!({"time_zone": "Paris"})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let account = manager
        .submit("/account/time-zone", &[("time_zone", "Europe/Paris")])
        .await;
    assert!(
        account.body.contains("Your time zone is saved."),
        "{}",
        account.body
    );
    let page = manager.get(&format!("/ballots/{id}")).await;
    assert!(page.body.contains("Your time:"));
    assert!(page.body.contains("1 Mar 2099, 13:00 (UTC+01:00)"));
    assert!(page.body.contains("Europe/Paris"));
    // A shorter ballot than the body's default is allowed and marked.
    let short = open_through_the_form(
        app,
        "DIS",
        &time_in(7 * 24 * 3600 * 1000).replace('Z', "+00:00"),
    )
    .await;
    let page = manager.get(&format!("/ballots/{short}")).await;
    assert!(
        page.body.contains("shorter than the body's default length"),
        "{}",
        page.body
    );
    // The committee's time zone is a setting; an unknown zone is refused by name.
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut admin = app.signed_in("arso.admin@comity.example").await;
    let refused = admin
        .api(
            "PATCH",
            &format!("/api/v1/committees/{tc70}"),
            Some(json!({"time_zone": "Africa/Atlantis"})),
            None,
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Africa/Atlantis"), "{}", refused.body);
    let changed = admin
        .api(
            "PATCH",
            &format!("/api/v1/committees/{tc70}"),
            Some(json!({"time_zone": "Africa/Lagos"})),
            None,
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.body);
    let page = manager.get(&format!("/ballots/{id}")).await;
    assert!(
        page.body.contains("1 Mar 2099, 13:00 (UTC+01:00)"),
        "{}",
        page.body
    );
}

async fn the_body_changes_its_ballot_rules(app: &TestApp) {
    app.with_demo().await;
    // Anyone reads them: ISO's by default.
    let mut visitor = app.client();
    let rules = visitor
        .api("GET", "/api/v1/bodies/ARSO/rules", None, None)
        .await;
    assert_eq!(rules.status, 200);
    assert_eq!(rules.json()["weeks"]["dis"], 12);
    let page = visitor.get("/bodies/ARSO").await;
    assert!(page.body.contains("Ballot rules"));
    assert!(
        !page.body.contains("Save the rules"),
        "no form for a visitor"
    );

    // Its administrator changes them through the form; a bad field is named, nothing stored.
    let mut admin = app.signed_in("arso.admin@comity.example").await;
    let page = admin.get("/bodies/ARSO").await;
    assert!(page.body.contains("Save the rules"));
    let mut fields: Vec<(String, String)> =
        app::domain::ballots::RuleProfile::default().to_fields();
    let set = |fields: &mut Vec<(String, String)>, name: &str, value: &str| {
        for f in fields.iter_mut().filter(|(k, _)| k == name) {
            f.1 = value.to_string();
        }
    };
    set(&mut fields, "enquiry_approval", "3/2");
    let form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = admin.submit("/bodies/ARSO/rules", &form).await;
    assert!(
        refused.body.contains("Write a fraction no greater than 1"),
        "{}",
        refused.body
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM bodies WHERE rule_profile IS NOT NULL")
            .await,
        0
    );
    set(&mut fields, "enquiry_approval", ">1/2");
    set(&mut fields, "weeks_dis", "8");
    let form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let done = admin.submit("/bodies/ARSO/rules", &form).await;
    assert!(
        done.body.contains("The ballot rules are changed."),
        "{}",
        done.body
    );
    let rules = visitor
        .api("GET", "/api/v1/bodies/ARSO/rules", None, None)
        .await
        .json();
    assert_eq!(
        rules["enquiry_approval"],
        json!({"num": 1, "den": 2, "strict": true})
    );
    assert_eq!(rules["weeks"]["dis"], 8);
    // The ballot form now proposes 8 weeks for a DARS.
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let form = manager.get(&format!("/committees/{tc70}/ballots")).await;
    assert!(form.body.contains("DARS 8"), "{}", form.body);

    // Not the committee manager, nor another body's administrator; the API checks the same.
    let reply = manager
        .api(
            "PUT",
            "/api/v1/bodies/ARSO/rules",
            Some(json!({"family": "chair_consensus"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 403);
    let mut portal = app.signed_in("admin@comity.example").await;
    let bad = portal
        .api(
            "PUT",
            "/api/v1/bodies/ARSO/rules",
            Some(json!({"family": "iso", "weeks": {"sr": 0}})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("weeks_sr"), "{}", bad.body);
    let ok = portal
        .api(
            "PUT",
            "/api/v1/bodies/SMIIC/rules",
            Some(json!({"family": "chair_consensus"})),
            None,
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(ok.json()["family"], "chair_consensus");
}

/// The closing time the form proposes, sent as it is, and the demo's enquiry (12 weeks from the
/// first start) are the body's default length: no "shorter than the default" warning. Both were
/// short by seconds (the proposal is rounded down to the minute, and the ballot opens when the
/// form arrives), and lengths are counted in days in the committee's time zone.
async fn default_lengths_carry_no_false_warning(app: &TestApp) {
    app.with_demo().await;
    let warning = "shorter than the body's default length";
    let mut manager = app.signed_in("manager@comity.example").await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let list = manager
        .api(
            "GET",
            &format!("/api/v1/committees/{tc70}/ballots"),
            None,
            None,
        )
        .await
        .json();
    let proposed = list["kinds"]
        .as_array()
        .expect("the form's kinds")
        .iter()
        .find(|k| k["code"] == "DIS")
        .and_then(|k| k["default_closes"].as_str())
        .expect("a proposed closing time for an enquiry")
        .to_string();
    let id = open_through_the_form(app, "DIS", &proposed).await;
    let ballot = manager
        .api("GET", &format!("/api/v1/ballots/{id}"), None, None)
        .await
        .json();
    assert_eq!(ballot["default_weeks"], 12);
    assert_eq!(ballot["shorter_than_default"], false, "{ballot}");
    let page = manager.get(&format!("/ballots/{id}")).await;
    assert!(page.body.contains("Enquiry on DARS 7"), "{}", page.body);
    assert!(!page.body.contains(warning), "{}", page.body);

    // The demo's SMIIC/TC 1 enquiry, as TSE's officer finds it.
    let mut tse = app.signed_in("officer.tse@comity.example").await;
    let tc1 = app.committee_id("SMIIC/TC 1").await;
    let ballots = tse
        .api(
            "GET",
            &format!("/api/v1/committees/{tc1}/ballots"),
            None,
            None,
        )
        .await
        .json();
    let enquiry = ballots["ballots"]
        .as_array()
        .expect("ballots")
        .iter()
        .find(|b| b["ballot"]["title"] == "Enquiry on OIC/SMIIC 1 (revision)")
        .unwrap_or_else(|| panic!("the demo's enquiry: {ballots}"));
    assert_eq!(
        enquiry["ballot"]["shorter_than_default"], false,
        "{enquiry}"
    );
    let id = enquiry["ballot"]["id"].as_str().expect("id");
    let page = tse.get(&format!("/ballots/{id}")).await;
    assert!(
        page.body.contains("Enquiry on OIC/SMIIC 1"),
        "{}",
        page.body
    );
    assert!(!page.body.contains(warning), "{}", page.body);
}
