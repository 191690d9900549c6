//! Configuration: every setting is a command-line flag and an environment variable.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Parser, Subcommand};

/// Comity: a portal for international standards committees.
#[derive(Debug, Parser)]
#[command(name = "comity", version, about)]
pub struct Cli {
    /// Settings shared by every command.
    #[command(flatten)]
    pub common: Common,
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Settings shared by every command.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Database URL: `sqlite://…` (default, under the data dir) or `postgres://…`.
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Folder for the embedded database and other local data.
    #[arg(long, env = "COMITY_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,
    /// Log filter (tracing's env-filter syntax), e.g. `info` or `comity=debug,sqlx=warn`.
    #[arg(long, env = "COMITY_LOG", default_value = "info", global = true)]
    pub log: String,
    /// Log format: `text` or `json`.
    #[arg(long, env = "COMITY_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"], global = true)]
    pub log_format: String,
}

impl Common {
    /// The database URL in force: the given one, or a SQLite file in the data dir.
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("comity.db").display()))
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal (the default).
    Serve(ServeArgs),
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Load the demo data (bodies, committees, demo accounts) if it is not there yet.
    Demo,
    /// Administration tasks.
    Admin {
        /// Which task.
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// The audit trail.
    Audit {
        /// Which task.
        #[command(subcommand)]
        command: AuditCommand,
    },
}

/// Audit trail tasks.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check that the chain of audit events is intact; if not, name the first event that
    /// does not hold and exit with status 1.
    Verify,
}

/// Administration tasks.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a portal administrator; the password is read from standard input.
    Create {
        /// Their e-mail address (the sign-in name).
        #[arg(long)]
        email: String,
        /// Their display name.
        #[arg(long)]
        name: String,
    },
}

/// Settings of `comity serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "COMITY_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    /// The address people use to reach the portal (links in invitations; https makes cookies Secure).
    #[arg(long, env = "COMITY_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Folder of the built site (CSS, JS, WASM), as made by cargo-leptos.
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// Load the demo data when the database has none yet.
    #[arg(long, env = "COMITY_DEMO", default_value_t = false)]
    pub demo: bool,
    /// Largest number of database connections.
    #[arg(long, env = "COMITY_DB_MAX_CONNECTIONS", default_value_t = 16)]
    pub db_max_connections: u32,
    /// Trust `X-Forwarded-For` from a reverse proxy for the client's address.
    #[arg(long, env = "COMITY_TRUST_PROXY", default_value_t = false)]
    pub trust_proxy: bool,
    /// Hours without activity after which a session ends.
    #[arg(long, env = "COMITY_SESSION_IDLE_HOURS", default_value_t = 168)]
    pub session_idle_hours: i64,
    /// Largest file accepted for a document version, in megabytes.
    #[arg(long, env = "COMITY_MAX_UPLOAD_MB", default_value_t = 50)]
    pub max_upload_mb: u64,
    /// SMTP server for e-mail: `smtp://host:25`, `smtp://user:password@host:587?tls=required`
    /// (STARTTLS) or `smtps://user:password@host` (TLS). Without it, e-mail is written to the
    /// `outbox` folder in the data dir.
    #[arg(long, env = "COMITY_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of e-mail.
    #[arg(long, env = "COMITY_MAIL_FROM", default_value = DEFAULT_MAIL_FROM)]
    pub mail_from: String,
}

/// The sender of e-mail when none is configured.
pub const DEFAULT_MAIL_FROM: &str = "Comity <comity@localhost>";

impl Default for ServeArgs {
    fn default() -> Self {
        Self {
            addr: ([127, 0, 0, 1], 3000).into(),
            public_url: None,
            site_root: PathBuf::from("target/site"),
            demo: false,
            db_max_connections: 16,
            trust_proxy: false,
            session_idle_hours: 168,
            max_upload_mb: 50,
            smtp_url: None,
            mail_from: DEFAULT_MAIL_FROM.into(),
        }
    }
}

impl ServeArgs {
    /// The public base URL, checked: `http://` or `https://`, no trailing slash.
    pub fn public_url(&self) -> Result<String, String> {
        let url = self
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr));
        if url.starts_with("http://") || url.starts_with("https://") {
            Ok(url.trim_end_matches('/').to_string())
        } else {
            Err(format!(
                "COMITY_PUBLIC_URL must start with http:// or https://, got {url:?}"
            ))
        }
    }
}

impl ServeArgs {
    /// The serve settings from the environment alone (when no subcommand is given).
    pub fn default_from_env() -> Result<ServeArgs, clap::Error> {
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            serve: ServeArgs,
        }
        Only::try_parse_from(["comity"]).map(|o| o.serve)
    }
}
