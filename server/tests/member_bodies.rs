//! Bodies and member bodies: registration, membership of bodies, people's roles, the
//! member-body page; refusals leave the database as it was (SQLite and PostgreSQL).

mod common;

use common::{TestApp, DEMO_PASSWORD};
use serde_json::json;

on_both_databases! {
    member_body_page_lists_committees_and_people => member_body_page_lists_committees_and_people;
    portal_admin_registers_member_bodies_and_bodies => portal_admin_registers_member_bodies_and_bodies;
    registration_is_refused_to_others_and_bad_input_named => registration_is_refused_to_others_and_bad_input_named;
    officers_manage_their_own_people_only => officers_manage_their_own_people_only;
    invited_people_join_their_member_body => invited_people_join_their_member_body;
}

async fn member_body_page_lists_committees_and_people(app: &TestApp) {
    app.with_demo().await;
    let page = app.client().get("/member-bodies/KEBS").await;
    assert_eq!(page.status, 200);
    for text in [
        "Kenya Bureau of Standards",
        "ARSO/TC 70",
        "ARSO/TC 71",
        "Peter Otieno",
        "Officer",
        "Wanjiru Kamau",
        "Expert",
    ] {
        assert!(page.body.contains(text), "member-body page lacks {text}");
    }
    let api = app
        .client()
        .api("GET", "/api/v1/member-bodies/kebs", None, None)
        .await
        .json();
    assert_eq!(api["code"], "KEBS");
    assert_eq!(api["committees"].as_array().map(Vec::len), Some(2));
    assert_eq!(app.client().get("/member-bodies/NOPE").await.status, 404);
    let all = app
        .client()
        .api("GET", "/api/v1/member-bodies", None, None)
        .await
        .json();
    assert_eq!(all.as_array().map(Vec::len), Some(25));
}

