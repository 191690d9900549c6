//! Security headers and cross-site requests, on SQLite and PostgreSQL: every page carries a
//! Content-Security-Policy whose fresh nonce is the one on the page's only inline script, no
//! inline event handlers, `nosniff`, a referrer policy and no framing; a state-changing request
//! a browser sends from another site is refused (403, in the reader's language) and changes
//! nothing, on form routes and on the API alike, while same-site requests and bearer-token
//! clients go through.

mod common;

use axum::{
    body::Body,
    http::{header, Request},
};
use common::{Client, Reply, TestApp};
use serde_json::json;

on_both_databases! {
    pages_carry_a_content_security_policy_with_a_fresh_nonce => pages_carry_a_content_security_policy_with_a_fresh_nonce;
    cross_site_changes_are_refused => cross_site_changes_are_refused;
}

fn nonce_of(reply: &Reply) -> String {
    let policy = reply
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .expect("a Content-Security-Policy")
        .to_string();
    for directive in [
        "default-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "'wasm-unsafe-eval'",
    ] {
        assert!(policy.contains(directive), "{directive} missing: {policy}");
    }
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce")
        .to_string()
}

async fn pages_carry_a_content_security_policy_with_a_fresh_nonce(app: &TestApp) {
    app.with_demo().await;
    let mut visitor = app.client();
    let first = visitor.get("/").await;
    assert_eq!(first.status, 200);
    let nonce = nonce_of(&first);
    assert!(nonce.len() >= 22, "{nonce}");
    // The one inline script (it starts the WASM) carries the nonce; every script does.
    let scripts: Vec<&str> = first.body.split("<script").skip(1).collect();
    assert!(!scripts.is_empty());
    for script in &scripts {
        assert!(
            script.contains(&format!("nonce=\"{nonce}\"")),
            "<script{script}"
        );
    }
    // No inline event handlers anywhere (they would need 'unsafe-inline').
    for handler in [
        " onclick=",
        " onload=",
        " onerror=",
        " onsubmit=",
        " onchange=",
    ] {
        assert!(!first.body.contains(handler), "{handler}");
    }
    assert_eq!(first.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(first.headers[header::REFERRER_POLICY], "same-origin");
    assert_eq!(first.headers[header::X_FRAME_OPTIONS], "DENY");
    let second = visitor.get("/login").await;
    assert_ne!(nonce_of(&second), nonce, "a new nonce for each response");
    // The API answers carry the headers too.
    let api = visitor.api("GET", "/api/v1/bodies", None, None).await;
    assert_eq!(api.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

/// Posts a form as a browser on `origin` would.
async fn post_from(
    client: &mut Client,
    origin: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let request = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, origin)
        .body(Body::from(
            serde_urlencoded::to_string(fields).expect("form encoding"),
        ))
        .expect("request");
    client.send(request).await
}

async fn cross_site_changes_are_refused(app: &TestApp) {
    app.with_demo().await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let manager_id = app.user_id("manager@comity.example").await;
    let zone = "SELECT COALESCE(time_zone, '') FROM users WHERE id = $1";

    // A form posted from another site: refused, nothing changed.
    let refused = post_from(
        &mut manager,
        "https://evil.example",
        "/account/time-zone",
        &[("time_zone", "Europe/Paris")],
    )
    .await;
    assert_eq!(refused.status, 403);
    assert_eq!(
        refused.body,
        "This request came from another site and was refused. Open the page in Comity itself and try again."
    );
    assert_eq!(app.text(zone, &manager_id).await.as_deref(), Some(""));
    manager.accept_language = Some("fr".into());
    let refused = post_from(
        &mut manager,
        "null",
        "/account/time-zone",
        &[("time_zone", "Europe/Paris")],
    )
    .await;
    assert_eq!(refused.status, 403);
    assert!(refused
        .body
        .starts_with("Cette requête venait d’un autre site"));
    manager.accept_language = None;

    // From the portal's own pages (its public address): done.
    let done = post_from(
        &mut manager,
        "http://comity.test",
        "/account/time-zone",
        &[("time_zone", "Europe/Paris")],
    )
    .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        app.text(zone, &manager_id).await.as_deref(),
        Some("Europe/Paris")
    );

    // The API with the session cookie, from another site (no Origin, Sec-Fetch-Site says so):
    // refused; with a bearer token, the caller is a program and goes through.
    let request = Request::put("/api/v1/me/time-zone")
        .header(header::CONTENT_TYPE, "application/json")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from(
            json!({"time_zone": "Africa/Nairobi"}).to_string(),
        ))
        .expect("request");
    assert_eq!(manager.send(request).await.status, 403);
    assert_eq!(
        app.text(zone, &manager_id).await.as_deref(),
        Some("Europe/Paris")
    );
    let created = manager
        .api(
            "POST",
            "/api/v1/tokens",
            Some(json!({"name": "script"})),
            None,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let secret = created.json()["secret"]
        .as_str()
        .expect("secret")
        .to_string();
    let request = Request::put("/api/v1/me/time-zone")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::AUTHORIZATION, format!("Bearer {secret}"))
        .body(Body::from(
            json!({"time_zone": "Africa/Nairobi"}).to_string(),
        ))
        .expect("request");
    assert_eq!(app.client().send(request).await.status, 204);
    assert_eq!(
        app.text(zone, &manager_id).await.as_deref(),
        Some("Africa/Nairobi")
    );
    // Uploads: nobody signed out gets the server to read (and spool) a file: 401 at once, even
    // for a body announced far beyond the limit (which would otherwise be a 413).
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let request = Request::post(format!("/api/v1/committees/{tc70}/documents"))
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=x")
        .header(header::CONTENT_LENGTH, "900000000")
        .body(Body::from("--x--"))
        .expect("request");
    assert_eq!(app.client().send(request).await.status, 401);
    // Reading from another site is not a change: allowed (the same-origin policy protects
    // the answer).
    let request = Request::get("/api/v1/bodies")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::empty())
        .expect("request");
    assert_eq!(app.client().send(request).await.status, 200);
}
