//! One benchmark run per engine: a fresh database with the dataset, the real `comity` binary
//! serving it, and the measurements; then the tables.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::{bail, ensure, Context};
use axum::{body::Bytes, http::header, routing::get, serve::ListenerExt, Router};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::seed::{self, Targets};

#[derive(clap::Args)]
pub struct Args {
    /// The `comity` binary to measure (a release build).
    #[arg(long)]
    comity: PathBuf,
    /// The site root (WASM, JS, CSS) it serves.
    #[arg(long)]
    site: PathBuf,
    /// Engines to run on, comma-separated.
    #[arg(long, default_value = "sqlite,postgres")]
    engines: String,
    /// A PostgreSQL server where the database `comity_bench` may be dropped and made.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/postgres")]
    postgres_url: String,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// 1.0 is the full dataset.
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    /// Seconds of load per page.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Concurrent connections of the page load.
    #[arg(long, default_value_t = 32)]
    connections: u32,
    /// The oha binary.
    #[arg(long, default_value = "oha")]
    oha: String,
    /// The project's root: its docs/BENCHMARKS.md and README.md get the new numbers.
    #[arg(long)]
    write: Option<PathBuf>,
    /// Where the databases and logs go (default: a folder in the system's temp dir).
    #[arg(long)]
    work_dir: Option<PathBuf>,
}

/// Requests/s and latency percentiles of one oha run.
#[derive(Clone, Debug, Default)]
struct Load {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
}

struct PageResult {
    name: &'static str,
    bytes: usize,
    comity: Load,
    ceiling: Load,
}

struct EngineResult {
    engine: &'static str,
    seed_seconds: f64,
    rows: Vec<(String, usize)>,
    pages: Vec<PageResult>,
    votes: usize,
    votes_per_second: f64,
    vote_p50_ms: f64,
    vote_p99_ms: f64,
    current_votes: i64,
    export_seconds: f64,
    export_bytes: usize,
    export_comments: usize,
    search_queries: usize,
    search_p50_ms: f64,
    search_p95_ms: f64,
    peak_mib: f64,
    database_mib: f64,
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let work = args.work_dir.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("comity-bench-{}", std::process::id()))
    });
    std::fs::create_dir_all(&work)?;
    check_oha(&args.oha)?;
    let mut results = Vec::new();
    for engine in args
        .engines
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        let engine: &'static str = match engine {
            "sqlite" => "SQLite",
            "postgres" => "PostgreSQL",
            other => bail!("unknown engine {other:?} (sqlite or postgres)"),
        };
        eprintln!("== {engine}");
        results.push(run_engine(&args, engine, &work).await?);
    }
    let table = render(&args, &results);
    println!("{table}");
    if let Some(root) = &args.write {
        write_between_markers(&root.join("docs/BENCHMARKS.md"), &table, true)?;
        write_between_markers(&root.join("README.md"), &summary(&results), false)?;
        eprintln!("written: docs/BENCHMARKS.md and README.md");
    }
    Ok(())
}

fn check_oha(oha: &str) -> anyhow::Result<()> {
    let out = Command::new(oha)
        .arg("--version")
        .output()
        .with_context(|| format!("cannot run {oha} (cargo install oha --locked)"))?;
    ensure!(out.status.success(), "{oha} --version failed");
    Ok(())
}