async fn portal_admin_registers_member_bodies_and_bodies(app: &TestApp) {
    app.with_demo().await;
    let mut admin = app.client();
    admin.sign_in("admin@comity.example", DEMO_PASSWORD).await;
    let reply = admin
        .api(
            "POST",
            "/api/v1/member-bodies",
            Some(json!({"code": "msb", "name": "Malawi Bureau of Standards", "country": "mw"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(reply.json()["code"], "MSB");
    assert_eq!(
        admin
            .api(
                "PUT",
                "/api/v1/bodies/ARSO/members/MSB",
                Some(json!({"category": "member"})),
                None
            )
            .await
            .status,
        204
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM body_members m JOIN member_bodies mb ON mb.id = m.member_body_id WHERE mb.code = 'MSB' AND m.category = 'member'").await, 1);
    // Now MSB may hold an ARSO secretariat.
    let mut body_admin = app.client();
    body_admin
        .sign_in("arso.admin@comity.example", DEMO_PASSWORD)
        .await;
    let created = body_admin
        .api(
            "POST",
            "/api/v1/bodies/ARSO/committees",
            Some(json!({"kind": "TC", "number": 88, "title": "Tea", "secretariat": "MSB"})),
            None,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let reply = admin.api("POST", "/api/v1/bodies", Some(json!({"acronym": "GSO", "name": "GCC Standardization Organization", "name_ar": "هيئة التقييس لدول مجلس التعاون"})), None).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let name_ar: Option<String> =
        sqlx::query_scalar("SELECT name_ar FROM bodies WHERE acronym = 'GSO'")
            .fetch_one(&app.state.pool)
            .await
            .expect("row");
    assert_eq!(name_ar.as_deref(), Some("هيئة التقييس لدول مجلس التعاون"));
}

async fn registration_is_refused_to_others_and_bad_input_named(app: &TestApp) {
    app.with_demo().await;
    let before = app.count("SELECT COUNT(*) FROM member_bodies").await;
    let body = json!({"code": "ZZZ", "name": "Z", "country": "ZZ"});
    assert_eq!(
        app.client()
            .api("POST", "/api/v1/member-bodies", Some(body.clone()), None)
            .await
            .status,
        401
    );
    for email in [
        "arso.admin@comity.example",
        "officer.kebs@comity.example",
        "manager@comity.example",
    ] {
        let mut client = app.client();
        client.sign_in(email, DEMO_PASSWORD).await;
        assert_eq!(
            client
                .api("POST", "/api/v1/member-bodies", Some(body.clone()), None)
                .await
                .status,
            403,
            "{email}"
        );
        assert_eq!(
            client
                .api(
                    "POST",
                    "/api/v1/bodies",
                    Some(json!({"acronym": "XX", "name": "X"})),
                    None
                )
                .await
                .status,
            403,
            "{email}"
        );
        assert_eq!(
            client
                .api(
                    "PUT",
                    "/api/v1/bodies/ARSO/members/TSE",
                    Some(json!({"category": "member"})),
                    None
                )
                .await
                .status,
            403,
            "{email}"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM member_bodies").await,
        before
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM bodies").await, 3);
    let mut admin = app.client();
    admin.sign_in("admin@comity.example", DEMO_PASSWORD).await;
    let reply = admin
        .api(
            "POST",
            "/api/v1/member-bodies",
            Some(json!({"code": "K", "name": "", "country": "Kenya"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    let errors = &reply.json()["errors"];
    assert!(
        errors["code"].is_array() && errors["name"].is_array() && errors["country"].is_array(),
        "{errors}"
    );
    let reply = admin
        .api(
            "POST",
            "/api/v1/member-bodies",
            Some(json!({"code": "KEBS", "name": "Again", "country": "KE"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.json()["errors"]["code"][0],
        "A member body with the code KEBS already exists."
    );
    let reply = admin
        .api(
            "PUT",
            "/api/v1/bodies/ARSO/members/TSE",
            Some(json!({"category": "partner"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.json()["errors"]["category"][0],
        "Choose member, affiliate or observer."
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM member_bodies").await,
        before,
        "nothing half-written"
    );
}

async fn officers_manage_their_own_people_only(app: &TestApp) {
    app.with_demo().await;
    let observer: String =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'observer@comity.example'")
            .fetch_one(&app.state.pool)
            .await
            .expect("user");
    let mut kebs = app.client();
    kebs.sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    // Not another member body's people.
    assert_eq!(
        kebs.api(
            "PUT",
            &format!("/api/v1/member-bodies/TSE/roles/{observer}"),
            Some(json!({"role": "expert"})),
            None
        )
        .await
        .status,
        403
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM member_body_roles r JOIN member_bodies mb ON mb.id = r.member_body_id WHERE mb.code = 'TSE'").await, 1);
    // Its own, yes; a bad role is named.
    let bad = kebs
        .api(
            "PUT",
            &format!("/api/v1/member-bodies/KEBS/roles/{observer}"),
            Some(json!({"role": "boss"})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.json()["errors"]["role"][0], "Choose officer or expert.");
    assert_eq!(
        kebs.api(
            "PUT",
            &format!("/api/v1/member-bodies/KEBS/roles/{observer}"),
            Some(json!({"role": "expert"})),
            None
        )
        .await
        .status,
        204
    );
    assert!(app
        .client()
        .get("/member-bodies/KEBS")
        .await
        .body
        .contains("Fatou Ndiaye"));
}

async fn invited_people_join_their_member_body(app: &TestApp) {
    app.with_demo().await;
    let users_before = app.count("SELECT COUNT(*) FROM users").await;
    // Body administrators may invite too; an unknown member body is named and nothing is created.
    let mut admin = app.client();
    admin
        .sign_in("arso.admin@comity.example", DEMO_PASSWORD)
        .await;
    let bad = admin
        .api(
            "POST",
            "/api/v1/users",
            Some(json!({"email": "new@kebs.example", "name": "New", "member_body": "NOPE"})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.json()["errors"]["member_body"][0]
        .as_str()
        .unwrap_or_default()
        .contains("NOPE"));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users_before);
    let ok = admin
        .api(
            "POST",
            "/api/v1/users",
            Some(
                json!({"email": "new@kebs.example", "name": "Njeri Mwangi", "member_body": "kebs"}),
            ),
            None,
        )
        .await;
    assert_eq!(ok.status, 201, "{}", ok.body);
    let page = app.client().get("/member-bodies/KEBS").await;
    assert!(
        page.body.contains("Njeri Mwangi"),
        "the invited person is one of KEBS's experts"
    );
    // So KEBS's officer can nominate her.
    let id = ok.json()["id"].as_str().expect("id").to_string();
    let tc70: String =
        sqlx::query_scalar("SELECT id FROM committees WHERE reference = 'ARSO/TC 70'")
            .fetch_one(&app.state.pool)
            .await
            .expect("tc70");
    let mut officer = app.client();
    officer
        .sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    assert_eq!(
        officer
            .api(
                "PUT",
                &format!("/api/v1/committees/{tc70}/roles/{id}"),
                Some(json!({"role": "delegate"})),
                None
            )
            .await
            .status,
        204
    );
}
