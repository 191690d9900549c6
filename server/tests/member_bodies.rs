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
    forms_register_bodies_and_member_bodies => forms_register_bodies_and_member_bodies;
    forms_are_refused_to_others => forms_are_refused_to_others;
    officers_give_and_take_roles_by_form => officers_give_and_take_roles_by_form;
    removing_roles_is_refused_outside_the_rules => removing_roles_is_refused_outside_the_rules;
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

async fn forms_register_bodies_and_member_bodies(app: &TestApp) {
    app.with_demo().await;
    let mut admin = app.signed_in("admin@comity.example").await;
    // The list shows every member body and, to a portal administrator, the form.
    let page = admin.get("/member-bodies").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Kenya Bureau of Standards"));
    assert!(page.body.contains("Register a member body"));
    // Bad input: each field named, what was typed kept, nothing written.
    let before = app.count("SELECT COUNT(*) FROM member_bodies").await;
    let page = admin
        .submit(
            "/member-bodies",
            &[
                ("code", "m"),
                ("name", "Malawi Bureau of Standards"),
                ("country", "Malawi"),
            ],
        )
        .await;
    assert!(page
        .body
        .contains("Use 2 to 12 capital letters or digits, for example IMANOR."));
    assert!(
        page.body
            .contains("Enter the country&#x27;s two-letter ISO 3166 code")
            || page
                .body
                .contains("Enter the country's two-letter ISO 3166 code"),
        "{}",
        page.body
    );
    assert!(page.body.contains("value=\"Malawi Bureau of Standards\""));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM member_bodies").await,
        before
    );
    // Good input: on to the new member body's page.
    let reply = admin
        .post_form(
            "/member-bodies",
            &[
                ("code", "msb"),
                ("name", "Malawi Bureau of Standards"),
                ("country", "mw"),
            ],
        )
        .await;
    assert_eq!(reply.location().as_deref(), Some("/member-bodies/MSB"));
    let page = admin.get("/member-bodies/MSB").await;
    assert!(page.body.contains("Malawi Bureau of Standards"));
    // Make it a member of ARSO through the body page's form.
    let page = admin
        .submit(
            "/bodies/ARSO/members",
            &[("member_body", "MSB"), ("category", "affiliate")],
        )
        .await;
    assert!(page.body.contains("The membership was saved."));
    assert!(page.body.contains("data-member=\"MSB\""));
    assert!(page.body.contains("Affiliate"));
    assert_eq!(app.count("SELECT COUNT(*) FROM body_members m JOIN member_bodies mb ON mb.id = m.member_body_id WHERE mb.code = 'MSB' AND m.category = 'affiliate'").await, 1);
    // An unknown member body is named on its field.
    let page = admin
        .submit(
            "/bodies/ARSO/members",
            &[("member_body", "NOPE"), ("category", "member")],
        )
        .await;
    assert!(page
        .body
        .contains("There is no member body with the code NOPE."));
    // Register a body from the home page's form.
    let page = admin.get("/").await;
    assert!(page.body.contains("Register a body"));
    let page = admin
        .submit(
            "/bodies",
            &[
                ("acronym", "ARSO"),
                ("name", "Again"),
                ("name_fr", ""),
                ("name_ar", ""),
            ],
        )
        .await;
    assert!(page
        .body
        .contains("A body with the acronym ARSO already exists."));
    let reply = admin
        .post_form(
            "/bodies",
            &[
                ("acronym", "gso"),
                ("name", "GCC Standardization Organization"),
                ("name_fr", ""),
                ("name_ar", "هيئة التقييس لدول مجلس التعاون"),
            ],
        )
        .await;
    assert_eq!(reply.location().as_deref(), Some("/bodies/GSO"));
    let page = admin.get("/bodies/GSO").await;
    assert!(page.body.contains("The body was registered."));
    assert!(page.body.contains("GCC Standardization Organization"));
    assert_eq!(app.count("SELECT COUNT(*) FROM bodies").await, 4);
}

