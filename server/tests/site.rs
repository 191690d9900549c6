//! The frame of the site: home page, error pages, health, OpenAPI, assets, compression.

mod common;

use common::TestApp;

on_both_databases! {
    home_lists_bodies_and_committees => home_lists_bodies_and_committees;
    unknown_page_is_a_human_404 => unknown_page_is_a_human_404;
    health_reports_the_database => health_reports_the_database;
    openapi_describes_the_api => openapi_describes_the_api;
    demo_data_loads_once => demo_data_loads_once;
    html_is_compressed => html_is_compressed;
    titles_fall_back_to_english_marked_as_such => titles_fall_back_to_english_marked_as_such;
}

async fn home_lists_bodies_and_committees(app: &TestApp) {
    app.with_demo().await;
    let page = app.client().get("/").await;
    assert_eq!(page.status, 200);
    for text in [
        "ARSO/TC 70",
        "Cannabis and cannabis-derived products",
        "IMANOR",
        "SMIIC/TC 1",
        "Halal food issues",
        "SMIIC/TC 1/WG 2",
        "RNF",
    ] {
        assert!(page.body.contains(text), "home page lacks {text}");
    }
    // TC 4 comes before TC 70, and WG 1 of TC 70 right after TC 70.
    let at = |t: &str| page.body.find(t).unwrap_or(usize::MAX);
    assert!(
        at("ARSO/TC 4<") < at("ARSO/TC 70<")
            && at("ARSO/TC 70<") < at("ARSO/TC 70/WG 1")
            && at("ARSO/TC 70/WG 1") < at("ARSO/TC 71")
    );
    let api = app
        .client()
        .api("GET", "/api/v1/bodies", None, None)
        .await
        .json();
    assert_eq!(api.as_array().map(Vec::len), Some(3));
}

async fn unknown_page_is_a_human_404(app: &TestApp) {
    let mut browser = app.client();
    let page = browser.get("/no/such/page").await;
    assert_eq!(page.status, 404);
    assert!(page.body.contains("Page not found") && page.body.contains("Back to the home page"));
    browser.accept_language = Some("fr".into());
    assert!(browser
        .get("/nothing")
        .await
        .body
        .contains("Page introuvable"));
    let api = browser.api("GET", "/api/v1/nothing", None, None).await;
    assert_eq!(api.status, 404);
    assert_eq!(api.json()["error"]["code"], "error-not-found");
}

async fn health_reports_the_database(app: &TestApp) {
    let reply = app.client().get("/healthz").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, "ok");
    app.state.pool.close().await;
    assert_eq!(app.client().get("/healthz").await.status, 503);
}

async fn openapi_describes_the_api(app: &TestApp) {
    let doc = app
        .client()
        .api("GET", "/api/v1/openapi.json", None, None)
        .await
        .json();
    assert!(doc["openapi"]
        .as_str()
        .unwrap_or_default()
        .starts_with("3."));
    for path in [
        "/api/v1/auth/login",
        "/api/v1/auth/logout",
        "/api/v1/me",
        "/api/v1/tokens",
        "/api/v1/tokens/{id}",
        "/api/v1/users",
        "/api/v1/invitations/{token}",
        "/api/v1/bodies",
    ] {
        assert!(doc["paths"].get(path).is_some(), "OpenAPI lacks {path}");
    }
    assert!(doc["components"]["schemas"].get("UserView").is_some());
}

async fn demo_data_loads_once(app: &TestApp) {
    app.with_demo().await;
    assert!(!app::server::demo::load(&app.state)
        .await
        .expect("second load"));
    assert_eq!(app.count("SELECT COUNT(*) FROM bodies").await, 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM member_bodies").await, 25);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users").await,
        app::server::demo::DEMO_USERS.len() as i64
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM committees c JOIN member_bodies m ON m.id = c.secretariat_id WHERE c.reference = 'ARSO/TC 70' AND m.code = 'IMANOR'").await, 1);
}

async fn html_is_compressed(app: &TestApp) {
    app.with_demo().await;
    let request = axum::http::Request::get("/")
        .header("accept", "text/html")
        .header("accept-encoding", "br, gzip")
        .body(axum::body::Body::empty())
        .expect("request");
    let reply = app.client().send(request).await;
    assert_eq!(
        reply
            .headers
            .get("content-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("br")
    );
}

#[tokio::test]
async fn malformed_json_is_a_422_in_our_shape() {
    let Some(app) = TestApp::start(common::Backend::Sqlite).await else {
        return;
    };
    let request = axum::http::Request::post("/api/v1/auth/login")
        .header("content-type", "application/json")
        .body(axum::body::Body::from("{not json"))
        .expect("request");
    let reply = app.client().send(request).await;
    assert_eq!(reply.status, 422);
    assert_eq!(reply.json()["error"]["code"], "error-invalid");
    assert!(reply.json()["errors"]["body"][0]
        .as_str()
        .unwrap_or_default()
        .contains("not valid JSON"));
    app.finish().await;
}

/// Arabic pages mirror because the stylesheet speaks only in logical directions: no
/// `margin-left`, `padding-right`, `left:`, `text-align: right`, `float: left`… A physical
/// direction slipped into `style/main.css` fails here with its line.
#[test]
fn the_stylesheet_uses_logical_directions_only() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../style/main.css"))
        .expect("style/main.css");
    let physical = [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "border-left",
        "border-right",
        "text-align: left",
        "text-align: right",
        "float: left",
        "float: right",
        "clear: left",
        "clear: right",
    ];
    // Comments may name what not to write: blank them out, keeping the lines.
    let mut code_only = String::with_capacity(css.len());
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        code_only.push_str(&rest[..start]);
        let end = rest[start..]
            .find("*/")
            .map_or(rest.len(), |e| start + e + 2);
        code_only.extend(rest[start..end].chars().filter(|c| *c == '\n'));
        rest = &rest[end..];
    }
    code_only.push_str(rest);
    let mut found = Vec::new();
    for (n, code) in code_only.lines().enumerate() {
        let offsets = code
            .split(';')
            .chain(code.split('{'))
            .map(str::trim)
            .any(|decl| decl.starts_with("left:") || decl.starts_with("right:"));
        if offsets || physical.iter().any(|p| code.contains(p)) {
            found.push(format!("{}: {}", n + 1, code.trim()));
        }
    }
    assert!(
        found.is_empty(),
        "physical directions in style/main.css:\n{}",
        found.join("\n")
    );
    // The test can fail: a physical property is recognised.
    assert!(physical
        .iter()
        .any(|p| "a { margin-left: 1px }".contains(p)));
}

/// A committee title the body wrote in Arabic shows in Arabic; one it did not shows in
/// English, marked as English (in language and in words), on the Arabic home page.
async fn titles_fall_back_to_english_marked_as_such(app: &TestApp) {
    app.with_demo().await;
    let request = axum::http::Request::get("/")
        .header("accept", "text/html")
        .header("accept-language", "ar")
        .body(axum::body::Body::empty())
        .expect("request");
    let page = app.client().send(request).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // ARSO/TC 1 has no Arabic title in the demo data.
    assert!(
        page.body.contains(
            "<span lang=\"en\" dir=\"ltr\">Standardization principles</span> <span class=\"fallback-mark\">(بالإنجليزية)</span>"
        ),
        "{}",
        page.body
    );
    // ARSO/TC 70 has one.
    assert!(page
        .body
        .contains("<span lang=\"ar\" dir=\"rtl\">القنب والمنتجات المشتقة من القنب</span>"));
}
