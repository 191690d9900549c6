//! Faults: the database going away for a few seconds. The server reaches PostgreSQL through a
//! TCP proxy the test can cut (refusing new connections and dropping the open ones): while it is
//! cut, pages answer 503 with a page that says what happened, the API a 503 in its JSON shape,
//! a vote is refused and nothing is half-written; once the database is back, the same server
//! (the same pool) answers again by itself and the vote goes through once.

mod common;

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use app::server::{db, state::AppState};
use common::{Backend, TestApp};
use serde_json::json;
use tokio::{net::TcpListener, task::JoinHandle};

/// A TCP proxy to PostgreSQL that can be cut and restored.
struct Proxy {
    port: u16,
    up: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<JoinHandle<()>>>>,
    accept: JoinHandle<()>,
}

impl Proxy {
    async fn start(target: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy port");
        let port = listener.local_addr().expect("address").port();
        let up = Arc::new(AtomicBool::new(true));
        let links: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let accept = {
            let (up, links) = (up.clone(), links.clone());
            tokio::spawn(async move {
                while let Ok((mut client, _)) = listener.accept().await {
                    if !up.load(Ordering::SeqCst) {
                        drop(client);
                        continue;
                    }
                    let target = target.clone();
                    let link = tokio::spawn(async move {
                        if let Ok(mut server) = tokio::net::TcpStream::connect(&target).await {
                            let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                        }
                    });
                    links.lock().expect("links").push(link);
                }
            })
        };
        Proxy {
            port,
            up,
            links,
            accept,
        }
    }

    /// The database goes away: new connections are refused, open ones drop.
    fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for link in self.links.lock().expect("links").drain(..) {
            link.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accept.abort();
        self.cut();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_going_away_gives_503_and_the_server_recovers() {
    let Some(app) = TestApp::start(Backend::Postgres).await else {
        return;
    };
    app.with_demo().await;
    let (host, rest) = app
        .database_url
        .strip_prefix("postgres://")
        .and_then(|r| r.split_once('@'))
        .map(|(user, r)| (user.to_string(), r.to_string()))
        .expect("a postgres URL");
    let (address, database) = rest.split_once('/').expect("host and database");
    let proxy = Proxy::start(address.to_string()).await;
    let through_proxy = format!("postgres://{host}@127.0.0.1:{}/{database}", proxy.port);
    let pool = db::connect(&through_proxy, 4)
        .await
        .expect("pool through the proxy");
    let state = AppState {
        pool: pool.clone(),
        ..app.state.clone()
    };
    let router = server::router(state, &app.options);
    let mut officer = app.client().on(router.clone());
    officer
        .sign_in("officer.kebs@comity.example", common::DEMO_PASSWORD)
        .await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let opened = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(json!({"kind": "CIB", "title": "Outage", "question": "Agree?", "closes_at": "2099-03-01T12:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let ballot = opened.json()["id"].as_str().expect("id").to_string();
    let vote = format!("/api/v1/ballots/{ballot}/votes/KEBS");
    assert_eq!(officer.get("/healthz").await.status, 200);

    // Cut: a page, the API and the health check say 503, within the pool's 5-second wait.
    proxy.cut();
    let started = Instant::now();
    let page = officer.get(&format!("/ballots/{ballot}")).await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(
        page.body.contains(
            "The database cannot be reached right now. Nothing was changed; try again in a moment."
        ),
        "{}",
        page.body
    );
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "{:?}",
        started.elapsed()
    );
    let refused = officer
        .api("PUT", &vote, Some(json!({"position": "approve"})), None)
        .await;
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert_eq!(refused.json()["error"]["code"], "error-unavailable");
    assert_eq!(officer.get("/healthz").await.status, 503);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = '{ballot}'"
        ))
        .await,
        0,
        "nothing half-written"
    );

    // Back: the same server answers again by itself, and the vote goes through once.
    proxy.restore();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if officer.get("/healthz").await.status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "the server did not recover");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let cast = officer
        .api("PUT", &vote, Some(json!({"position": "approve"})), None)
        .await;
    assert_eq!(cast.status, 200, "{}", cast.body);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = '{ballot}' AND is_current = 1"
        ))
        .await,
        1
    );
    pool.close().await;
    drop(proxy);
    app.finish().await;
}