async fn forms_are_refused_to_others(app: &TestApp) {
    app.with_demo().await;
    let member_bodies = app.count("SELECT COUNT(*) FROM member_bodies").await;
    let body_members = app.count("SELECT COUNT(*) FROM body_members").await;
    // Signed out: to the sign-in page, nothing written.
    let reply = app
        .client()
        .post_form(
            "/member-bodies",
            &[("code", "MSB"), ("name", "M"), ("country", "MW")],
        )
        .await;
    assert!(reply.location().unwrap_or_default().starts_with("/login"));
    for email in ["arso.admin@comity.example", "officer.kebs@comity.example"] {
        let mut client = app.signed_in(email).await;
        let page = client.get("/member-bodies").await;
        assert!(
            !page.body.contains("Register a member body"),
            "{email} sees no form"
        );
        let page = client
            .submit(
                "/member-bodies",
                &[("code", "MSB"), ("name", "M"), ("country", "MW")],
            )
            .await;
        assert!(
            page.body.contains("You are not allowed to do this."),
            "{email}"
        );
        let page = client
            .submit(
                "/bodies/ARSO/members",
                &[("member_body", "TSE"), ("category", "member")],
            )
            .await;
        assert!(
            page.body.contains("You are not allowed to do this."),
            "{email}"
        );
        let page = client
            .submit("/bodies", &[("acronym", "XYZ"), ("name", "X")])
            .await;
        assert!(
            page.body.contains("You are not allowed to do this."),
            "{email}"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM member_bodies").await,
        member_bodies
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM body_members").await,
        body_members
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM bodies").await, 3);
}

async fn kebs_role_of(app: &TestApp, email: &str) -> Option<String> {
    app.text(
        "SELECT r.role FROM member_body_roles r JOIN member_bodies mb ON mb.id = r.member_body_id \
         JOIN users u ON u.id = r.user_id WHERE mb.code = 'KEBS' AND u.email = $1",
        email,
    )
    .await
}

async fn officers_give_and_take_roles_by_form(app: &TestApp) {
    app.with_demo().await;
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let page = officer.get("/member-bodies/KEBS").await;
    assert!(page.body.contains("Give a role"));
    // An unknown address is named on the e-mail field, and what was typed stays.
    let page = officer
        .submit(
            "/member-bodies/KEBS/people",
            &[("email", "nobody@kebs.example"), ("role", "expert")],
        )
        .await;
    assert!(page
        .body
        .contains("There is no such person. Invite them first."));
    assert!(page.body.contains("value=\"nobody@kebs.example\""));
    // Make the KEBS expert an officer.
    let page = officer
        .submit(
            "/member-bodies/KEBS/people",
            &[
                ("email", "Delegate.KEBS@comity.example"),
                ("role", "officer"),
            ],
        )
        .await;
    assert!(page.body.contains("The role was given."), "{}", page.body);
    assert_eq!(
        kebs_role_of(app, "delegate.kebs@comity.example")
            .await
            .as_deref(),
        Some("officer")
    );
    // Take it away again.
    let wanjiru = app.user_id("delegate.kebs@comity.example").await;
    let page = officer
        .submit(&format!("/member-bodies/KEBS/people/{wanjiru}/remove"), &[])
        .await;
    assert!(page.body.contains("The role was removed."));
    assert_eq!(
        kebs_role_of(app, "delegate.kebs@comity.example").await,
        None
    );
    // An officer cannot remove their own role (409), so KEBS keeps one.
    let own = app.user_id("officer.kebs@comity.example").await;
    let page = officer
        .submit(&format!("/member-bodies/KEBS/people/{own}/remove"), &[])
        .await;
    assert!(page.body.contains("You cannot remove your own role."));
    let reply = officer
        .api(
            "DELETE",
            &format!("/api/v1/member-bodies/KEBS/roles/{own}"),
            None,
            None,
        )
        .await;
    assert_eq!(reply.status, 409);
    assert_eq!(
        kebs_role_of(app, "officer.kebs@comity.example")
            .await
            .as_deref(),
        Some("officer")
    );
}

async fn removing_roles_is_refused_outside_the_rules(app: &TestApp) {
    app.with_demo().await;
    let peter = app.user_id("officer.kebs@comity.example").await;
    let wanjiru = app.user_id("delegate.kebs@comity.example").await;
    let path = format!("/api/v1/member-bodies/KEBS/roles/{wanjiru}");
    assert_eq!(
        app.client().api("DELETE", &path, None, None).await.status,
        401
    );
    // Another member body's officer, a committee manager, ARSO's administrator: 403.
    for email in [
        "officer.tse@comity.example",
        "manager@comity.example",
        "arso.admin@comity.example",
    ] {
        let mut client = app.signed_in(email).await;
        assert_eq!(
            client.api("DELETE", &path, None, None).await.status,
            403,
            "{email}"
        );
        let page = client
            .submit(&format!("/member-bodies/KEBS/people/{peter}/remove"), &[])
            .await;
        assert!(
            page.body.contains("You are not allowed to do this."),
            "{email}"
        );
        let page = client.get("/member-bodies/KEBS").await;
        assert!(!page.body.contains("Give a role"), "{email} sees no form");
    }
    assert_eq!(
        kebs_role_of(app, "delegate.kebs@comity.example")
            .await
            .as_deref(),
        Some("expert")
    );
    assert_eq!(
        kebs_role_of(app, "officer.kebs@comity.example")
            .await
            .as_deref(),
        Some("officer")
    );
    // A portal administrator may; a second time there is nothing to remove (404).
    let mut admin = app.signed_in("admin@comity.example").await;
    assert_eq!(admin.api("DELETE", &path, None, None).await.status, 204);
    assert_eq!(admin.api("DELETE", &path, None, None).await.status, 404);
    assert_eq!(
        kebs_role_of(app, "delegate.kebs@comity.example").await,
        None
    );
}
