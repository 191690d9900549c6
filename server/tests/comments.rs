//! Comments on drafts over the JSON API, on SQLite and PostgreSQL: experts draft, the officer
//! consolidates and submits (a change made meanwhile is reported, not overwritten), the
//! committee manager compiles in clause order and records dispositions.

mod common;

use common::{Client, TestApp};
use serde_json::{json, Value};

on_both_databases! {
    experts_comment_officers_submit_managers_compile => experts_comment_officers_submit_managers_compile;
    the_comment_pages_work_without_javascript => the_comment_pages_work_without_javascript;
}

/// The value of the hidden input `name` in a page.
fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    body.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string()
}

async fn the_comment_pages_work_without_javascript(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let doc = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[
                ("title", "DARS 12 Baobab fruit pulp"),
                ("kind", "enquiry_draft"),
            ],
            Some(("dars12.txt", b"Baobab fruit pulp - Specification")),
        )
        .await
        .json();
    let doc = doc["id"].as_str().expect("id").to_string();
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    for email in [
        "delegate.kebs@comity.example",
        "officer.kebs@comity.example",
    ] {
        let user = app.user_id(email).await;
        officer
            .submit(
                &format!("/committees/{tc70}/delegates"),
                &[("user_id", &user)],
            )
            .await;
    }
    let page = format!("/documents/{doc}/comments");

    // The expert adds two comments through the form; an empty comment is named and not kept.
    let mut expert = app.signed_in("delegate.kebs@comity.example").await;
    let form = expert.get(&page).await;
    assert!(form.body.contains("Comments of KEBS"), "{}", form.body);
    let refused = expert
        .submit(
            &page,
            &[
                ("member_body", "KEBS"),
                ("clause", "4"),
                ("kind", "te"),
                ("comment", ""),
            ],
        )
        .await;
    assert!(
        refused.body.contains("Write the comment."),
        "{}",
        refused.body
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 0);
    for (clause, kind, text) in [
        ("4.1", "te", "Pulp acidity range is too wide."),
        ("1", "ed", "Scope: typo."),
    ] {
        let done = expert
            .submit(
                &page,
                &[
                    ("member_body", "KEBS"),
                    ("line", "7"),
                    ("clause", clause),
                    ("paragraph", ""),
                    ("kind", kind),
                    ("comment", text),
                    ("proposed_change", ""),
                ],
            )
            .await;
        assert!(done.body.contains("The comment is added."), "{}", done.body);
    }

    // The officer leaves the editorial one out and submits what they see.
    let view = officer.get(&page).await;
    assert!(view.body.contains("Submit the national position of KEBS"));
    let typo = app
        .text("SELECT id FROM comments WHERE clause = $1", "1")
        .await
        .expect("typo comment");
    let left_out = officer
        .submit(
            &format!("/comments/{typo}/drop"),
            &[("dropped", "true"), ("version", "1")],
        )
        .await;
    assert!(
        left_out.body.contains("left out of the national position"),
        "{}",
        left_out.body
    );
    let seen = hidden(&left_out.body, "seen");
    assert_eq!(seen.split(',').count(), 1, "{seen}");
    let done = officer
        .submit(
            &format!("{page}/submit"),
            &[("member_body", "KEBS"), ("seen", &seen)],
        )
        .await;
    assert!(
        done.body.contains("The national position is submitted"),
        "{}",
        done.body
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments WHERE status = 'submitted'")
            .await,
        1
    );

    // The manager records the decision on the compiled table.
    let compiled = manager.get(&page).await;
    assert!(
        compiled.body.contains("0 of 1 comments resolved"),
        "{}",
        compiled.body
    );
    let acid = app
        .text("SELECT id FROM comments WHERE clause = $1", "4.1")
        .await
        .expect("comment");
    let done = manager
        .submit(
            &format!("/comments/{acid}/disposition"),
            &[
                ("disposition", "not_accepted"),
                ("observations", "Range set by CXS 2019."),
            ],
        )
        .await;
    assert!(
        done.body.contains("The decision is recorded."),
        "{}",
        done.body
    );
    assert!(done.body.contains("1 of 1 comments resolved"));
    assert!(done.body.contains("Range set by CXS 2019."));
    // The comment's author is told of the decision, in the portal (and by e-mail).
    let told = expert
        .api("GET", "/api/v1/me/notifications", None, None)
        .await
        .json();
    let first = &told["notifications"][0];
    assert_eq!(first["kind"], "disposition_recorded");
    assert!(
        first["text"].as_str().is_some_and(|t| t
            .ends_with(": the secretariat recorded its decision on your comment: not accepted.")),
        "{first}"
    );
    assert_eq!(first["link"], page.as_str());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'disposition_recorded'")
            .await,
        1
    );
    // The officer may not record decisions: refused on the page, nothing changed.
    let refused = officer
        .submit(
            &format!("/comments/{acid}/disposition"),
            &[("disposition", "accepted"), ("observations", "")],
        )
        .await;
    assert!(
        refused.body.contains("You are not allowed to do this."),
        "{}",
        refused.body
    );
    assert_eq!(
        app.text("SELECT disposition FROM comments WHERE id = $1", &acid)
            .await
            .as_deref(),
        Some("not_accepted")
    );
}

