#!/usr/bin/env bash
# The whole test suite. Outside CI, a part that cannot run here (no PostgreSQL, no Chromium)
# is skipped with a clear line in the summary; under CI=true every skip is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
in_ci() { [ "${CI:-}" = "true" ]; }
# Binaries go to the cargo target dir, wherever CARGO_TARGET_DIR puts it.
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
case "$target_dir" in /*) ;; *) target_dir="$PWD/$target_dir" ;; esac
skipped=()
# Each part's time is printed when the next begins, and all of them in the summary.
timings=()
current=""
started_at=$SECONDS
section() {
  if [ -n "$current" ]; then timings+=("$(printf '%5d s  %s' $((SECONDS - started_at)) "$current")"); fi
  current="$1"; started_at=$SECONDS
  printf '\n==> %s\n' "$*"
}

# PostgreSQL: use the server on this machine when there is one.
if [ -z "${COMITY_TEST_POSTGRES_URL:-}" ]; then
  if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then
    export COMITY_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:5432/postgres"
  else
    skipped+=("PostgreSQL halves of the database tests (no server on 127.0.0.1:5432; set COMITY_TEST_POSTGRES_URL)")
  fi
fi
in_ci && [ -z "${COMITY_TEST_POSTGRES_URL:-}" ] && { echo "CI=true: PostgreSQL is required and was not found"; exit 1; }

section "formatting"
cargo fmt --all -- --check

# One build of the portal, by the README's own `make run`: the release binary and site it
# serves are what the browser tests and the fuzzing below run against, so a release build that
# breaks, or a `make run` that would not serve, fails here.
section "make run: release build, then the demo portal on a fresh data folder (scripts/smoke.sh)"
bash scripts/smoke.sh

section "unit, database and HTTP tests (cargo test)"
# A debug build in a target dir of its own: a release build of the tests shares the release
# dependencies but took as long as this whole build (see README, Tests).
CARGO_TARGET_DIR="$target_dir/test" cargo test -p app --features ssr -p server

section "browser tests (Playwright in Chromium, with and without JavaScript)"
chromium_bin="${COMITY_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  in_ci && { echo "CI=true: Chromium is required at $chromium_bin"; exit 1; }
  skipped+=("Playwright end-to-end tests (no Chromium at $chromium_bin; apt-get install chromium)")
else
  if ! command -v soffice >/dev/null; then
    in_ci && { echo "CI=true: LibreOffice (soffice) is required to check the exports"; exit 1; }
    skipped+=("LibreOffice conversion of the exported XLSX and DOCX (no soffice; apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)")
  fi
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  data_dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export COMITY_E2E_PORT="$port" COMITY_E2E_DATA_DIR="$data_dir" COMITY_CHROMIUM="$chromium_bin"
  # The release build above: the binary follows CARGO_TARGET_DIR; cargo-leptos writes the site
  # under the workspace's target/.
  export COMITY_E2E_BIN="$target_dir/release/comity" COMITY_E2E_SITE="$PWD/target/site"
  (cd end2end && npx playwright test)
  rm -rf "$data_dir"

  section "fuzzing the JSON API from its OpenAPI document (schemathesis; FUZZ_EXAMPLES=200 for long)"
  bash scripts/fuzz.sh "$target_dir/release/comity" "$PWD/target/site"
fi

section "summary"
printf '%s\n' "${timings[@]}"
if [ ${#skipped[@]} -gt 0 ]; then
  for s in "${skipped[@]}"; do echo "SKIPPED: $s"; done
  in_ci && { echo "CI=true: nothing may be skipped"; exit 1; }
else
  echo "nothing skipped"
fi
