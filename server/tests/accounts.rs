//! Sign-in, sessions, passwords, invitations and tokens, through the real router on a real
//! database (each test on SQLite and on PostgreSQL). Assertions are on what a person sees
//! (the page's text, the status) and on what the database holds.

mod common;

use common::{TestApp, DEMO_PASSWORD};

on_both_databases! {
    sign_in_shows_name_and_sign_out_ends_session => sign_in_shows_name_and_sign_out_ends_session;
    wrong_password_and_unknown_account_look_the_same => wrong_password_and_unknown_account_look_the_same;
    empty_fields_name_the_field => empty_fields_name_the_field;
    repeated_failures_are_refused_for_a_while => repeated_failures_are_refused_for_a_while;
    protected_page_redirects_to_sign_in_and_back => protected_page_redirects_to_sign_in_and_back;
    change_password_requires_the_old_one => change_password_requires_the_old_one;
    invitation_flow_through_the_pages => invitation_flow_through_the_pages;
    invitation_permissions_are_checked_on_the_server => invitation_permissions_are_checked_on_the_server;
    invitation_token_works_once_even_when_raced => invitation_token_works_once_even_when_raced;
    expired_invitation_is_refused => expired_invitation_is_refused;
    tokens_authenticate_until_revoked => tokens_authenticate_until_revoked;
    sessions_survive_a_restart_and_are_shared => sessions_survive_a_restart_and_are_shared;
    api_login_me_logout => api_login_me_logout;
    language_choice_is_remembered => language_choice_is_remembered;
}