async fn comment(client: &mut Client, doc: &str, clause: &str, kind: &str, text: &str) -> Value {
    let reply = client
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments"),
            Some(json!({"clause": clause, "kind": kind, "comment": text, "proposed_change": "Reword.", "line": "12"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()
}

fn clauses(list: &Value) -> Vec<String> {
    list["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .map(|c| c["clause"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn experts_comment_officers_submit_managers_compile(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let doc = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[
                ("title", "DARS 11 Moringa leaf powder"),
                ("kind", "enquiry_draft"),
            ],
            Some(("dars11.txt", b"Moringa leaf powder - Specification")),
        )
        .await
        .json();
    let doc = doc["id"].as_str().expect("id").to_string();

    // KEBS's officer nominates its expert and themself as delegates to TC 70, as does EOS's:
    // delegates read the committee's drafts.
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let mut eos = app.signed_in("officer.eos@comity.example").await;
    for (kebs, email) in [
        (true, "delegate.kebs@comity.example"),
        (true, "officer.kebs@comity.example"),
        (false, "officer.eos@comity.example"),
    ] {
        let user = app.user_id(email).await;
        let client = if kebs { &mut officer } else { &mut eos };
        let page = client
            .submit(
                &format!("/committees/{tc70}/delegates"),
                &[("user_id", &user)],
            )
            .await;
        assert!(page.body.contains("The delegate was nominated."), "{email}");
    }
    // Two KEBS experts (the delegate and the officer) and EOS's officer comment.
    let mut expert = app.signed_in("delegate.kebs@comity.example").await;
    let c10 = comment(
        &mut expert,
        &doc,
        "10",
        "te",
        "The moisture limit lacks data.",
    )
    .await;
    assert_eq!(
        c10["member_body"], "KEBS",
        "MB/NC from the author's member body"
    );
    let c2 = comment(
        &mut expert,
        &doc,
        "2",
        "ed",
        "Normative references: update the year.",
    )
    .await;
    let general = comment(
        &mut expert,
        &doc,
        "General",
        "ge",
        "Align the terms with CXS 329.",
    )
    .await;
    let annex = comment(&mut officer, &doc, "A.2", "te", "مخطط أخذ العينات غير واضح").await;
    comment(
        &mut eos,
        &doc,
        "10.1",
        "te",
        "Test method reference missing.",
    )
    .await;

    // Bad rows: every problem named, nothing written.
    let before = app.count("SELECT COUNT(*) FROM comments").await;
    let bad = expert
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments"),
            Some(json!({"clause": "3", "kind": "xx", "comment": " "})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("\"kind\"") && bad.body.contains("\"comment\""),
        "{}",
        bad.body
    );
    assert!(
        bad.body.contains("“xx” is not a type of comment"),
        "{}",
        bad.body
    );
    // A member body outside the committee (TSE) cannot comment, nor read the draft.
    let mut tse = app.signed_in("officer.tse@comity.example").await;
    let refused = tse
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments"),
            Some(json!({"kind": "te", "comment": "x"})),
            None,
        )
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, before);

    // Each member body sees its own drafts; the compiled table holds nothing yet.
    let own = expert
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?member_body=KEBS"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(clauses(&own), vec!["General", "2", "10", "A.2"]);
    let refused = expert
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?member_body=EOS"),
            None,
            None,
        )
        .await;
    assert_eq!(
        refused.status, 403,
        "KEBS's expert does not read EOS's drafts"
    );
    let compiled = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(compiled["total"], 0);

    // The officer edits the expert's comment and drops the editorial one; the expert, working
    // on the version they opened, is told it changed instead of overwriting it.
    let edited = officer
        .api(
            "PATCH",
            &format!("/api/v1/comments/{}", c10["id"].as_str().unwrap_or_default()),
            Some(json!({"clause": "10", "kind": "te", "comment": "The moisture limit (8 %) lacks supporting data.", "version": c10["version"]})),
            None,
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.body);
    let stale = expert
        .api(
            "PATCH",
            &format!(
                "/api/v1/comments/{}",
                c10["id"].as_str().unwrap_or_default()
            ),
            Some(
                json!({"clause": "10", "kind": "te", "comment": "mine", "version": c10["version"]}),
            ),
            None,
        )
        .await;
    assert_eq!(stale.status, 409);
    assert!(
        stale.body.contains("changed this comment"),
        "{}",
        stale.body
    );
    let dropped = officer
        .api(
            "PATCH",
            &format!("/api/v1/comments/{}", c2["id"].as_str().unwrap_or_default()),
            Some(json!({"clause": "2", "kind": "ed", "comment": c2["comment"], "dropped": true, "version": c2["version"]})),
            None,
        )
        .await;
    assert_eq!(dropped.json()["status"], "dropped");
    // The expert is not the officer: cannot submit.
    let own = officer
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?member_body=KEBS"),
            None,
            None,
        )
        .await
        .json();
    let seen: Vec<Value> = own["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .filter(|c| c["status"] == "draft")
        .map(|c| json!({"id": c["id"], "version": c["version"]}))
        .collect();
    assert_eq!(seen.len(), 3);
    let submit = |seen: Vec<Value>| json!({"member_body": "KEBS", "seen": seen});
    let refused = expert
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments/submit"),
            Some(submit(seen.clone())),
            None,
        )
        .await;
    assert_eq!(refused.status, 403);

    // Meanwhile the expert changes the general comment: the officer's submission is refused,
    // nothing is frozen.
    let changed = expert
        .api(
            "PATCH",
            &format!("/api/v1/comments/{}", general["id"].as_str().unwrap_or_default()),
            Some(json!({"clause": "General", "kind": "ge", "comment": "Align all terms with CXS 329-2017.", "version": general["version"]})),
            None,
        )
        .await;
    assert_eq!(changed.status, 200);
    let conflict = officer
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments/submit"),
            Some(submit(seen)),
            None,
        )
        .await;
    assert_eq!(conflict.status, 409, "{}", conflict.body);
    assert!(
        conflict.body.contains("One comment changed"),
        "{}",
        conflict.body
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comment_submissions").await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments WHERE status = 'submitted'")
            .await,
        0
    );

    // Reloaded and submitted: the three drafts are frozen, the dropped one stays out.
    let own = officer
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?member_body=KEBS"),
            None,
            None,
        )
        .await
        .json();
    let seen: Vec<Value> = own["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .filter(|c| c["status"] == "draft")
        .map(|c| json!({"id": c["id"], "version": c["version"]}))
        .collect();
    let done = officer
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments/submit"),
            Some(submit(seen.clone())),
            None,
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments WHERE status = 'submitted'")
            .await,
        3
    );
    let again = officer
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments/submit"),
            Some(submit(seen)),
            None,
        )
        .await;
    assert_eq!(again.status, 409);
    // Frozen: no change, no new comment.
    let frozen = expert
        .api(
            "PATCH",
            &format!(
                "/api/v1/comments/{}",
                annex["id"].as_str().unwrap_or_default()
            ),
            Some(json!({"clause": "A.2", "kind": "te", "comment": "later"})),
            None,
        )
        .await;
    assert_eq!(frozen.status, 403);
    let late = expert
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments"),
            Some(json!({"kind": "ge", "comment": "late"})),
            None,
        )
        .await;
    assert_eq!(late.status, 409);

    // EOS submits too; the manager compiles in clause order.
    let eos_own = eos
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?member_body=EOS"),
            None,
            None,
        )
        .await
        .json();
    let seen: Vec<Value> = eos_own["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .map(|c| json!({"id": c["id"], "version": c["version"]}))
        .collect();
    let done = eos
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments/submit"),
            Some(json!({"member_body": "EOS", "seen": seen})),
            None,
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    let compiled = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(clauses(&compiled), vec!["General", "10", "10.1", "A.2"]);
    assert_eq!(
        (compiled["total"].clone(), compiled["resolved"].clone()),
        (json!(4), json!(0))
    );
    let kebs_te = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?from=kebs&kind=te"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(clauses(&kebs_te), vec!["10", "A.2"]);

    // Dispositions: the manager only; a bad decision is named.
    let id = annex["id"].as_str().unwrap_or_default();
    let refused = officer
        .api(
            "PUT",
            &format!("/api/v1/comments/{id}/disposition"),
            Some(json!({"disposition": "accepted"})),
            None,
        )
        .await;
    assert_eq!(refused.status, 403);
    let bad = manager
        .api(
            "PUT",
            &format!("/api/v1/comments/{id}/disposition"),
            Some(json!({"disposition": "maybe"})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    let done = manager
        .api(
            "PUT",
            &format!("/api/v1/comments/{id}/disposition"),
            Some(json!({"disposition": "accepted_in_principle", "observations": "Sampling plan redrawn in A.2."})),
            None,
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.json()["disposition"], "accepted_in_principle");
    let compiled = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(compiled["resolved"], 1);
    assert_eq!(
        app.text("SELECT observations FROM comments WHERE id = $1", id)
            .await
            .as_deref(),
        Some("Sampling plan redrawn in A.2.")
    );
    // A delegate of the committee reads the compiled (submitted) comments.
    let mut eos_delegate = app.signed_in("delegate.eos@comity.example").await;
    let read = eos_delegate
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments"),
            None,
            None,
        )
        .await;
    assert_eq!(read.status, 200);
    assert_eq!(read.json()["total"], 4);

    // Exports in the template's columns, in clause order.
    let csv = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments/export?format=csv"),
            None,
            None,
        )
        .await;
    assert_eq!(csv.status, 200);
    let lines: Vec<&str> = csv.body.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed change,Observations of the secretariat,Decision,Comment ID"
    );
    assert_eq!(lines.len(), 5);
    assert!(lines[1].starts_with("KEBS,12,General,,ge,"), "{}", lines[1]);
    assert!(
        lines[4].contains("Sampling plan redrawn in A.2.,Accepted in principle"),
        "{}",
        lines[4]
    );
    let xlsx = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments/export?format=xlsx"),
            None,
            None,
        )
        .await;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx.bytes)).expect("an XLSX");
    let mut strings = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("xl/sharedStrings.xml").expect("strings"),
        &mut strings,
    )
    .expect("text");
    assert!(strings.contains("مخطط أخذ العينات غير واضح"));
    assert!(strings.contains("Observations of the secretariat"));
    let docx = manager
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments/export?format=docx"),
            None,
            None,
        )
        .await;
    assert_eq!(docx.status, 200);
    assert!(docx.headers["content-disposition"]
        .to_str()
        .unwrap_or_default()
        .contains(".docx"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx.bytes)).expect("a DOCX");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document"),
        &mut xml,
    )
    .expect("text");
    // Header row repeated, then the rows in clause order.
    let general = xml.find("Align all terms").expect("General row");
    let annex = xml.find("مخطط أخذ العينات").expect("A.2 row");
    assert!(xml.contains("<w:tblHeader/>") && general < annex);
    assert!(xml.contains("Accepted in principle"));
}