async fn run_engine(
    args: &Args,
    engine: &'static str,
    work: &Path,
) -> anyhow::Result<EngineResult> {
    let dir = work.join(engine.to_lowercase());
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let url = if engine == "SQLite" {
        format!("sqlite://{}", dir.join("comity.db").display())
    } else {
        let admin = app::server::db::connect(&args.postgres_url, 1).await?;
        sqlx::query("DROP DATABASE IF EXISTS comity_bench WITH (FORCE)")
            .execute(&admin)
            .await?;
        sqlx::query("CREATE DATABASE comity_bench")
            .execute(&admin)
            .await?;
        admin.close().await;
        let base = args
            .postgres_url
            .rsplit_once('/')
            .map(|(b, _)| b)
            .unwrap_or(&args.postgres_url);
        format!("{base}/comity_bench")
    };

    // The dataset.
    let started = Instant::now();
    let pool = app::server::db::connect(&url, 4).await?;
    app::server::db::migrate(&pool).await?;
    let scale = seed::Scale::times(args.scale);
    let targets = seed::load(&pool, args.seed, scale).await?;
    let seed_seconds = started.elapsed().as_secs_f64();
    eprintln!("dataset loaded in {seed_seconds:.0} s");

    // The server.
    let port = free_port()?;
    let log = std::fs::File::create(dir.join("server.log"))?;
    let mut server = Command::new(&args.comity)
        .arg("serve")
        .env("DATABASE_URL", &url)
        .env("COMITY_ADDR", format!("127.0.0.1:{port}"))
        .env("COMITY_DATA_DIR", &dir)
        .env("LEPTOS_SITE_ROOT", &args.site)
        .env("COMITY_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .with_context(|| format!("cannot start {}", args.comity.display()))?;
    let outcome = measure(args, &targets, &pool, port, &server, engine, &dir).await;
    let _ = server.kill();
    let _ = server.wait();
    let mut result = outcome?;
    result.seed_seconds = seed_seconds;
    result.rows = targets.rows.clone();
    result.database_mib = database_mib(&pool, engine, &dir).await;
    pool.close().await;
    Ok(result)
}

async fn measure(
    args: &Args,
    targets: &Targets,
    pool: &sqlx::AnyPool,
    port: u16,
    server: &Child,
    engine: &'static str,
    dir: &Path,
) -> anyhow::Result<EngineResult> {
    until_healthy(port).await?;
    let manager = sign_in(port, &targets.manager_email, &targets.password).await?;
    let admin = sign_in(port, &targets.admin_email, &targets.password).await?;

    // The four pages, fetched once to check them and to give the ceiling its bytes.
    let pages: [(&'static str, String, &str); 4] = [
        (
            "Committee home page",
            format!("/committees/{}", targets.committee_id),
            &targets.committee_reference,
        ),
        (
            "Document register, page 1",
            format!("/committees/{}/documents", targets.committee_id),
            &targets.committee_reference,
        ),
        (
            "Closed ballot's result",
            format!("/ballots/{}", targets.closed_ballot_id),
            &targets.closed_ballot_title,
        ),
        (
            "Compiled comments",
            format!("/documents/{}/comments", targets.comments_document_id),
            &targets.comments_document_reference,
        ),
    ];
    let mut served = Vec::new();
    for (name, path, expected) in &pages {
        let response = request(port, "GET", path, &[("Cookie", &manager)], b"").await?;
        ensure!(
            response.status == 200,
            "{name} ({path}) answered {}",
            response.status
        );
        let text = String::from_utf8_lossy(&response.body);
        ensure!(
            text.contains(*expected),
            "{name} ({path}) does not show {expected:?}"
        );
        let content_type = response
            .header("content-type")
            .unwrap_or("text/html; charset=utf-8")
            .to_string();
        served.push((path.clone(), content_type, response.body));
    }
    let ceiling_port = ceiling(served.clone()).await?;
    let mut page_results = Vec::new();
    for ((name, path, _), (_, _, body)) in pages.iter().zip(&served) {
        eprintln!("load: {name}");
        let comity = oha(args, port, path, &manager).await?;
        let ceiling = oha(args, ceiling_port, path, &manager).await?;
        page_results.push(PageResult {
            name,
            bytes: body.len(),
            comity,
            ceiling,
        });
    }

    // 1,000 concurrent votes.
    eprintln!("load: {} concurrent votes", targets.voters.len());
    let (votes_per_second, vote_p50_ms, vote_p99_ms) = votes(port, targets).await?;
    let current_votes: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM ballot_votes WHERE ballot_id = $1 AND is_current = 1",
    )
    .bind(&targets.vote_ballot_id)
    .fetch_one(pool)
    .await?;
    ensure!(
        current_votes == targets.voters.len() as i64,
        "{} votes were acknowledged but the database holds {current_votes} current votes",
        targets.voters.len()
    );

    // The XLSX export of the commented draft, three times; the median.
    eprintln!("export: XLSX");
    let export_comments: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments WHERE document_id = $1 AND status = 'submitted'",
    )
    .bind(&targets.comments_document_id)
    .fetch_one(pool)
    .await?;
    let mut times = Vec::new();
    let mut export_bytes = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let response = request(
            port,
            "GET",
            &format!(
                "/api/v1/documents/{}/comments/export?format=xlsx",
                targets.comments_document_id
            ),
            &[("Cookie", &manager)],
            b"",
        )
        .await?;
        times.push(t.elapsed().as_secs_f64());
        ensure!(
            response.status == 200 && response.body.starts_with(b"PK"),
            "the export answered {}",
            response.status
        );
        export_bytes = response.body.len();
    }
    times.sort_by(f64::total_cmp);

    // Search over everything (the portal administrator reads every document).
    eprintln!("search");
    let mut latencies = Vec::new();
    let words = &targets.search_words;
    for i in 0..200 {
        let q = if i % 4 == 3 {
            format!(
                "{} {}",
                words[i % words.len()],
                words[(i * 7 + 3) % words.len()]
            )
        } else {
            words[i % words.len()].clone()
        };
        let path = format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", q.as_str())])?
        );
        let t = Instant::now();
        let response = request(port, "GET", &path, &[("Cookie", &admin)], b"").await?;
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
        ensure!(
            response.status == 200,
            "search for {q:?} answered {}",
            response.status
        );
    }
    latencies.sort_by(f64::total_cmp);

    let peak_mib = peak_memory_mib(server.id());
    let _ = dir;
    Ok(EngineResult {
        engine,
        seed_seconds: 0.0,
        rows: Vec::new(),
        pages: page_results,
        votes: targets.voters.len(),
        votes_per_second,
        vote_p50_ms,
        vote_p99_ms,
        current_votes,
        export_seconds: times[1],
        export_bytes,
        export_comments: export_comments as usize,
        search_queries: latencies.len(),
        search_p50_ms: percentile(&latencies, 0.50),
        search_p95_ms: percentile(&latencies, 0.95),
        peak_mib,
        database_mib: 0.0,
    })
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