async fn sign_in_shows_name_and_sign_out_ends_session(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    let home = browser.get("/").await;
    assert!(home.body.contains("Sign in"));
    // A session cookie that exists before signing in (a flash, say) must not survive it.
    browser
        .post_form(
            "/login",
            &[("email", "nobody@example.org"), ("password", "x")],
        )
        .await;
    let before = browser.cookies.get("comity_session").cloned();
    assert!(
        before.is_some(),
        "a failed sign-in leaves its message in a session"
    );
    browser
        .sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    let after = browser.cookies.get("comity_session").cloned();
    assert_ne!(before, after, "the session id must change at sign-in");
    let home = browser.get("/").await;
    assert!(
        home.body.contains("Peter Otieno"),
        "the header shows the signed-in name"
    );
    assert!(home.body.contains("Sign out"));
    let cookie_header = browser
        .post_form(
            "/login",
            &[
                ("email", "officer.kebs@comity.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    let set_cookie = cookie_header
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "cookie flags: {set_cookie}"
    );
    assert!(
        !set_cookie.contains("Secure"),
        "no Secure flag over plain http"
    );

    let out = browser.post_form("/logout", &[]).await;
    assert_eq!(out.location().as_deref(), Some("/"));
    let home = browser.get("/").await;
    assert!(!home.body.contains("Peter Otieno"));
    assert!(home.body.contains("Sign in"));
}

async fn wrong_password_and_unknown_account_look_the_same(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    let wrong = browser
        .submit(
            "/login",
            &[
                ("email", "officer.kebs@comity.example"),
                ("password", "not the password"),
            ],
        )
        .await;
    let unknown = browser
        .submit(
            "/login",
            &[
                ("email", "ghost@comity.example"),
                ("password", "not the password"),
            ],
        )
        .await;
    let message = "The e-mail address or the password is wrong";
    assert!(wrong.body.contains(message), "{}", wrong.body);
    assert!(unknown.body.contains(message));
    // The typed address is kept so the person does not type it again.
    assert!(wrong.body.contains("value=\"officer.kebs@comity.example\""));
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures").await, 2);
}

async fn empty_fields_name_the_field(app: &TestApp) {
    let mut browser = app.client();
    let page = browser
        .submit("/login", &[("email", ""), ("password", "")])
        .await;
    assert!(page.body.contains("Enter an e-mail address."));
    assert!(page.body.contains("Enter your password."));
    assert!(page.body.contains("aria-invalid=\"true\""));
    browser.accept_language = Some("fr".into());
    let page = browser
        .submit("/login", &[("email", ""), ("password", "")])
        .await;
    assert!(
        page.body.contains("Saisissez une adresse électronique."),
        "French error message"
    );
}

async fn repeated_failures_are_refused_for_a_while(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    for _ in 0..5 {
        browser
            .post_form(
                "/login",
                &[("email", "chair@comity.example"), ("password", "guess")],
            )
            .await;
    }
    // Even the right password is refused now, with the time to wait.
    let page = browser
        .submit(
            "/login",
            &[
                ("email", "chair@comity.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert!(
        page.body.contains("Too many failed attempts"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("Youssef El Amrani"));
    let api = browser
        .api(
            "POST",
            "/api/v1/auth/login",
            Some(serde_json::json!({"email": "chair@comity.example", "password": DEMO_PASSWORD})),
            None,
        )
        .await;
    assert_eq!(api.status, 429);
    assert!(api.headers.get("retry-after").is_some());
    // Another account from elsewhere is not affected.
    let mut other = app.client();
    other.sign_in("manager@comity.example", DEMO_PASSWORD).await;
}

async fn protected_page_redirects_to_sign_in_and_back(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    let page = browser.get("/account").await;
    assert!(page.status.is_redirection(), "status {}", page.status);
    assert_eq!(page.location().as_deref(), Some("/login?next=/account"));
    let back = browser
        .post_form(
            "/login",
            &[
                ("email", "delegate.kebs@comity.example"),
                ("password", DEMO_PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(back.location().as_deref(), Some("/account"));
    let account = browser.get("/account").await;
    assert_eq!(account.status, 200);
    assert!(account.body.contains("My account") && account.body.contains("Wanjiru Kamau"));
    // An outside address in `next` is not followed.
    let mut other = app.client();
    let reply = other
        .post_form(
            "/login",
            &[
                ("email", "delegate.kebs@comity.example"),
                ("password", DEMO_PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(reply.location().as_deref(), Some("/"));
}

async fn change_password_requires_the_old_one(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    browser
        .sign_in("convenor@comity.example", DEMO_PASSWORD)
        .await;
    let mut other_device = app.client();
    other_device
        .sign_in("convenor@comity.example", DEMO_PASSWORD)
        .await;

    let page = browser
        .submit(
            "/account/password",
            &[
                ("current_password", "wrong-password"),
                ("new_password", "a new long passphrase"),
                ("confirm_password", "a new long passphrase"),
            ],
        )
        .await;
    assert!(page.body.contains("The current password is wrong."));
    let page = browser
        .submit(
            "/account/password",
            &[
                ("current_password", DEMO_PASSWORD),
                ("new_password", "short"),
                ("confirm_password", "other"),
            ],
        )
        .await;
    assert!(page.body.contains("Use at least 10 characters."));
    assert!(page.body.contains("The two passwords differ"));
    let page = browser
        .submit(
            "/account/password",
            &[
                ("current_password", DEMO_PASSWORD),
                ("new_password", "a new long passphrase"),
                ("confirm_password", "a new long passphrase"),
            ],
        )
        .await;
    assert!(
        page.body.contains("Your password was changed."),
        "{}",
        page.body
    );
    // This session goes on; the other device was signed out.
    assert!(browser.get("/").await.body.contains("Grace Achieng"));
    assert!(!other_device.get("/").await.body.contains("Grace Achieng"));
    let mut fresh = app.client();
    let old = fresh
        .post_form(
            "/login",
            &[
                ("email", "convenor@comity.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_ne!(
        old.location().as_deref(),
        Some("/"),
        "the old password no longer works"
    );
    fresh
        .sign_in("convenor@comity.example", "a new long passphrase")
        .await;
    // Signed out, the form sends to sign-in and changes nothing.
    let mut stranger = app.client();
    let reply = stranger
        .post_form(
            "/account/password",
            &[
                ("current_password", "x"),
                ("new_password", "y"),
                ("confirm_password", "y"),
            ],
        )
        .await;
    assert!(reply.location().unwrap_or_default().starts_with("/login"));
}

async fn invitation_flow_through_the_pages(app: &TestApp) {
    app.with_demo().await;
    let mut admin = app.client();
    admin.sign_in("admin@comity.example", DEMO_PASSWORD).await;
    let page = admin
        .submit(
            "/admin/invitations",
            &[("name", "Aminata Touré"), ("email", "Aminata@ASN.example")],
        )
        .await;
    assert!(
        page.body.contains("The invitation was created."),
        "{}",
        page.body
    );
    let start = page
        .body
        .find("http://comity.test/invitations/")
        .expect("the link is shown");
    let link = &page.body[start..];
    let link = &link[..link.find('<').unwrap_or(link.len())];
    let path = link.trim_start_matches("http://comity.test");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE email = 'aminata@asn.example' AND password_hash IS NULL").await, 1);

    let mut invited = app.client();
    let form = invited.get(path).await;
    assert!(
        form.body.contains("Aminata Touré, choose a password"),
        "{}",
        form.body
    );
    let page = invited
        .submit(
            path,
            &[("password", "short"), ("confirm_password", "short")],
        )
        .await;
    assert!(page.body.contains("Use at least 10 characters."));
    let reply = invited
        .post_form(
            path,
            &[
                ("password", "baobab sous la pluie"),
                ("confirm_password", "baobab sous la pluie"),
            ],
        )
        .await;
    assert_eq!(reply.location().as_deref(), Some("/"));
    let home = invited.get("/").await;
    assert!(home.body.contains("Aminata Touré") && home.body.contains("Your password is set"));
    // The link is used up.
    let again = app.client().get(path).await;
    assert_eq!(again.status, 404);
    assert!(again.body.contains("This invitation link cannot be used"));
    // A second invitation for the same address is refused on the field.
    let page = admin
        .submit(
            "/admin/invitations",
            &[("name", "Someone"), ("email", "aminata@asn.example")],
        )
        .await;
    assert!(page
        .body
        .contains("An account with this e-mail address already exists."));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'aminata@asn.example'")
            .await,
        1
    );
}

async fn invitation_permissions_are_checked_on_the_server(app: &TestApp) {
    app.with_demo().await;
    let users_before = app.count("SELECT COUNT(*) FROM users").await;
    // Signed out: 401 from the API, sign-in from the form.
    let mut stranger = app.client();
    let api = stranger
        .api(
            "POST",
            "/api/v1/users",
            Some(serde_json::json!({"email": "x@y.org", "name": "X"})),
            None,
        )
        .await;
    assert_eq!(api.status, 401);
    assert_eq!(api.json()["error"]["code"], "error-sign-in-required");
    let form = stranger
        .post_form("/admin/invitations", &[("name", "X"), ("email", "x@y.org")])
        .await;
    assert!(form.location().unwrap_or_default().starts_with("/login"));
    // Signed in without the role: 403 from the API, a refusal from the form, the 403 page.
    let mut officer = app.client();
    officer
        .sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    let api = officer
        .api(
            "POST",
            "/api/v1/users",
            Some(serde_json::json!({"email": "x@y.org", "name": "X"})),
            None,
        )
        .await;
    assert_eq!(api.status, 403);
    let page = officer
        .submit("/admin/invitations", &[("name", "X"), ("email", "x@y.org")])
        .await;
    assert_eq!(page.status, 403);
    assert!(page.body.contains("Not allowed"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users").await,
        users_before,
        "nothing was created"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 0);
    // The administrator may, through the API too; bad input is a 422 naming the fields.
    let mut admin = app.client();
    admin.sign_in("admin@comity.example", DEMO_PASSWORD).await;
    let bad = admin
        .api(
            "POST",
            "/api/v1/users",
            Some(serde_json::json!({"email": "not-an-address", "name": ""})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    let body = bad.json();
    assert_eq!(
        body["errors"]["email"][0],
        "Enter an e-mail address like name@example.org."
    );
    assert_eq!(body["errors"]["name"][0], "Enter a name.");
    let ok = admin
        .api(
            "POST",
            "/api/v1/users",
            Some(serde_json::json!({"email": "new@kebs.example", "name": "New Person"})),
            None,
        )
        .await;
    assert_eq!(ok.status, 201, "{}", ok.body);
    let token = ok.json()["invitation_token"]
        .as_str()
        .expect("token")
        .to_string();
    let accepted = app
        .client()
        .api(
            "POST",
            &format!("/api/v1/invitations/{token}"),
            Some(serde_json::json!({"password": "a long enough password"})),
            None,
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(accepted.json()["email"], "new@kebs.example");
}

async fn invitation_token_works_once_even_when_raced(app: &TestApp) {
    app.with_demo().await;
    let token = invite_through_api(app, "race@kebs.example", "Race").await;
    let attempts = (0..4).map(|i| {
        let mut client = app.client();
        let path = format!("/api/v1/invitations/{token}");
        async move {
            client
                .api(
                    "POST",
                    &path,
                    Some(serde_json::json!({"password": format!("password number {i}")})),
                    None,
                )
                .await
                .status
        }
    });
    let statuses = futures_join_all(attempts).await;
    assert_eq!(
        statuses.iter().filter(|s| s.as_u16() == 200).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses
            .iter()
            .all(|s| s.as_u16() == 200 || s.as_u16() == 404),
        "{statuses:?}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM invitations WHERE accepted_at IS NOT NULL")
            .await,
        1
    );
}

/// The administrator invites someone through the API; returns the invitation token.
async fn invite_through_api(app: &TestApp, email: &str, name: &str) -> String {
    let mut admin = app.client();
    admin.sign_in("admin@comity.example", DEMO_PASSWORD).await;
    let reply = admin
        .api(
            "POST",
            "/api/v1/users",
            Some(serde_json::json!({"email": email, "name": name})),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["invitation_token"]
        .as_str()
        .expect("token")
        .to_string()
}

/// Runs futures concurrently on the runtime (no extra crate needed).
async fn futures_join_all<F: std::future::Future + Send + 'static>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output>
where
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.expect("task"));
    }
    out
}

async fn expired_invitation_is_refused(app: &TestApp) {
    app.with_demo().await;
    let token = invite_through_api(app, "late@kebs.example", "Late").await;
    sqlx::query("UPDATE invitations SET expires_at = 1")
        .execute(&app.state.pool)
        .await
        .expect("expire it");
    let reply = app
        .client()
        .api(
            "POST",
            &format!("/api/v1/invitations/{token}"),
            Some(serde_json::json!({"password": "a long enough password"})),
            None,
        )
        .await;
    assert_eq!(reply.status, 404);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE email = 'late@kebs.example' AND password_hash IS NULL").await, 1);
}

async fn tokens_authenticate_until_revoked(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    browser
        .sign_in("manager@comity.example", DEMO_PASSWORD)
        .await;
    let created = browser
        .api(
            "POST",
            "/api/v1/tokens",
            Some(serde_json::json!({"name": "secretariat script"})),
            None,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let body = created.json();
    let secret = body["secret"].as_str().expect("secret").to_string();
    let id = body["id"].as_str().expect("id").to_string();
    // Only a hash is stored.
    let stored: String = sqlx::query_scalar("SELECT token_hash FROM api_tokens WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.state.pool)
        .await
        .expect("row");
    assert_ne!(stored, secret);
    assert!(!stored.contains(&secret[4..]));

    let mut script = app.client();
    let me = script.api("GET", "/api/v1/me", None, Some(&secret)).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["name"], "Salma Bennani");
    assert!(me.json().get("password_hash").is_none());
    let bad = script
        .api("GET", "/api/v1/me", None, Some("cmt_not-a-token"))
        .await;
    assert_eq!(bad.status, 401);
    // Someone else cannot revoke it.
    let mut other = app.client();
    other.sign_in("chair@comity.example", DEMO_PASSWORD).await;
    assert_eq!(
        other
            .api("DELETE", &format!("/api/v1/tokens/{id}"), None, None)
            .await
            .status,
        404
    );
    assert_eq!(
        script
            .api("GET", "/api/v1/me", None, Some(&secret))
            .await
            .status,
        200
    );
    // The owner can, with the token itself.
    assert_eq!(
        script
            .api(
                "DELETE",
                &format!("/api/v1/tokens/{id}"),
                None,
                Some(&secret)
            )
            .await
            .status,
        204
    );
    assert_eq!(
        script
            .api("GET", "/api/v1/me", None, Some(&secret))
            .await
            .status,
        401
    );
    let listed = browser
        .api("GET", "/api/v1/tokens", None, None)
        .await
        .json();
    assert!(listed[0]["revoked_at"].is_i64());
    // Through the page form, with the token shown once.
    let page = browser
        .submit("/account/tokens", &[("name", "laptop")])
        .await;
    assert!(page.body.contains("Copy this token now"));
    assert!(page.body.contains("data-testid=\"new-token\">cmt_"));
    let page = browser.get("/account").await;
    assert!(
        !page.body.contains("Copy this token now"),
        "shown only once"
    );
    let page = browser.submit("/account/tokens", &[("name", "  ")]).await;
    assert!(page.body.contains("Give the token a name"));
}

async fn sessions_survive_a_restart_and_are_shared(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    browser
        .sign_in("observer@comity.example", DEMO_PASSWORD)
        .await;
    // A second server instance (or the same after a restart) on the same database.
    let mut moved = browser.clone().on(app.second_instance());
    assert!(moved.get("/").await.body.contains("Fatou Ndiaye"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM sessions WHERE user_id IS NOT NULL")
            .await,
        1
    );
}

async fn api_login_me_logout(app: &TestApp) {
    app.with_demo().await;
    let mut client = app.client();
    assert_eq!(
        client.api("GET", "/api/v1/me", None, None).await.status,
        401
    );
    let wrong = client
        .api(
            "POST",
            "/api/v1/auth/login",
            Some(serde_json::json!({"email": "officer.tse@comity.example", "password": "nope"})),
            None,
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.json()["error"]["code"], "error-bad-credentials");
    let ok = client.api("POST", "/api/v1/auth/login", Some(serde_json::json!({"email": "Officer.TSE@comity.example", "password": DEMO_PASSWORD})), None).await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(ok.json()["name"], "Ayşe Yılmaz");
    assert_eq!(
        client.api("GET", "/api/v1/me", None, None).await.json()["email"],
        "officer.tse@comity.example"
    );
    assert_eq!(
        client
            .api("POST", "/api/v1/auth/logout", None, None)
            .await
            .status,
        204
    );
    assert_eq!(
        client.api("GET", "/api/v1/me", None, None).await.status,
        401
    );
    // Errors come in the caller's language.
    client.accept_language = Some("ar".into());
    let arabic = client.api("GET", "/api/v1/me", None, None).await;
    assert_eq!(
        arabic.json()["error"]["message"],
        "يرجى تسجيل الدخول للمتابعة."
    );
}

async fn language_choice_is_remembered(app: &TestApp) {
    app.with_demo().await;
    let mut browser = app.client();
    browser.accept_language = Some("ar,en;q=0.5".into());
    let page = browser.get("/").await;
    assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.body.contains("هيئات التقييس ولجانها"));
    let reply = browser
        .post_form("/lang", &[("lang", "fr"), ("next", "/login")])
        .await;
    assert_eq!(reply.location().as_deref(), Some("/login"));
    let page = browser.get("/").await;
    assert!(
        page.body.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "the choice beats Accept-Language"
    );
    assert!(page
        .body
        .contains("Organisations de normalisation et leurs comités"));
    // Signed in, the choice is kept in the profile and comes back on another device.
    browser
        .sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    browser
        .post_form("/lang", &[("lang", "ar"), ("next", "/")])
        .await;
    let stored: Option<String> =
        sqlx::query_scalar("SELECT locale FROM users WHERE email = 'officer.kebs@comity.example'")
            .fetch_one(&app.state.pool)
            .await
            .expect("row");
    assert_eq!(stored.as_deref(), Some("ar"));
    let mut phone = app.client();
    phone
        .sign_in("officer.kebs@comity.example", DEMO_PASSWORD)
        .await;
    assert!(phone
        .get("/")
        .await
        .body
        .contains("<html lang=\"ar\" dir=\"rtl\">"));
}
