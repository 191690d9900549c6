//! Committee pages and memberships: who may change them, what bad input gets, and what the
//! database holds afterwards (each test on SQLite and on PostgreSQL).

mod common;

use common::{TestApp, DEMO_PASSWORD};
use serde_json::json;

on_both_databases! {
    committee_page_shows_officers_and_members => committee_page_shows_officers_and_members;
    manager_changes_membership_through_the_page => manager_changes_membership_through_the_page;
    membership_changes_are_refused_to_others => membership_changes_are_refused_to_others;
    bad_membership_input_names_the_field => bad_membership_input_names_the_field;
    ending_a_membership => ending_a_membership;
    body_admin_creates_committees => body_admin_creates_committees;
    committee_creation_is_refused_to_others => committee_creation_is_refused_to_others;
    bad_committee_input_names_each_field => bad_committee_input_names_each_field;
    same_reference_created_twice_at_once => same_reference_created_twice_at_once;
    officer_nominates_a_delegate_who_sees_the_committee => officer_nominates_a_delegate_who_sees_the_committee;
    nominations_are_refused_outside_the_rules => nominations_are_refused_outside_the_rules;
    managers_set_other_roles => managers_set_other_roles;
    manage_page_is_for_managers_only => manage_page_is_for_managers_only;
    body_admin_changes_secretariat_and_status => body_admin_changes_secretariat_and_status;
    committee_changes_are_refused_to_others => committee_changes_are_refused_to_others;
    details_form_on_the_manage_page => details_form_on_the_manage_page;
}

async fn committee_id(app: &TestApp, reference: &str) -> String {
    app.committee_id(reference).await
}

async fn status_of(app: &TestApp, committee: &str, code: &str) -> Option<String> {
    sqlx::query_scalar(
        "SELECT m.status FROM committee_members m JOIN member_bodies mb ON mb.id = m.member_body_id \
         WHERE m.committee_id = $1 AND mb.code = $2",
    )
    .bind(committee)
    .bind(code)
    .fetch_optional(&app.state.pool)
    .await
    .expect("query")
}

async fn committee_page_shows_officers_and_members(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let page = app.client().get(&format!("/committees/{tc70}")).await;
    assert_eq!(page.status, 200);
    for text in [
        "Cannabis and cannabis-derived products",
        "IMANOR",
        "Salma Bennani",
        "Committee manager",
        "Youssef El Amrani",
        "P-members",
        "O-members",
        "Kenya Bureau of Standards",
    ] {
        assert!(page.body.contains(text), "committee page lacks {text}");
    }
    // Visitors get no management form.
    assert!(!page.body.contains("Save membership"));
    let api = app
        .client()
        .api("GET", &format!("/api/v1/committees/{tc70}"), None, None)
        .await
        .json();
    assert_eq!(api["reference"], "ARSO/TC 70");
    assert_eq!(api["secretariat"], "IMANOR");
    let p_members: Vec<&str> = api["members"]
        .as_array()
        .expect("members")
        .iter()
        .filter(|m| m["status"] == "P")
        .filter_map(|m| m["member_body"].as_str())
        .collect();
    assert_eq!(p_members, ["ASN", "EOS", "IMANOR", "KEBS", "SON"]);
    assert_eq!(app.client().get("/committees/no-such-id").await.status, 404);
    let mut arabic = app.client();
    arabic.accept_language = Some("ar".into());
    assert!(arabic
        .get(&format!("/committees/{tc70}"))
        .await
        .body
        .contains("القنب والمنتجات المشتقة من القنب"));
}

async fn manager_changes_membership_through_the_page(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let mut manager = app.client();
    manager
        .sign_in("manager@comity.example", DEMO_PASSWORD)
        .await;
    let page = manager.get(&format!("/committees/{tc70}")).await;
    assert!(
        page.body.contains("Manage members and roles") && !page.body.contains("Save membership")
    );
    let page = manager.get(&format!("/committees/{tc70}/manage")).await;
    assert!(
        page.body.contains("Save membership"),
        "the manager sees the form"
    );
    let page = manager
        .submit(
            &format!("/committees/{tc70}/members"),
            &[("member_body", "tbs"), ("status", "P")],
        )
        .await;
    assert!(
        page.body.contains("The membership was saved."),
        "{}",
        page.body
    );
    assert_eq!(status_of(app, &tc70, "TBS").await.as_deref(), Some("P"));
    // The history says who changed what, from what to what.
    let (actor, from, to): (String, Option<String>, Option<String>) = sqlx::query_as(
        "SELECT u.email, h.from_value, h.to_value FROM committee_history h JOIN users u ON u.id = h.actor_id WHERE h.committee_id = $1 AND h.subject = 'TBS'",
    )
    .bind(&tc70)
    .fetch_one(&app.state.pool)
    .await
    .expect("one history line");
    assert_eq!(
        (actor.as_str(), from.as_deref(), to.as_deref()),
        ("manager@comity.example", Some("O"), Some("P"))
    );
    let page = manager.get(&format!("/committees/{tc70}")).await;
    assert!(page.body.contains("O-member → P-member"));
    let mut arabic = manager.clone();
    arabic.accept_language = Some("ar".into());
    assert!(arabic
        .get(&format!("/committees/{tc70}"))
        .await
        .body
        .contains("عضو مراقب (O) ← عضو مشارك (P)"));
    // Setting the same status again records nothing new.
    manager
        .post_form(
            &format!("/committees/{tc70}/members"),
            &[("member_body", "TBS"), ("status", "P")],
        )
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committee_history WHERE subject = 'TBS'")
            .await,
        1
    );
}

