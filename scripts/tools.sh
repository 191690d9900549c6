#!/usr/bin/env bash
# Installs the build tools Comity needs when they are missing, at pinned versions.
# Idempotent: a second run only checks versions. See shared/ENVIRONMENT.md for why each pin exists.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10   # 0.3.11 needs rustc 1.96 with --locked
WASM_BINDGEN_VERSION=0.2.130  # must equal the wasm-bindgen crate pinned in Cargo.toml

say() { printf '[tools] %s\n' "$*"; }

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q " ${CARGO_LEPTOS_VERSION}\$"; then
  say "installing cargo-leptos ${CARGO_LEPTOS_VERSION} (about 8 minutes on 2 cores)"
  # Its own release profile asks for fat LTO in one codegen unit, which made the install take
  # 14 to 20 minutes on two cores; a build tool does not need it.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install cargo-leptos --locked --version "${CARGO_LEPTOS_VERSION}"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$"; then
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION}"
  # --locked fails: the registry copy lacks the newest webpki-roots (shared/ENVIRONMENT.md).
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi

# wasm-opt: Debian's binaryen 108 silently breaks release WASM; npm's binaryen works.
if [ ! -x tools/node_modules/.bin/wasm-opt ]; then
  say "installing npm's binaryen (wasm-opt) into tools/"
  (cd tools && npm ci --no-audit --no-fund)
fi
# aiosmtpd: the real SMTP server on loopback that the e-mail tests send to (server/tests/mail.rs).
AIOSMTPD_VERSION=1.4.6
if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
  say "installing aiosmtpd ${AIOSMTPD_VERSION} (Python) for the e-mail tests"
  python3 -m pip install --quiet --disable-pip-version-check "aiosmtpd==${AIOSMTPD_VERSION}" \
    || python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages "aiosmtpd==${AIOSMTPD_VERSION}"
fi
# schemathesis: fuzzes the JSON API from its OpenAPI document (scripts/fuzz.sh).
SCHEMATHESIS_VERSION=4.32.5
if ! schemathesis --version 2>/dev/null | grep -q " ${SCHEMATHESIS_VERSION}\$"; then
  say "installing schemathesis ${SCHEMATHESIS_VERSION} (Python) for the API fuzzing"
  python3 -m pip install --quiet --disable-pip-version-check "schemathesis==${SCHEMATHESIS_VERSION}" \
    || python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages "schemathesis==${SCHEMATHESIS_VERSION}"
fi
say "tools ready"
