//! `comity`: parses the command line and runs one command. Everything else is in `lib.rs`.

use std::{io::Read, sync::Arc};

use anyhow::{bail, Context};
use app::server::{auth, db, demo, mail::Mailer, state::AppState};
use axum::serve::ListenerExt;
use clap::Parser;
use server::{
    build_state,
    config::{self, AdminCommand, AuditCommand, Cli, Command, Common, ServeArgs},
    router, spawn_ballot_closer, spawn_housekeeping, spawn_mailer, ServerOptions,
};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    init_logging(&cli.common);
    if let Err(error) = run(cli).await {
        // One clear line, then the chain of causes.
        eprintln!("error: {error:#}");
        std::process::exit(1);
    }
}

fn init_logging(common: &Common) {
    let filter = EnvFilter::try_new(&common.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if common.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn open_database(common: &Common, max_connections: u32) -> anyhow::Result<sqlx::AnyPool> {
    let url = common.database_url();
    if db::Engine::of_url(&url) == Some(db::Engine::Sqlite) {
        std::fs::create_dir_all(&common.data_dir)
            .with_context(|| format!("cannot create the data dir {}", common.data_dir.display()))?;
    } else if db::Engine::of_url(&url).is_none() {
        bail!("DATABASE_URL must start with sqlite:// or postgres://, got {url:?}");
    }
    let pool = db::connect(&url, max_connections)
        .await
        .with_context(|| format!("cannot open the database {}", redact(&url)))?;
    db::migrate(&pool)
        .await
        .context("cannot bring the database schema up to date")?;
    Ok(pool)
}

/// Hides a password in a database URL before it is printed.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or_default();
            format!("{}{user}:***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let common = cli.common;
    match cli
        .command
        .unwrap_or(Command::Serve(ServeArgs::default_from_env()?))
    {
        Command::Serve(args) => serve(&common, args).await,
        Command::Migrate => {
            open_database(&common, 2).await?;
            println!("database schema is up to date");
            Ok(())
        }
        Command::Demo => {
            let pool = open_database(&common, 2).await?;
            let state = build_state(pool, &options_for_cli(&common));
            if demo::load(&state)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?
            {
                println!(
                    "demo data loaded; every demo account's password is {}",
                    demo::DEMO_PASSWORD
                );
            } else {
                println!("demo data is already there");
            }
            Ok(())
        }
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            let pool = open_database(&common, 2).await?;
            let check = app::server::audit::verify(&pool)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            match check.broken_at {
                None => {
                    println!("the audit trail is intact: {} events", check.events);
                    Ok(())
                }
                Some(seq) => {
                    let why = match check.reason.as_deref() {
                        Some("altered") => "its fields no longer match its hash",
                        Some("unlinked") => "it does not follow the event before",
                        _ => "it is missing",
                    };
                    let event = app::server::db::audit::after(&pool, seq - 1, 1)
                        .await?
                        .into_iter()
                        .next()
                        .filter(|e| e.seq == seq)
                        .map(|e| {
                            format!(
                                " ({}, “{}”, {})",
                                e.kind,
                                e.subject,
                                app::i18n::dates::Civil::utc(e.at).neutral()
                            )
                        })
                        .unwrap_or_default();
                    bail!(
                        "the audit trail is broken at event {seq}{event}: {why}; the {} events before it are intact",
                        check.events
                    )
                }
            }
        }
        Command::Admin {
            command: AdminCommand::Create { email, name },
        } => {
            let mut password = String::new();
            std::io::stdin()
                .read_to_string(&mut password)
                .context("cannot read the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']);
            let pool = open_database(&common, 2).await?;
            let state = build_state(pool, &options_for_cli(&common));
            match auth::create_admin(&state, &email, &name, password).await {
                Ok(id) => {
                    let email = app::domain::accounts::normalise_email(&email);
                    println!("portal administrator {email} created (id {id})");
                    Ok(())
                }
                Err(app::error::AppError::Invalid(errors)) => {
                    let lines: Vec<String> = errors
                        .0
                        .iter()
                        .map(|(field, m)| {
                            format!(
                                "{field}: {}",
                                app::i18n::translate_args(Default::default(), &m.key, &m.args)
                            )
                        })
                        .collect();
                    bail!("{}", lines.join("; "))
                }
                Err(e) => bail!("{e}"),
            }
        }
    }
}

fn options_for_cli(common: &Common) -> ServerOptions {
    ServerOptions {
        site_root: "target/site".into(),
        public_url: std::env::var("COMITY_PUBLIC_URL")
            .unwrap_or_else(|_| "http://127.0.0.1:3000".into()),
        session_idle_hours: 168,
        trust_proxy: false,
        max_upload_bytes: 50 * 1024 * 1024,
        mailer: Arc::new(
            Mailer::folder(common.data_dir.join("outbox"), config::DEFAULT_MAIL_FROM)
                .expect("the default sender is an address"),
        ),
    }
}

async fn serve(common: &Common, args: ServeArgs) -> anyhow::Result<()> {
    let public_url = args.public_url().map_err(anyhow::Error::msg)?;
    let site_root = args.site_root.clone();
    if !site_root.join("pkg").is_dir() {
        bail!(
            "the built site was not found at {} (set LEPTOS_SITE_ROOT, or run `make build` from the repository root)",
            site_root.display()
        );
    }
    let pool = open_database(common, args.db_max_connections).await?;
    let mailer = match &args.smtp_url {
        Some(url) if !url.trim().is_empty() => Mailer::smtp(url.trim(), &args.mail_from),
        _ => Mailer::folder(common.data_dir.join("outbox"), &args.mail_from),
    }
    .map_err(anyhow::Error::msg)?;
    tracing::info!("e-mail goes to {mailer}");
    let options = ServerOptions {
        mailer: Arc::new(mailer),
        site_root: site_root.display().to_string(),
        public_url,
        session_idle_hours: args.session_idle_hours,
        trust_proxy: args.trust_proxy,
        max_upload_bytes: args.max_upload_mb.saturating_mul(1024 * 1024),
    };
    let state: AppState = build_state(pool, &options);
    if args.demo
        && demo::load(&state)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?
    {
        tracing::info!(
            "demo data loaded (password of every demo account: {})",
            demo::DEMO_PASSWORD
        );
    }
    spawn_housekeeping(state.clone());
    spawn_ballot_closer(state.clone());
    spawn_mailer(state.clone());
    let app = router(state, &options);
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?
        // Without TCP_NODELAY, streamed pages wait on Nagle's algorithm (~40 ms a response).
        .tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
    tracing::info!(
        "Comity is serving on http://{} (public address {})",
        args.addr,
        options.public_url
    );
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .context("the server stopped with an error")
}