async fn until_healthy(port: u16) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Ok(r) = request(port, "GET", "/healthz", &[], b"").await {
            if r.status == 200 {
                return Ok(());
            }
        }
        ensure!(
            Instant::now() < deadline,
            "the server did not answer /healthz in 120 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Signs in through the real form; the cookies to send.
async fn sign_in(port: u16, email: &str, password: &str) -> anyhow::Result<String> {
    let body =
        serde_urlencoded::to_string([("email", email), ("password", password), ("next", "/")])?;
    let origin = format!("http://127.0.0.1:{port}");
    let response = request(
        port,
        "POST",
        "/login",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Origin", &origin),
        ],
        body.as_bytes(),
    )
    .await?;
    ensure!(
        response.status == 303 && response.header("location") == Some("/"),
        "signing in as {email} failed ({})",
        response.status
    );
    let cookies: Vec<&str> = response
        .headers
        .iter()
        .filter(|(n, _)| n == "set-cookie")
        .filter_map(|(_, v)| v.split(';').next())
        .collect();
    ensure!(
        cookies.iter().any(|c| c.starts_with("comity_session=")),
        "no session cookie for {email}"
    );
    Ok(cookies.join("; "))
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request on a new connection.
async fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> anyhow::Result<Response> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
    stream.set_nodelay(true)?;
    send(&mut stream, method, path, headers, body).await?;
    read_response(&mut stream).await
}

