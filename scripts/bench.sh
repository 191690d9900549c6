#!/usr/bin/env bash
# `make bench`: Comity's benchmarks (not part of `make test`). Builds the release server and site
# and `comity-bench`, installs oha when missing, then for SQLite and PostgreSQL: loads the
# seeded dataset, serves it with the real binary and measures (server/src/bin/comity-bench/).
# Writes the table to docs/BENCHMARKS.md and the summary to README.md.
# Settings: BENCH_ENGINES=sqlite,postgres  BENCH_SCALE=1.0  BENCH_SECONDS=10  BENCH_SEED=42
#           BENCH_CONNECTIONS=32  COMITY_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres
set -euo pipefail
cd "$(dirname "$0")/.."
OHA_VERSION=1.16.0
say() { printf '[bench] %s\n' "$*"; }
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-target}"

if ! oha --version 2>/dev/null | grep -q "^oha ${OHA_VERSION}\$"; then
  say "installing oha ${OHA_VERSION} (the load tool; about 3 minutes)"
  cargo install oha --locked --version "${OHA_VERSION}"
fi
# PostgreSQL on this machine (shared/ENVIRONMENT.md), started when it is not running.
if [[ "${BENCH_ENGINES:-sqlite,postgres}" == *postgres* ]] && ! pg_isready -q -h 127.0.0.1 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
say "building the release server and site (as make run does) and comity-bench"
cargo leptos build --release --precompress
cargo build --release -p server --bin comity-bench
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true   # 1,000 concurrent voters: a socket each, on both sides
"$target/release/comity-bench" run \
  --comity "$target/release/comity" --site target/site \
  --engines "${BENCH_ENGINES:-sqlite,postgres}" \
  --postgres-url "${COMITY_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}" \
  --seed "${BENCH_SEED:-42}" --scale "${BENCH_SCALE:-1.0}" \
  --seconds "${BENCH_SECONDS:-10}" --connections "${BENCH_CONNECTIONS:-32}" \
  --write .
