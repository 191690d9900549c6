//! Test harness: the real router on a real database, without a socket.
//!
//! Every test gets a fresh database: a SQLite file in a temporary folder, or a new
//! PostgreSQL database created on the server named by `COMITY_TEST_POSTGRES_URL` and dropped
//! afterwards. Without that variable the PostgreSQL half is skipped with a message, except
//! under `CI=true`, where a skip is a failure.
#![allow(dead_code, missing_docs)]

use std::collections::HashMap;

use app::server::{db, demo, state::AppState};
use axum::{
    body::Body,
    http::{header, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use server::{build_state, router, ServerOptions};
use tower::ServiceExt;

/// Which database engine a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running application for one test.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub options: ServerOptions,
    backend: Backend,
    pg: Option<(String, String)>,
    _dir: tempfile::TempDir,
}

/// Runs a test body on one backend.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident => $body:ident;)*) => {
        $(mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                if let Some(app) = $crate::common::TestApp::start($crate::common::Backend::Sqlite).await {
                    super::$body(&app).await;
                    app.finish().await;
                }
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = $crate::common::TestApp::start($crate::common::Backend::Postgres).await {
                    super::$body(&app).await;
                    app.finish().await;
                }
            }
        })*
    };
}

pub fn postgres_admin_url() -> Option<String> {
    match std::env::var("COMITY_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true but COMITY_TEST_POSTGRES_URL is not set: PostgreSQL tests may not be skipped in CI");
            }
            eprintln!("SKIPPED: PostgreSQL test (set COMITY_TEST_POSTGRES_URL to run it)");
            None
        }
    }
}

impl TestApp {
    /// A fresh database with the schema, and the router on it. `None` when the backend is
    /// not available (PostgreSQL outside CI without a URL).
    pub async fn start(backend: Backend) -> Option<TestApp> {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (url, pg) = match backend {
            Backend::Sqlite => (format!("sqlite://{}/test.db", dir.path().display()), None),
            Backend::Postgres => {
                let admin = postgres_admin_url()?;
                let name = format!("comity_test_{}", uuid::Uuid::new_v4().simple());
                let pool = db::connect(&admin, 1)
                    .await
                    .expect("connect to the PostgreSQL admin database");
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&pool)
                    .await
                    .expect("create test database");
                pool.close().await;
                let base = admin
                    .rsplit_once('/')
                    .map(|(b, _)| b.to_string())
                    .unwrap_or(admin.clone());
                (format!("{base}/{name}"), Some((admin, name)))
            }
        };
        let pool = db::connect(&url, 8)
            .await
            .expect("connect to the test database");
        db::migrate(&pool).await.expect("migrations");
        std::fs::create_dir_all(dir.path().join("site/pkg")).expect("site folder");
        let options = ServerOptions {
            site_root: dir.path().join("site").display().to_string(),
            public_url: "http://comity.test".into(),
            session_idle_hours: 24,
            trust_proxy: false,
            max_upload_bytes: 50 * 1024 * 1024,
        };
        let state = build_state(pool, &options);
        let router = router(state.clone(), &options);
        Some(TestApp {
            router,
            state,
            options,
            backend,
            pg,
            _dir: dir,
        })
    }

    /// Which engine this test runs on.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The router again, as a second server instance on the same database would build it.
    pub fn second_instance(&self) -> Router {
        router(
            build_state(self.state.pool.clone(), &self.options),
            &self.options,
        )
    }

    /// Loads the demo data.
    pub async fn with_demo(&self) {
        assert!(demo::load(&self.state).await.expect("demo data loads"));
    }

    /// Closes the pool and drops a PostgreSQL test database.
    pub async fn finish(self) {
        self.state.pool.close().await;
        if let Some((admin, name)) = self.pg {
            if let Ok(pool) = db::connect(&admin, 1).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&pool)
                    .await;
                pool.close().await;
            }
        }
    }

    /// One number from the database.
    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(&self.state.pool)
            .await
            .expect("count query")
    }

    /// One text from the database (an id, a status), or `None`.
    pub async fn text(&self, sql: &str, bind: &str) -> Option<String> {
        sqlx::query_scalar(sql)
            .bind(bind)
            .fetch_optional(&self.state.pool)
            .await
            .expect("text query")
    }

    /// The id of the committee with this reference.
    pub async fn committee_id(&self, reference: &str) -> String {
        self.text("SELECT id FROM committees WHERE reference = $1", reference)
            .await
            .unwrap_or_else(|| panic!("no committee {reference}"))
    }

    /// The id of the person with this e-mail address.
    pub async fn user_id(&self, email: &str) -> String {
        self.text("SELECT id FROM users WHERE email = $1", email)
            .await
            .unwrap_or_else(|| panic!("no user {email}"))
    }

    /// A client signed in as a demo account.
    pub async fn signed_in(&self, email: &str) -> Client {
        let mut client = self.client();
        client.sign_in(email, DEMO_PASSWORD).await;
        client
    }

    /// A new browser-like client with its own cookies.
    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookies: HashMap::new(),
            accept_language: None,
        }
    }
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> Option<String> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// A client that keeps cookies like a browser.
#[derive(Clone)]
pub struct Client {
    pub router: Router,
    pub cookies: HashMap<String, String>,
    pub accept_language: Option<String>,
}

impl Client {
    pub fn on(mut self, router: Router) -> Self {
        self.router = router;
        self
    }

    pub async fn send(&mut self, mut request: Request<Body>) -> Reply {
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            request
                .headers_mut()
                .insert(header::COOKIE, cookie.parse().expect("cookie header"));
        }
        if let Some(lang) = &self.accept_language {
            request.headers_mut().insert(
                header::ACCEPT_LANGUAGE,
                lang.parse().expect("language header"),
            );
        }
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("router answers");
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap_or_default();
            if let Some((pair, _)) = text.split_once(';').or(Some((text, ""))) {
                if let Some((name, value)) = pair.split_once('=') {
                    if text.contains("Max-Age=0") || value.is_empty() {
                        self.cookies.remove(name.trim());
                    } else {
                        self.cookies
                            .insert(name.trim().to_string(), value.trim().to_string());
                    }
                }
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let request = Request::get(path)
            .header(header::ACCEPT, "text/html")
            .body(Body::empty())
            .expect("request");
        self.send(request).await
    }

    /// Posts a form as a browser without JavaScript does.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded::to_string(fields).expect("form encoding");
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }

    /// Posts a form and follows the redirect, as a browser does; returns the final page.
    pub async fn submit(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let reply = self.post_form(path, fields).await;
        assert!(
            reply.status.is_redirection(),
            "form post to {path} answered {} instead of a redirect",
            reply.status
        );
        let to = reply.location().expect("redirect has a location");
        self.get(&to).await
    }

    pub async fn api(
        &mut self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
        bearer: Option<&str>,
    ) -> Reply {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::ACCEPT, "application/json");
        if let Some(token) = bearer {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let request = match body {
            Some(json) => builder
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json.to_string())),
            None => builder.body(Body::empty()),
        }
        .expect("request");
        self.send(request).await
    }

    /// Signs in through the form; panics if that fails.
    pub async fn sign_in(&mut self, email: &str, password: &str) {
        let reply = self
            .post_form(
                "/login",
                &[("email", email), ("password", password), ("next", "/")],
            )
            .await;
        assert_eq!(
            reply.location().as_deref(),
            Some("/"),
            "sign-in as {email} failed"
        );
    }
}

/// The demo password.
pub const DEMO_PASSWORD: &str = demo::DEMO_PASSWORD;