/// Two server instances, each with its own pool, on one PostgreSQL database: a session made on
/// one works on the other (and ends on both), a file uploaded through one downloads through the
/// other byte for byte, a due ballot is closed exactly once when both close at the same moment,
/// and each queued e-mail is sent by exactly one of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_sessions_files_ballots_and_mail() {
    let Some(app) = TestApp::start(Backend::Postgres).await else {
        return;
    };
    app.with_demo().await;
    let first = app.state.clone();
    let second = AppState {
        pool: db::connect(&app.database_url, 8)
            .await
            .expect("second pool"),
        ..app.state.clone()
    };
    let router_b = server::router(second.clone(), &app.options);

    // Sessions.
    let mut on_a = app.signed_in("manager@comity.example").await;
    let mut on_b = on_a.clone().on(router_b.clone());
    let me = on_b.api("GET", "/api/v1/me", None, None).await;
    assert_eq!(me.status, 200, "{}", me.body);
    assert_eq!(me.json()["email"], "manager@comity.example");
    let tc70 = app.committee_id("ARSO/TC 70").await;

    // Files.
    let bytes = common::pdf_with_text("Shared between instances");
    let uploaded = on_a
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[("title", "Shared"), ("kind", "working_draft")],
            Some(("shared.pdf", &bytes)),
        )
        .await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.body);
    let document = uploaded.json()["id"].as_str().expect("id").to_string();
    let downloaded = on_b
        .api(
            "GET",
            &format!("/api/v1/documents/{document}/versions/1/file"),
            None,
            None,
        )
        .await;
    assert_eq!(downloaded.status, 200);
    assert_eq!(downloaded.bytes, bytes);

    // Ballots: due, and both instances close at once, twice over.
    let opened = on_b
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(json!({"kind": "CIB", "title": "Twice?", "question": "Agree?", "closes_at": "2099-03-01T12:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let ballot = opened.json()["id"].as_str().expect("id").to_string();
    sqlx::query("UPDATE ballots SET closes_at = $1 WHERE id = $2")
        .bind(app::server::now_ms() - 1)
        .bind(&ballot)
        .execute(&app.state.pool)
        .await
        .expect("due now");
    let mut closed = 0;
    for _ in 0..2 {
        let (a, b) = tokio::join!(
            app::server::ballots::close_due(&first),
            app::server::ballots::close_due(&second)
        );
        closed += a.expect("first") + b.expect("second");
    }
    assert_eq!(closed, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_events WHERE ballot_id = '{ballot}' AND kind = 'closed'"
        ))
        .await,
        1
    );

    // Mail: everything queued (the demo's, the ballot's opening and closing) goes out once.
    let queued = app
        .count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
        .await;
    assert!(queued > 10, "{queued}");
    let mut sent = 0;
    for _ in 0..5 {
        let now = app::server::now_ms();
        let (a, b) = tokio::join!(
            app::server::mail::deliver_due(&first, now),
            app::server::mail::deliver_due(&second, now)
        );
        sent += a.expect("first").sent + b.expect("second").sent;
    }
    assert_eq!(sent as i64, queued);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
            .await,
        0
    );

    // Signing out on one instance ends the session on the other.
    assert_eq!(
        on_b.api("POST", "/api/v1/auth/logout", None, None)
            .await
            .status,
        204
    );
    // (A still sends the cookie it had: the session behind it is gone.)
    assert!(!on_a.cookies.is_empty());
    assert_eq!(on_a.api("GET", "/api/v1/me", None, None).await.status, 401);
    second.pool.close().await;
    app.finish().await;
}

/// Adds `n` member bodies, each a P-member of `committee` with an officer holding an API
/// token; returns each member body's code and its officer's token.
async fn add_voters(app: &TestApp, committee: &str, n: usize) -> Vec<(String, String)> {
    let mut tx = app.state.pool.begin().await.expect("transaction");
    let mut voters = Vec::with_capacity(n);
    for i in 0..n {
        let code = format!("V{i:04}");
        let (member_body, user) = (format!("mb-{code}"), format!("officer-{code}"));
        let secret = app::server::new_secret("cmt_");
        let statements: [(&str, Vec<String>); 5] = [
            (
                "INSERT INTO member_bodies (id, code, name, country, created_at) VALUES ($1, $2, $3, 'KE', 0)",
                vec![member_body.clone(), code.clone(), format!("Voter {code}")],
            ),
            (
                "INSERT INTO committee_members (committee_id, member_body_id, status, since) VALUES ($1, $2, 'P', 0)",
                vec![committee.to_string(), member_body.clone()],
            ),
            (
                "INSERT INTO users (id, email, name, is_portal_admin, created_at) VALUES ($1, $2, $3, 0, 0)",
                vec![user.clone(), format!("{code}@voters.example"), format!("Officer {code}")],
            ),
            (
                "INSERT INTO member_body_roles (member_body_id, user_id, role, since) VALUES ($1, $2, 'officer', 0)",
                vec![member_body.clone(), user.clone()],
            ),
            (
                "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, 'load', $3, 0)",
                vec![format!("token-{code}"), user.clone(), app::server::hash_secret(&secret)],
            ),
        ];
        for (sql, binds) in statements {
            let mut query = sqlx::query(sql);
            for value in binds {
                query = query.bind(value);
            }
            query.execute(&mut *tx).await.expect("voter row");
        }
        voters.push((code, secret));
    }
    tx.commit().await.expect("voters committed");
    voters
}