async fn send(
    stream: &mut tokio::net::TcpStream,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> anyhow::Result<()> {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    stream.write_all(&bytes).await?;
    Ok(())
}

async fn read_response(stream: &mut tokio::net::TcpStream) -> anyhow::Result<Response> {
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no end of headers in the response")?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body)?;
    }
    Ok(Response {
        status,
        headers,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data
            .windows(2)
            .position(|w| w == b"\r\n")
            .context("bad chunk")?;
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        ensure!(data.len() >= size + 2, "a chunk is cut short");
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

/// A bare axum server answering each page's path with its bytes from memory: the ceiling.
async fn ceiling(pages: Vec<(String, String, Vec<u8>)>) -> anyhow::Result<u16> {
    let mut router = Router::new();
    for (path, content_type, body) in pages {
        let body = Bytes::from(body);
        router = router.route(
            &path,
            get(move || {
                let (body, content_type) = (body.clone(), content_type.clone());
                async move { ([(header::CONTENT_TYPE, content_type)], body) }
            }),
        );
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    Ok(port)
}

/// A short warm-up, then `seconds` of load with `connections` connections.
async fn oha(args: &Args, port: u16, path: &str, cookie: &str) -> anyhow::Result<Load> {
    let url = format!("http://127.0.0.1:{port}{path}");
    let cookie_header = format!("Cookie: {cookie}");
    let base = |duration: &str| {
        let mut c = tokio::process::Command::new(&args.oha);
        // Without Accept-Encoding: both servers send the very same bytes (Comity would
        // otherwise spend part of its time compressing them).
        c.args([
            "--no-tui",
            "--disable-compression",
            "--output-format",
            "json",
            "-c",
        ])
        .arg(args.connections.to_string())
        .args(["-z", duration, "-H", &cookie_header, &url])
        .stdin(Stdio::null());
        c
    };
    base("2s").output().await?;
    let out = base(&format!("{}s", args.seconds)).output().await?;
    ensure!(
        out.status.success(),
        "oha failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).context("oha's JSON")?;
    let statuses = &json["statusCodeDistribution"];
    let ok = statuses["200"].as_u64().unwrap_or(0);
    let all: u64 = statuses
        .as_object()
        .map(|m| m.values().filter_map(|v| v.as_u64()).sum())
        .unwrap_or(0);
    ensure!(
        ok > 0 && ok == all,
        "{url}: not every answer was 200: {statuses}"
    );
    Ok(Load {
        rps: json["summary"]["requestsPerSec"].as_f64().unwrap_or(0.0),
        p50_ms: json["latencyPercentiles"]["p50"].as_f64().unwrap_or(0.0) * 1000.0,
        p99_ms: json["latencyPercentiles"]["p99"].as_f64().unwrap_or(0.0) * 1000.0,
    })
}

/// Every load voter casts one vote at the same moment, each on its own connection.
async fn votes(port: u16, targets: &Targets) -> anyhow::Result<(f64, f64, f64)> {
    let n = targets.voters.len();
    let barrier = Arc::new(tokio::sync::Barrier::new(n + 1));
    let mut tasks = Vec::with_capacity(n);
    for (code, token) in targets.voters.clone() {
        let barrier = barrier.clone();
        let path = format!("/api/v1/ballots/{}/votes/{code}", targets.vote_ballot_id);
        tasks.push(tokio::spawn(async move {
            let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
            stream.set_nodelay(true)?;
            barrier.wait().await;
            let t = Instant::now();
            let auth = format!("Bearer {token}");
            send(
                &mut stream,
                "PUT",
                &path,
                &[
                    ("Authorization", &auth),
                    ("Content-Type", "application/json"),
                ],
                br#"{"position":"approve"}"#,
            )
            .await?;
            let response = read_response(&mut stream).await?;
            anyhow::Ok((response.status, t.elapsed().as_secs_f64() * 1000.0))
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut latencies = Vec::with_capacity(n);
    for task in tasks {
        let (status, ms) = task.await??;
        ensure!((200..300).contains(&status), "a vote answered {status}");
        latencies.push(ms);
    }
    let wall = started.elapsed().as_secs_f64();
    latencies.sort_by(f64::total_cmp);
    Ok((
        n as f64 / wall,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
    ))
}

fn peak_memory_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

async fn database_mib(pool: &sqlx::AnyPool, engine: &str, dir: &Path) -> f64 {
    if engine == "SQLite" {
        ["comity.db", "comity.db-wal"]
            .iter()
            .filter_map(|f| std::fs::metadata(dir.join(f)).ok())
            .map(|m| m.len() as f64)
            .sum::<f64>()
            / 1_048_576.0
    } else {
        sqlx::query_scalar::<_, i64>("SELECT CAST(pg_database_size(current_database()) AS BIGINT)")
            .fetch_one(pool)
            .await
            .map_or(0.0, |b| b as f64 / 1_048_576.0)
    }
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem_gib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1_048_576.0);
    format!("{cpu}, {cores} cores, {mem_gib:.0} GiB")
}

fn thousands(n: f64) -> String {
    let n = n.round() as i64;
    let s = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

fn render(args: &Args, results: &[EngineResult]) -> String {
    let date = time::OffsetDateTime::now_utc().date();
    let mut s = format!(
        "Measured on {date} on {}: `make bench` (seed {}, scale {}, {} s of load per page with {} connections, oha; the server a release build with its default settings).\n\n",
        machine(),
        args.seed,
        args.scale,
        args.seconds,
        args.connections
    );
    if let Some(first) = results.first() {
        s.push_str("Dataset: ");
        let rows: Vec<String> = first
            .rows
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(t, n)| format!("{} {t}", thousands(*n as f64)))
            .collect();
        s.push_str(&rows.join(", "));
        s.push_str(".\n\n");
    }
    s.push_str("| Page | Engine | Comity req/s | p50 ms | p99 ms | Bare axum req/s | p50 ms | p99 ms | Comity / ceiling |\n|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
    for r in results {
        for p in &r.pages {
            s.push_str(&format!(
                "| {} ({} KB) | {} | {} | {:.1} | {:.1} | {} | {:.2} | {:.2} | {:.1} % |\n",
                p.name,
                p.bytes / 1024,
                r.engine,
                thousands(p.comity.rps),
                p.comity.p50_ms,
                p.comity.p99_ms,
                thousands(p.ceiling.rps),
                p.ceiling.p50_ms,
                p.ceiling.p99_ms,
                100.0 * p.comity.rps / p.ceiling.rps.max(f64::MIN_POSITIVE)
            ));
        }
    }
    s.push('\n');
    s.push_str("| Measure |");
    for r in results {
        s.push_str(&format!(" {} |", r.engine));
    }
    s.push_str("\n|---|");
    for _ in results {
        s.push_str("--:|");
    }
    s.push('\n');
    let mut row = |name: String, f: &dyn Fn(&EngineResult) -> String| {
        s.push_str(&format!("| {name} |"));
        for r in results {
            s.push_str(&format!(" {} |", f(r)));
        }
        s.push('\n');
    };
    row("Loading the dataset".into(), &|r| {
        format!("{:.0} s", r.seed_seconds)
    });
    row(
        format!(
            "{} votes from as many concurrent clients",
            thousands(results.first().map_or(0, |r| r.votes) as f64)
        ),
        &|r| {
            format!(
                "{} votes/s, p50 {:.0} ms, p99 {:.0} ms; {} current votes held",
                thousands(r.votes_per_second),
                r.vote_p50_ms,
                r.vote_p99_ms,
                thousands(r.current_votes as f64)
            )
        },
    );
    row("XLSX export of the compiled comments".into(), &|r| {
        format!(
            "{} comments: {:.2} s ({} KB)",
            thousands(r.export_comments as f64),
            r.export_seconds,
            r.export_bytes / 1024
        )
    });
    row(
        "Search over every document (the search page)".into(),
        &|r| {
            format!(
                "{} queries: p50 {:.1} ms, p95 {:.1} ms",
                r.search_queries, r.search_p50_ms, r.search_p95_ms
            )
        },
    );
    row("Peak server memory (VmHWM)".into(), &|r| {
        format!("{:.0} MiB", r.peak_mib)
    });
    row("Database size".into(), &|r| {
        format!("{:.0} MiB", r.database_mib)
    });
    s
}

fn summary(results: &[EngineResult]) -> String {
    let mut s = String::from("| | ");
    s.push_str(
        &results
            .iter()
            .map(|r| r.engine)
            .collect::<Vec<_>>()
            .join(" | "),
    );
    s.push_str(" |\n|---|");
    s.push_str(&"--:|".repeat(results.len()));
    s.push('\n');
    for (i, name) in [
        "Committee home page",
        "Document register, page 1",
        "Closed ballot's result",
        "Compiled comments",
    ]
    .iter()
    .enumerate()
    {
        s.push_str(&format!("| {name}, req/s (of the bare-axum ceiling) |"));
        for r in results {
            if let Some(p) = r.pages.get(i) {
                s.push_str(&format!(
                    " {} ({:.1} %) |",
                    thousands(p.comity.rps),
                    100.0 * p.comity.rps / p.ceiling.rps.max(f64::MIN_POSITIVE)
                ));
            }
        }
        s.push('\n');
    }
    s.push_str("| 1,000 concurrent votes |");
    for r in results {
        s.push_str(&format!(
            " {} votes/s, p99 {:.0} ms |",
            thousands(r.votes_per_second),
            r.vote_p99_ms
        ));
    }
    s.push_str("\n| XLSX export of the compiled comments |");
    for r in results {
        s.push_str(&format!(
            " {:.2} s ({} comments) |",
            r.export_seconds,
            thousands(r.export_comments as f64)
        ));
    }
    s.push_str("\n| Search p95 |");
    for r in results {
        s.push_str(&format!(" {:.1} ms |", r.search_p95_ms));
    }
    s.push_str("\n| Peak server memory |");
    for r in results {
        s.push_str(&format!(" {:.0} MiB |", r.peak_mib));
    }
    s.push('\n');
    s.push_str(&format!(
        "\n{} — details and the log of what the numbers changed: [docs/BENCHMARKS.md](docs/BENCHMARKS.md).\n",
        render_machine_line()
    ));
    s
}

fn render_machine_line() -> String {
    format!("{}, {}", time::OffsetDateTime::now_utc().date(), machine())
}

const BEGIN: &str = "<!-- bench:begin (written by make bench) -->";
const END: &str = "<!-- bench:end -->";

/// Replaces the text between the markers (made with a heading when `create` and missing).
fn write_between_markers(file: &Path, text: &str, create: bool) -> anyhow::Result<()> {
    let old = std::fs::read_to_string(file).unwrap_or_default();
    let new = match (old.find(BEGIN), old.find(END)) {
        (Some(b), Some(e)) if b < e => format!("{}{BEGIN}\n{text}{}", &old[..b], &old[e..]),
        _ if create => format!("{old}\n{BEGIN}\n{text}{END}\n"),
        _ => {
            eprintln!("{} has no bench markers: not changed", file.display());
            return Ok(());
        }
    };
    std::fs::write(file, new)?;
    Ok(())
}
