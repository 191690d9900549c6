//! `comity-bench`: the numbers behind `make bench`.
//!
//! - `comity-bench seed --database-url URL` loads the large dataset (`seed.rs`) into an empty
//!   database and prints what the load runs need as JSON.
//! - `comity-bench run --comity BIN --site DIR` does, for SQLite and PostgreSQL in turn: a fresh
//!   database, the dataset, the real `comity` binary serving it, and the measurements
//!   (`run.rs`): four pages against a bare axum handler serving the same bytes (with oha), 1,000
//!   concurrent votes, the XLSX export of 10,000 comments, search, the server's peak memory.
//!   The table goes to standard output, `docs/BENCHMARKS.md` and the README.

mod run;
mod seed;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "comity-bench", about = "Comity's benchmarks")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load the dataset into an empty database.
    Seed {
        #[arg(long)]
        database_url: String,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// 1.0 is the full dataset; 0.05 a quick trial.
        #[arg(long, default_value_t = 1.0)]
        scale: f64,
    },
    /// Load, serve and measure on each engine; write the table.
    Run(run::Args),
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Seed {
            database_url,
            seed,
            scale,
        } => seed_only(&database_url, seed, scale).await,
        Command::Run(args) => run::run(args).await,
    };
    if let Err(error) = result {
        eprintln!("error: {error:#}");
        std::process::exit(1);
    }
}

async fn seed_only(url: &str, seed: u64, scale: f64) -> anyhow::Result<()> {
    let pool = app::server::db::connect(url, 4).await?;
    app::server::db::migrate(&pool).await?;
    let targets = seed::load(&pool, seed, seed::Scale::times(scale)).await?;
    println!("{}", serde_json::to_string_pretty(&targets)?);
    Ok(())
}
