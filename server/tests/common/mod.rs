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
    /// The database's URL (for running the `comity` binary on it).
    pub database_url: String,
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
                let name = format!("comity_test_{}", uuid::Uuid::now_v7().simple());
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
            mailer: std::sync::Arc::new(
                app::server::mail::Mailer::folder(
                    dir.path().join("outbox"),
                    "Comity <comity@comity.test>",
                )
                .expect("sender address"),
            ),
        };
        let state = build_state(pool, &options);
        let router = router(state.clone(), &options);
        Some(TestApp {
            database_url: url,
            router,
            state,
            options,
            backend,
            pg,
            _dir: dir,
        })
    }

    /// Where this test's messages go without SMTP settings.
    pub fn outbox_dir(&self) -> std::path::PathBuf {
        self._dir.path().join("outbox")
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
    pub bytes: Vec<u8>,
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
            bytes: bytes.to_vec(),
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
        // A browser keeps the fragment to itself.
        let to = to.split('#').next().unwrap_or_default().to_string();
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

    /// Posts `multipart/form-data` as a browser does: text fields, then the file (name, bytes).
    pub async fn upload(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Reply {
        let (content_type, body) = multipart(fields, file);
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::ACCEPT, "application/json")
            .body(Body::from(body))
            .expect("request");
        self.send(request).await
    }

    /// Posts `multipart/form-data` as a browser without JavaScript does, and follows the
    /// redirect; returns the final page.
    pub async fn upload_form(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Reply {
        let (content_type, body) = multipart(fields, file);
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::ACCEPT, "text/html")
            .body(Body::from(body))
            .expect("request");
        let reply = self.send(request).await;
        assert!(
            reply.status.is_redirection(),
            "form post to {path} answered {} instead of a redirect",
            reply.status
        );
        let to = reply.location().expect("redirect has a location");
        let to = to.split('#').next().unwrap_or_default().to_string();
        self.get(&to).await
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

/// A `multipart/form-data` body: (content type with boundary, bytes).
pub fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "----comity-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    if let Some((file_name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// A one-page PDF whose text is `text` (Helvetica, ASCII), with a correct cross-reference table.
pub fn pdf_with_text(text: &str) -> Vec<u8> {
    let content = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_string(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// A minimal DOCX whose one paragraph is `text`.
pub fn docx_with_text(text: &str) -> Vec<u8> {
    use std::io::Write;
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let options = zip::write::SimpleFileOptions::default();
        let entries = [
            ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string()),
            ("word/document.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"#)),
        ];
        for (name, content) in entries {
            zip.start_file(name, options).expect("zip entry");
            zip.write_all(content.as_bytes()).expect("zip write");
        }
        zip.finish().expect("zip finish");
    }
    buffer.into_inner()
}

/// A minimal OpenDocument text whose one paragraph is `text`.
pub fn odt_with_text(text: &str) -> Vec<u8> {
    use std::io::Write;
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).expect("zip entry");
        zip.write_all(b"application/vnd.oasis.opendocument.text")
            .expect("zip write");
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .expect("zip entry");
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>{text}</text:p></office:text></office:body></office:document-content>"#
        );
        zip.write_all(xml.as_bytes()).expect("zip write");
        zip.finish().expect("zip finish");
    }
    buffer.into_inner()
}

/// RFC 3339 for an instant, in UTC.
pub fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .expect("instant")
        .to_string()
}

/// Schedules a meeting of `committee` through the API (201 expected) and returns it.
pub async fn schedule(
    manager: &mut Client,
    committee: &str,
    body: serde_json::Value,
) -> serde_json::Value {
    let reply = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{committee}/meetings"),
            Some(body),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()
}
