//! The benchmark's dataset generator (`comity-bench seed`, used by `make bench`) at a small scale,
//! on SQLite and PostgreSQL: what it loads is what the server reads — the measured pages show
//! their committee, ballot and comments to the committee's manager, search finds the documents'
//! texts, a load voter's token casts a vote — so a schema change that the generator misses fails
//! here rather than in the next benchmark.

mod common;

#[allow(dead_code)]
#[path = "../src/bin/comity-bench/seed.rs"]
mod seed;

use common::TestApp;

on_both_databases! {
    the_dataset_is_what_the_server_reads => the_dataset_is_what_the_server_reads;
}

async fn the_dataset_is_what_the_server_reads(app: &TestApp) {
    let scale = seed::Scale::times(0.02);
    let targets = seed::load(&app.state.pool, 42, scale)
        .await
        .expect("the dataset loads");

    // Every table the generator reports holds its rows.
    for (table, rows) in &targets.rows {
        if *rows == 0 {
            continue;
        }
        let mut held = app.count(&format!("SELECT COUNT(*) FROM {table}")).await;
        if table == "committees" {
            held -= 1; // the vote-load committee, written on its own
        }
        assert!(
            held >= *rows as i64,
            "{table}: {held} rows held, {rows} loaded"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM documents").await,
        scale.documents as i64
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments").await,
        scale.comments as i64
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM comments WHERE document_id = '{}'",
            targets.comments_document_id
        ))
        .await,
        scale.export_comments as i64
    );

    // The measured pages, as the manager.
    let mut manager = app.client();
    manager
        .sign_in(&targets.manager_email, &targets.password)
        .await;
    for (path, shows) in [
        (
            format!("/committees/{}", targets.committee_id),
            &targets.committee_reference,
        ),
        (
            format!("/committees/{}/documents", targets.committee_id),
            &targets.committee_reference,
        ),
        (
            format!("/ballots/{}", targets.closed_ballot_id),
            &targets.closed_ballot_title,
        ),
        (
            format!("/documents/{}/comments", targets.comments_document_id),
            &targets.comments_document_reference,
        ),
    ] {
        let page = manager.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(page.body.contains(shows.as_str()), "{path} shows {shows}");
    }
    // The closed ballot's stored outcome is the one the server computes from its votes.
    let result = manager
        .api(
            "GET",
            &format!("/api/v1/ballots/{}/result", targets.closed_ballot_id),
            None,
            None,
        )
        .await;
    assert_eq!(result.status, 200, "{}", result.body);
    let stored = app
        .text(
            "SELECT outcome FROM ballots WHERE id = $1",
            &targets.closed_ballot_id,
        )
        .await;
    assert_eq!(result.json()["outcome"].as_str(), stored.as_deref());

    // Search finds the documents' texts.
    let mut admin = app.client();
    admin.sign_in(&targets.admin_email, &targets.password).await;
    let hits = admin
        .api("GET", "/api/v1/search?q=requirements", None, None)
        .await;
    assert_eq!(hits.status, 200, "{}", hits.body);
    assert!(
        hits.json()["total"].as_i64().unwrap_or(0) > 0,
        "{}",
        hits.body
    );

    // A load voter's token casts its member body's vote.
    let (code, token) = &targets.voters[0];
    let vote = app
        .client()
        .api(
            "PUT",
            &format!("/api/v1/ballots/{}/votes/{code}", targets.vote_ballot_id),
            Some(serde_json::json!({"position": "approve"})),
            Some(token),
        )
        .await;
    assert!(vote.status.is_success(), "{}", vote.body);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = '{}' AND is_current = 1",
            targets.vote_ballot_id
        ))
        .await,
        1
    );
}