async fn membership_changes_are_refused_to_others(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let tc71 = committee_id(app, "ARSO/TC 71").await;
    let smiic = committee_id(app, "SMIIC/TC 1").await;
    let put = |committee: &str, code: &str| {
        (
            format!("/api/v1/committees/{committee}/members/{code}"),
            json!({"status": "P"}),
        )
    };
    let history_before = app.count("SELECT COUNT(*) FROM committee_history").await;

    let (path, body) = put(&tc70, "TBS");
    assert_eq!(
        app.client()
            .api("PUT", &path, Some(body.clone()), None)
            .await
            .status,
        401,
        "signed out"
    );
    for (email, committee, code, expected) in [
        ("delegate.kebs@comity.example", &tc70, "TBS", 403),
        ("officer.kebs@comity.example", &tc70, "TBS", 403),
        ("chair@comity.example", &tc70, "TBS", 403),
        ("manager@comity.example", &tc71, "KEBS", 403),
        ("arso.admin@comity.example", &smiic, "BSTI", 403),
    ] {
        let mut client = app.client();
        client.sign_in(email, DEMO_PASSWORD).await;
        let (path, body) = put(committee, code);
        assert_eq!(
            client.api("PUT", &path, Some(body), None).await.status,
            expected,
            "{email} on {committee}"
        );
    }
    assert_eq!(
        status_of(app, &tc70, "TBS").await.as_deref(),
        Some("O"),
        "unchanged"
    );
    assert_eq!(
        status_of(app, &tc71, "KEBS").await.as_deref(),
        Some("O"),
        "unchanged"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committee_history").await,
        history_before,
        "nothing recorded"
    );
    // The same form post from a delegate changes nothing either.
    let mut delegate = app.client();
    delegate
        .sign_in("delegate.kebs@comity.example", DEMO_PASSWORD)
        .await;
    let page = delegate
        .submit(
            &format!("/committees/{tc70}/members"),
            &[("member_body", "TBS"), ("status", "P")],
        )
        .await;
    assert_eq!(page.status, 403);
    assert!(page.body.contains("Not allowed"));
    assert_eq!(status_of(app, &tc70, "TBS").await.as_deref(), Some("O"));
    // The ARSO body administrator may, in an ARSO committee.
    let mut admin = app.client();
    admin
        .sign_in("arso.admin@comity.example", DEMO_PASSWORD)
        .await;
    let (path, body) = put(&tc71, "KEBS");
    assert_eq!(admin.api("PUT", &path, Some(body), None).await.status, 204);
    assert_eq!(status_of(app, &tc71, "KEBS").await.as_deref(), Some("P"));
}