/// One HTTP/1.1 request on a fresh connection; the status, or `None` when the connection
/// failed or broke (the server was killed).
async fn raw_put(port: u16, path: &str, bearer: &str, body: &str) -> Option<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .ok()?;
    let request = format!(
        "PUT {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {bearer}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.ok()?;
    let text = String::from_utf8_lossy(&answer);
    text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

/// The real `comity` binary serving the test's database on a free port.
fn serve(app: &TestApp, port: u16) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_comity"))
        .arg("serve")
        .env("DATABASE_URL", &app.database_url)
        .env("COMITY_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", &app.options.site_root)
        .env(
            "COMITY_DATA_DIR",
            app.outbox_dir().parent().expect("data dir"),
        )
        .env("COMITY_LOG", "error")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("comity serve starts")
}

async fn until_healthy(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(mut s) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let _ = s
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .await;
            let mut answer = Vec::new();
            let _ = s.read_to_end(&mut answer).await;
            if answer.starts_with(b"HTTP/1.1 200") {
                return;
            }
        }
        assert!(Instant::now() < deadline, "the server did not come up");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn killed_mid_load(backend: Backend) {
    let Some(app) = TestApp::start(backend).await else {
        return;
    };
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    // `COMITY_LONG=1` (the long variant): 5,000 voters.
    let n = if std::env::var("COMITY_LONG").is_ok_and(|v| v == "1") {
        5000
    } else {
        1000
    };
    let voters = add_voters(&app, &tc70, n).await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let opened = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(json!({"kind": "CIB", "title": "Load", "question": "Agree?", "closes_at": "2099-03-01T12:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let ballot = opened.json()["id"].as_str().expect("id").to_string();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let mut server = serve(&app, port);
    until_healthy(port).await;

    // n officers vote at once; the server is killed (SIGKILL) once a fifth of the votes are
    // acknowledged.
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut tasks = Vec::new();
    for (code, secret) in voters.clone() {
        let (acknowledged, ballot) = (acknowledged.clone(), ballot.clone());
        tasks.push(tokio::spawn(async move {
            let path = format!("/api/v1/ballots/{ballot}/votes/{code}");
            if raw_put(port, &path, &secret, r#"{"position":"approve"}"#).await == Some(200) {
                acknowledged.lock().expect("acks").push(code);
            }
        }));
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    while acknowledged.lock().expect("acks").len() < n / 5 {
        assert!(Instant::now() < deadline, "the load did not get going");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill().expect("SIGKILL");
    server.wait().expect("killed");
    for task in tasks {
        let _ = task.await;
    }
    let acknowledged = acknowledged.lock().expect("acks").clone();
    assert!(
        acknowledged.len() >= n / 5 && acknowledged.len() < n,
        "{}",
        acknowledged.len()
    );

    // Restarted on the same database: every acknowledged vote is there.
    let mut server = serve(&app, port);
    until_healthy(port).await;
    let stored: std::collections::HashSet<String> = sqlx::query_scalar(
        "SELECT m.code FROM ballot_votes v JOIN member_bodies m ON m.id = v.member_body_id \
         WHERE v.ballot_id = $1 AND v.is_current = 1",
    )
    .bind(&ballot)
    .fetch_all(&app.state.pool)
    .await
    .expect("votes")
    .into_iter()
    .collect();
    eprintln!(
        "{backend:?}: {} votes acknowledged before SIGKILL, {} stored after restart",
        acknowledged.len(),
        stored.len()
    );
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|c| !stored.contains(*c))
        .collect();
    assert!(lost.is_empty(), "acknowledged votes lost: {lost:?}");

    // The others vote again against the restarted server: exactly n current votes.
    for (code, secret) in &voters {
        if !stored.contains(code) {
            let path = format!("/api/v1/ballots/{ballot}/votes/{code}");
            assert_eq!(
                raw_put(port, &path, secret, r#"{"position":"approve"}"#).await,
                Some(200)
            );
        }
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM ballot_votes v JOIN member_bodies m ON m.id = v.member_body_id \
             WHERE v.ballot_id = '{ballot}' AND v.is_current = 1 AND m.code LIKE 'V%'"
        ))
        .await,
        n as i64
    );
    server.kill().expect("stopped");
    let _ = server.wait();
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_load_loses_no_acknowledged_vote_sqlite() {
    killed_mid_load(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_load_loses_no_acknowledged_vote_postgres() {
    killed_mid_load(Backend::Postgres).await;
}