async fn bad_membership_input_names_the_field(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let mut manager = app.client();
    manager
        .sign_in("manager@comity.example", DEMO_PASSWORD)
        .await;
    let history_before = app.count("SELECT COUNT(*) FROM committee_history").await;
    let reply = manager
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/members/TBS"),
            Some(json!({"status": "member"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.json()["errors"]["status"][0],
        "Choose one of P-member, O-member, or liaison A, B or C."
    );
    let reply = manager
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/members/NOPE"),
            Some(json!({"status": "P"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.json()["errors"]["member_body"][0]
        .as_str()
        .unwrap_or_default()
        .contains("NOPE"));
    // TSE is not a member body of ARSO: not as a P-member…
    let reply = manager
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/members/TSE"),
            Some(json!({"status": "P"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(reply.json()["errors"]["member_body"][0], "Only member bodies of ARSO can be P- or O-members. Make it a member of ARSO first, or choose a liaison.");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committee_history").await,
        history_before,
        "nothing half-written"
    );
    assert_eq!(status_of(app, &tc70, "TSE").await, None);
    // …but as a liaison.
    let reply = manager
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/members/TSE"),
            Some(json!({"status": "liaison_a"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 204);
    assert_eq!(
        status_of(app, &tc70, "TSE").await.as_deref(),
        Some("liaison_a")
    );
    // Through the page, in French, the message names the field and keeps what was typed.
    manager.accept_language = Some("fr".into());
    let page = manager
        .submit(
            &format!("/committees/{tc70}/members"),
            &[("member_body", "XYZ"), ("status", "O")],
        )
        .await;
    assert!(
        page.body.contains("Aucun organisme membre n’a le code XYZ"),
        "{}",
        page.body
    );
    assert!(page.body.contains("value=\"XYZ\""));
}

async fn ending_a_membership(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let mut manager = app.client();
    manager
        .sign_in("manager@comity.example", DEMO_PASSWORD)
        .await;
    let path = format!("/api/v1/committees/{tc70}/members/GSA");
    assert_eq!(manager.api("DELETE", &path, None, None).await.status, 204);
    assert_eq!(status_of(app, &tc70, "GSA").await, None);
    assert_eq!(manager.api("DELETE", &path, None, None).await.status, 404);
    let to: Option<String> =
        sqlx::query_scalar("SELECT to_value FROM committee_history WHERE subject = 'GSA'")
            .fetch_one(&app.state.pool)
            .await
            .expect("history line");
    assert_eq!(to, None);
    let page = manager
        .submit(&format!("/committees/{tc70}/members/TBS/end"), &[])
        .await;
    assert!(page.body.contains("The membership was ended."));
    assert_eq!(status_of(app, &tc70, "TBS").await, None);
}

async fn body_admin_creates_committees(app: &TestApp) {
    app.with_demo().await;
    let mut admin = app.client();
    admin
        .sign_in("arso.admin@comity.example", DEMO_PASSWORD)
        .await;
    let body = json!({"kind": "TC", "number": 80, "title": "Shea butter", "title_fr": "Beurre de karité", "secretariat": "kebs"});
    let reply = admin
        .api("POST", "/api/v1/bodies/ARSO/committees", Some(body), None)
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(reply.json()["reference"], "ARSO/TC 80");
    let id = reply.json()["id"].as_str().expect("id").to_string();
    let (secretariat, title_fr): (String, Option<String>) = sqlx::query_as(
        "SELECT mb.code, c.title_fr FROM committees c JOIN member_bodies mb ON mb.id = c.secretariat_id WHERE c.id = $1",
    )
    .bind(&id)
    .fetch_one(&app.state.pool)
    .await
    .expect("row");
    assert_eq!(
        (secretariat.as_str(), title_fr.as_deref()),
        ("KEBS", Some("Beurre de karité"))
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committee_history WHERE kind = 'secretariat'")
            .await,
        1
    );
    // A working group under TC 70, through the body page's form.
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let page = admin
        .submit(
            "/bodies/ARSO/committees",
            &[
                ("kind", "WG"),
                ("number", "3"),
                ("parent_id", &tc70),
                ("title", "Testing methods"),
                ("secretariat", "IMANOR"),
            ],
        )
        .await;
    assert!(
        page.body.contains("The committee was created."),
        "{}",
        page.body
    );
    assert!(page.body.contains("ARSO/TC 70/WG 3") && page.body.contains("Testing methods"));
    // The body page lists both, in tree order.
    let page = app.client().get("/bodies/ARSO").await;
    let at = |t: &str| page.body.find(t).unwrap_or(usize::MAX);
    assert!(
        at("ARSO/TC 70/WG 2") < at("ARSO/TC 70/WG 3")
            && at("ARSO/TC 70/WG 3") < at("ARSO/TC 71")
            && at("ARSO/TC 71") < at("ARSO/TC 80")
    );
}

async fn committee_creation_is_refused_to_others(app: &TestApp) {
    app.with_demo().await;
    let before = app.count("SELECT COUNT(*) FROM committees").await;
    let body = json!({"kind": "TC", "number": 90, "title": "Anything", "secretariat": "KEBS"});
    assert_eq!(
        app.client()
            .api(
                "POST",
                "/api/v1/bodies/ARSO/committees",
                Some(body.clone()),
                None
            )
            .await
            .status,
        401
    );
    for (email, body_acronym) in [
        ("delegate.kebs@comity.example", "ARSO"),
        ("manager@comity.example", "ARSO"),
        ("officer.kebs@comity.example", "ARSO"),
        ("arso.admin@comity.example", "SMIIC"),
    ] {
        let mut client = app.client();
        client.sign_in(email, DEMO_PASSWORD).await;
        let reply = client
            .api(
                "POST",
                &format!("/api/v1/bodies/{body_acronym}/committees"),
                Some(body.clone()),
                None,
            )
            .await;
        assert_eq!(reply.status, 403, "{email} in {body_acronym}");
        // Nor does the page offer the form.
        assert!(!client
            .get(&format!("/bodies/{body_acronym}"))
            .await
            .body
            .contains("Create committee"));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committees").await,
        before,
        "nothing created"
    );
    assert_eq!(
        app.client()
            .api("GET", "/api/v1/bodies/NOPE", None, None)
            .await
            .status,
        404
    );
}

async fn bad_committee_input_names_each_field(app: &TestApp) {
    app.with_demo().await;
    let before = app.count("SELECT COUNT(*) FROM committees").await;
    let mut admin = app.client();
    admin
        .sign_in("arso.admin@comity.example", DEMO_PASSWORD)
        .await;
    let wg1 = committee_id(app, "ARSO/TC 70/WG 1").await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let smiic_tc1 = committee_id(app, "SMIIC/TC 1").await;
    let cases = [
        (json!({"kind": "TC", "number": 70, "title": "Again", "secretariat": "KEBS"}), "number", "ARSO/TC 70 already exists. Choose another number."),
        (json!({"kind": "TC", "number": 81, "title": "T", "secretariat": "TSE"}), "secretariat", "TSE is not a member body of ARSO. Choose one of its member bodies."),
        (json!({"kind": "TC", "number": 81, "title": "T", "secretariat": "XYZ"}), "secretariat", "There is no member body with the code XYZ. Check the code (for example KEBS or IMANOR)."),
        (json!({"kind": "WG", "number": 1, "parent_id": wg1, "title": "T", "secretariat": "KEBS"}), "parent_id", "Nothing can be created under a working group. Choose a TC or SC as the parent."),
        (json!({"kind": "TC", "number": 82, "parent_id": tc70, "title": "T", "secretariat": "KEBS"}), "parent_id", "A TC sits directly under the body: leave \"Under\" empty."),
        (json!({"kind": "WG", "number": 1, "parent_id": smiic_tc1, "title": "T", "secretariat": "KEBS"}), "parent_id", "Choose a committee of this body as the parent."),
        (json!({"kind": "TC", "number": 0, "title": "", "secretariat": "KEBS"}), "number", "Enter a whole number from 1 to 99999."),
        (json!({"kind": "TC", "number": 83, "title": "  ", "secretariat": "KEBS"}), "title", "Enter the committee's title in English."),
        (json!({"kind": "QQ", "number": 84, "title": "T", "secretariat": "KEBS"}), "kind", "Choose TC, SC or WG."),
    ];
    for (body, field, message) in cases {
        let reply = admin
            .api(
                "POST",
                "/api/v1/bodies/ARSO/committees",
                Some(body.clone()),
                None,
            )
            .await;
        assert_eq!(reply.status, 422, "{body}: {}", reply.body);
        assert_eq!(reply.json()["errors"][field][0], message, "{body}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committees").await,
        before,
        "nothing half-written"
    );
    // Through the form: the message and the typed values come back.
    let page = admin
        .submit(
            "/bodies/ARSO/committees",
            &[
                ("kind", "TC"),
                ("number", "85"),
                ("parent_id", ""),
                ("title", "Argan oil — زيت الأركان"),
                ("secretariat", "TSE"),
            ],
        )
        .await;
    assert!(
        page.body.contains("TSE is not a member body of ARSO."),
        "{}",
        page.body
    );
    assert!(page.body.contains("value=\"Argan oil — زيت الأركان\""));
    assert!(page.body.contains("value=\"85\""));
}

async fn same_reference_created_twice_at_once(app: &TestApp) {
    app.with_demo().await;
    let mut admin = app.client();
    admin
        .sign_in("arso.admin@comity.example", DEMO_PASSWORD)
        .await;
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let mut client = admin.clone();
            tokio::spawn(async move {
                let body =
                    json!({"kind": "TC", "number": 99, "title": "Race", "secretariat": "KEBS"});
                client
                    .api("POST", "/api/v1/bodies/ARSO/committees", Some(body), None)
                    .await
                    .status
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for h in handles {
        statuses.push(h.await.expect("task"));
    }
    statuses.sort();
    assert_eq!(statuses[0], 201, "{statuses:?}");
    assert!(statuses[1..].iter().all(|s| *s == 422), "{statuses:?}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committees WHERE reference = 'ARSO/TC 99'")
            .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM committee_history h JOIN committees c ON c.id = h.committee_id WHERE c.reference = 'ARSO/TC 99'").await, 1);
}

async fn user_id(app: &TestApp, email: &str) -> String {
    app.user_id(email).await
}

async fn officer_nominates_a_delegate_who_sees_the_committee(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let wanjiru = user_id(app, "delegate.kebs@comity.example").await;
    let mut delegate = app.client();
    delegate
        .sign_in("delegate.kebs@comity.example", DEMO_PASSWORD)
        .await;
    assert!(delegate
        .get("/my/committees")
        .await
        .body
        .contains("You hold no role in a committee yet."));

    let mut officer = app.client();
    officer
        .sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    let page = officer.get(&format!("/committees/{tc70}")).await;
    assert!(page.body.contains("Delegates of KEBS") && page.body.contains("Nominate as delegate"));
    let page = officer
        .submit(
            &format!("/committees/{tc70}/delegates"),
            &[("user_id", &wanjiru)],
        )
        .await;
    assert!(
        page.body.contains("The delegate was nominated."),
        "{}",
        page.body
    );
    let nominated_for: String = sqlx::query_scalar(
        "SELECT mb.code FROM committee_roles r JOIN member_bodies mb ON mb.id = r.member_body_id WHERE r.committee_id = $1 AND r.user_id = $2 AND r.role = 'delegate'",
    )
    .bind(&tc70)
    .bind(&wanjiru)
    .fetch_one(&app.state.pool)
    .await
    .expect("delegate role");
    assert_eq!(nominated_for, "KEBS");
    assert_eq!(app.count("SELECT COUNT(*) FROM committee_history WHERE kind = 'role' AND subject = 'Wanjiru Kamau'").await, 1);
    // The delegate now finds the committee under My committees, and the committee page lists them.
    let mine = delegate.get("/my/committees").await;
    assert!(
        mine.body.contains("ARSO/TC 70") && mine.body.contains("Delegate"),
        "{}",
        mine.body
    );
    let api = delegate
        .api("GET", "/api/v1/me/committees", None, None)
        .await
        .json();
    assert_eq!(api[0]["reference"], "ARSO/TC 70");
    assert_eq!(api[0]["role"], "delegate");
    assert!(app
        .client()
        .get(&format!("/committees/{tc70}"))
        .await
        .body
        .contains("Wanjiru Kamau"));
    // Withdrawn again by the officer.
    let page = officer
        .submit(
            &format!("/committees/{tc70}/delegates/{wanjiru}/withdraw"),
            &[],
        )
        .await;
    assert!(page.body.contains("The delegate was withdrawn."));
    let reply = officer
        .api(
            "DELETE",
            &format!("/api/v1/committees/{tc70}/roles/{wanjiru}?role=delegate"),
            None,
            None,
        )
        .await;
    assert_eq!(reply.status, 404);
    assert_eq!(
        app.client()
            .api("GET", "/api/v1/me/committees", None, None)
            .await
            .status,
        401
    );
}

async fn nominations_are_refused_outside_the_rules(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let smiic = committee_id(app, "SMIIC/TC 1").await;
    let wanjiru = user_id(app, "delegate.kebs@comity.example").await;
    let roles_before = app.count("SELECT COUNT(*) FROM committee_roles").await;
    let delegate_role = Some(json!({"role": "delegate"}));
    for (email, committee, expected) in [
        // KEBS is not a member of SMIIC/TC 1.
        ("officer.kebs@comity.example", &smiic, 403),
        // The TSE officer cannot nominate KEBS's people.
        ("officer.tse@comity.example", &tc70, 403),
        // An expert is not the officer.
        ("delegate.kebs@comity.example", &tc70, 403),
        // The chair does not manage memberships.
        ("chair@comity.example", &tc70, 403),
    ] {
        let mut client = app.client();
        client.sign_in(email, DEMO_PASSWORD).await;
        let reply = client
            .api(
                "PUT",
                &format!("/api/v1/committees/{committee}/roles/{wanjiru}"),
                delegate_role.clone(),
                None,
            )
            .await;
        assert_eq!(reply.status, expected, "{email}");
    }
    assert_eq!(
        app.client()
            .api(
                "PUT",
                &format!("/api/v1/committees/{tc70}/roles/{wanjiru}"),
                delegate_role.clone(),
                None
            )
            .await
            .status,
        401
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committee_roles").await,
        roles_before,
        "nothing written"
    );
    // A person of no member body cannot be a delegate; an unknown person is named as such.
    let mut manager = app.client();
    manager
        .sign_in("manager@comity.example", DEMO_PASSWORD)
        .await;
    let chair = user_id(app, "chair@comity.example").await;
    let reply = manager
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/roles/{chair}"),
            delegate_role.clone(),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.json()["errors"]["user"][0]
        .as_str()
        .unwrap_or_default()
        .contains("belongs to no member body"));
    let reply = manager
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/roles/nobody"),
            delegate_role.clone(),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.json()["errors"]["user"][0],
        "There is no such person. Invite them first."
    );
    // Nobody else learns whether an account exists: signed out 401, an officer 403.
    assert_eq!(
        app.client()
            .api(
                "PUT",
                &format!("/api/v1/committees/{tc70}/roles/nobody"),
                delegate_role.clone(),
                None
            )
            .await
            .status,
        401
    );
    let mut kebs = app.client();
    kebs.sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    assert_eq!(
        kebs.api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/roles/nobody"),
            delegate_role.clone(),
            None
        )
        .await
        .status,
        403
    );
    // The committee manager may nominate for any member body of the committee.
    assert_eq!(
        manager
            .api(
                "PUT",
                &format!("/api/v1/committees/{tc70}/roles/{wanjiru}"),
                delegate_role,
                None
            )
            .await
            .status,
        204
    );
}

async fn managers_set_other_roles(app: &TestApp) {
    app.with_demo().await;
    let tc71 = committee_id(app, "ARSO/TC 71").await;
    let grace = user_id(app, "convenor@comity.example").await;
    let mut officer = app.client();
    officer
        .sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    assert_eq!(
        officer
            .api(
                "PUT",
                &format!("/api/v1/committees/{tc71}/roles/{grace}"),
                Some(json!({"role": "chair"})),
                None
            )
            .await
            .status,
        403
    );
    let mut admin = app.client();
    admin
        .sign_in("arso.admin@comity.example", DEMO_PASSWORD)
        .await;
    let bad = admin
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc71}/roles/{grace}"),
            Some(json!({"role": "secretary"})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.json()["errors"]["role"][0].is_string());
    assert_eq!(
        admin
            .api(
                "PUT",
                &format!("/api/v1/committees/{tc71}/roles/{grace}"),
                Some(json!({"role": "chair"})),
                None
            )
            .await
            .status,
        204
    );
    let page = app.client().get(&format!("/committees/{tc71}")).await;
    assert!(page.body.contains("Chair") && page.body.contains("Grace Achieng"));
    assert_eq!(
        admin
            .api(
                "DELETE",
                &format!("/api/v1/committees/{tc71}/roles/{grace}?role=chair"),
                None,
                None
            )
            .await
            .status,
        204
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM committee_history WHERE kind = 'role' AND subject = 'Grace Achieng'").await, 2);
}

async fn manage_page_is_for_managers_only(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let manage = format!("/committees/{tc70}/manage");
    assert_eq!(
        app.client().get(&manage).await.location().as_deref(),
        Some(format!("/login?next={manage}").as_str())
    );
    for email in [
        "delegate.kebs@comity.example",
        "chair@comity.example",
        "officer.kebs@comity.example",
    ] {
        let mut client = app.client();
        client.sign_in(email, DEMO_PASSWORD).await;
        let page = client.get(&manage).await;
        assert_eq!(page.status, 403, "{email}");
        assert!(page.body.contains("Not allowed") && !page.body.contains("Save membership"));
        // The roles form refuses them too, without saying whether an address exists.
        let page = client
            .submit(
                &format!("/committees/{tc70}/roles"),
                &[("email", "nobody@nowhere.example"), ("role", "chair")],
            )
            .await;
        assert!(!page.body.contains("There is no such person"), "{email}");
    }
    let mut manager = app.client();
    manager
        .sign_in("manager@comity.example", DEMO_PASSWORD)
        .await;
    let page = manager.get(&manage).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Save membership") && page.body.contains("Give role"));
    let page = manager
        .submit(
            &format!("/committees/{tc70}/roles"),
            &[("email", "nobody@nowhere.example"), ("role", "chair")],
        )
        .await;
    assert!(
        page.body
            .contains("There is no such person. Invite them first."),
        "{}",
        page.body
    );
    assert!(page.body.contains("value=\"nobody@nowhere.example\""));
    let page = manager
        .submit(
            &format!("/committees/{tc70}/roles"),
            &[("email", "Convenor@comity.example"), ("role", "convenor")],
        )
        .await;
    assert!(page.body.contains("The role was given."), "{}", page.body);
    let count = "SELECT COUNT(*) FROM committee_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'convenor@comity.example' AND r.role = 'convenor'";
    assert_eq!(app.count(count).await, 2);
    let grace: String =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'convenor@comity.example'")
            .fetch_one(&app.state.pool)
            .await
            .expect("user");
    let page = manager
        .submit(
            &format!("/committees/{tc70}/roles/{grace}/end"),
            &[("role", "convenor")],
        )
        .await;
    assert!(page.body.contains("The role was removed."));
    assert_eq!(app.count(count).await, 1);
}

/// What the committee holds now: (secretariat code, status, English title).
async fn committee_state(app: &TestApp, id: &str) -> (Option<String>, String, String) {
    sqlx::query_as(
        "SELECT mb.code, c.status, c.title_en FROM committees c \
         LEFT JOIN member_bodies mb ON mb.id = c.secretariat_id WHERE c.id = $1",
    )
    .bind(id)
    .fetch_one(&app.state.pool)
    .await
    .expect("committee")
}

async fn history_lines(
    app: &TestApp,
    id: &str,
    kind: &str,
) -> Vec<(Option<String>, Option<String>)> {
    sqlx::query_as(
        "SELECT from_value, to_value FROM committee_history WHERE committee_id = $1 AND kind = $2 ORDER BY at, id",
    )
    .bind(id)
    .bind(kind)
    .fetch_all(&app.state.pool)
    .await
    .expect("history")
}

async fn body_admin_changes_secretariat_and_status(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let wg1 = committee_id(app, "ARSO/TC 70/WG 1").await;
    let wg2 = committee_id(app, "ARSO/TC 70/WG 2").await;
    let mut admin = app.signed_in("arso.admin@comity.example").await;
    let patch = |id: &str| format!("/api/v1/committees/{id}");

    // The secretariat moves from IMANOR to KEBS, recorded with who and when.
    let reply = admin
        .api(
            "PATCH",
            &patch(&tc70),
            Some(json!({"secretariat": "kebs"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["secretariat"], "KEBS");
    assert_eq!(committee_state(app, &tc70).await.0.as_deref(), Some("KEBS"));
    assert_eq!(
        history_lines(app, &tc70, "secretariat").await.last(),
        Some(&(Some("IMANOR".into()), Some("KEBS".into())))
    );

    // A TC with working groups at work cannot be disbanded; the message names the field.
    let reply = admin
        .api(
            "PATCH",
            &patch(&tc70),
            Some(json!({"status": "disbanded"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.json()["errors"]["status"][0],
        "2 subcommittees or working groups of this committee are still active. Disband them first."
    );
    assert_eq!(committee_state(app, &tc70).await.1, "active");

    // Disband the WGs, then the TC.
    for id in [&wg1, &wg2, &tc70] {
        let reply = admin
            .api(
                "PATCH",
                &patch(id),
                Some(json!({"status": "disbanded"})),
                None,
            )
            .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        assert_eq!(committee_state(app, id).await.1, "disbanded");
    }
    assert_eq!(
        history_lines(app, &tc70, "status").await,
        [(Some("active".into()), Some("disbanded".into()))]
    );
    // Nothing changes in a disbanded committee's memberships: 409 with the reason.
    let manager_reply = app
        .signed_in("manager@comity.example")
        .await
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/members/TBS"),
            Some(json!({"status": "P"})),
            None,
        )
        .await;
    assert_eq!(manager_reply.status, 409);
    assert_eq!(status_of(app, &tc70, "TBS").await.as_deref(), Some("O"));
    // A WG comes back to work only under a TC at work.
    let reply = admin
        .api(
            "PATCH",
            &patch(&wg1),
            Some(json!({"status": "active"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.json()["errors"]["status"][0],
        "The committee above this one is disbanded. Make it active first."
    );
    for id in [&tc70, &wg1] {
        let reply = admin
            .api("PATCH", &patch(id), Some(json!({"status": "active"})), None)
            .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
    }
    assert_eq!(committee_state(app, &wg1).await.1, "active");
    assert_eq!(committee_state(app, &wg2).await.1, "disbanded");

    // The body page marks the disbanded WG; the home page leaves it out.
    let body_page = app.client().get("/bodies/ARSO").await;
    assert!(body_page.body.contains("Disbanded"));
    let home = app.client().get("/").await;
    assert!(!home.body.contains("Cannabis for medical use"));
    assert!(home.body.contains("Industrial hemp"));
}

async fn committee_changes_are_refused_to_others(app: &TestApp) {
    app.with_demo().await;
    let tc70 = committee_id(app, "ARSO/TC 70").await;
    let smiic_tc1 = committee_id(app, "SMIIC/TC 1").await;
    let before = committee_state(app, &tc70).await;
    let history_before = app.count("SELECT COUNT(*) FROM committee_history").await;
    let change = json!({"secretariat": "KEBS", "status": "disbanded", "title": "Renamed"});
    // Signed out: 401.
    let reply = app
        .client()
        .api(
            "PATCH",
            &format!("/api/v1/committees/{tc70}"),
            Some(change.clone()),
            None,
        )
        .await;
    assert_eq!(reply.status, 401);
    // The committee's own manager and chair, an officer, a delegate: 403.
    for email in [
        "manager@comity.example",
        "chair@comity.example",
        "officer.kebs@comity.example",
        "observer@comity.example",
    ] {
        let reply = app
            .signed_in(email)
            .await
            .api(
                "PATCH",
                &format!("/api/v1/committees/{tc70}"),
                Some(change.clone()),
                None,
            )
            .await;
        assert_eq!(reply.status, 403, "{email}");
    }
    // ARSO's administrator has no rights in SMIIC.
    let smiic_before = committee_state(app, &smiic_tc1).await;
    let reply = app
        .signed_in("arso.admin@comity.example")
        .await
        .api(
            "PATCH",
            &format!("/api/v1/committees/{smiic_tc1}"),
            Some(change.clone()),
            None,
        )
        .await;
    assert_eq!(reply.status, 403);
    assert_eq!(committee_state(app, &smiic_tc1).await, smiic_before);
    assert_eq!(committee_state(app, &tc70).await, before);
    // Bad input from the right person: each field named, nothing written.
    let reply = app
        .signed_in("arso.admin@comity.example")
        .await
        .api(
            "PATCH",
            &format!("/api/v1/committees/{tc70}"),
            Some(json!({"title": " ", "secretariat": "TSE", "status": "closed"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 422);
    let errors = reply.json()["errors"].clone();
    assert_eq!(
        errors["title"][0],
        "Enter the committee's title in English."
    );
    assert_eq!(
        errors["secretariat"][0],
        "TSE is not a member body of ARSO. Choose one of its member bodies."
    );
    assert_eq!(errors["status"][0], "Choose active or disbanded.");
    assert_eq!(committee_state(app, &tc70).await, before);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM committee_history").await,
        history_before,
        "no history line for a refused change"
    );
    // The form route refuses the same way (no JavaScript): back to the page, nothing changed.
    let mut manager = app.signed_in("manager@comity.example").await;
    let page = manager
        .submit(
            &format!("/committees/{tc70}/details"),
            &[
                ("title", "Renamed"),
                ("secretariat", "KEBS"),
                ("status", "active"),
            ],
        )
        .await;
    assert!(
        page.body.contains("You are not allowed to do this."),
        "{}",
        page.body
    );
    assert_eq!(committee_state(app, &tc70).await, before);
}

async fn details_form_on_the_manage_page(app: &TestApp) {
    app.with_demo().await;
    let tc71 = committee_id(app, "ARSO/TC 71").await;
    let manage = format!("/committees/{tc71}/manage");
    // The committee manager of TC 70 is not TC 71's: and TC 71's manage page shows the details
    // form to ARSO's administrator only.
    let mut admin = app.signed_in("arso.admin@comity.example").await;
    let page = admin.get(&manage).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Details, secretariat and status"));
    // A refused change shows the message on its field and keeps what was typed.
    let page = admin
        .submit(
            &format!("/committees/{tc71}/details"),
            &[
                ("title", "Cosmetics"),
                ("title_fr", "Cosmétiques"),
                ("title_ar", ""),
                ("scope", "Cosmetics of all kinds."),
                ("secretariat", "NOPE"),
                ("status", "active"),
            ],
        )
        .await;
    assert!(
        page.body
            .contains("There is no member body with the code NOPE."),
        "{}",
        page.body
    );
    assert!(page.body.contains("Cosmetics of all kinds."));
    assert_eq!(committee_state(app, &tc71).await.0.as_deref(), Some("EOS"));
    // A good one is saved, and the history says what changed.
    let page = admin
        .submit(
            &format!("/committees/{tc71}/details"),
            &[
                ("title", "Cosmetics"),
                ("title_fr", "Cosmétiques"),
                ("title_ar", "مستحضرات التجميل"),
                ("scope", "Cosmetics of all kinds."),
                ("secretariat", "SABS"),
                ("status", "active"),
            ],
        )
        .await;
    assert!(page.body.contains("The committee was updated."));
    assert_eq!(
        committee_state(app, &tc71).await,
        (Some("SABS".into()), "active".into(), "Cosmetics".into())
    );
    let home = app.client().get(&format!("/committees/{tc71}")).await;
    assert!(home.body.contains("Cosmetics of all kinds."));
    assert!(home
        .body
        .contains("edited: English title, French title, Arabic title, Scope"));
    assert!(home.body.contains("EOS → SABS"));
    assert_eq!(
        history_lines(app, &tc71, "details").await,
        [(None, Some("title,title_fr,title_ar,scope".into()))]
    );
}
