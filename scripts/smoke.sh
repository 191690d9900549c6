#!/usr/bin/env bash
# `make run` is a promise: this runs the README's first command as a newcomer would, on a free
# port and a fresh data folder — so it is also make test's one build of the portal: the release
# binary and site that the browser tests and the fuzzing then use — and checks that the portal
# it serves works: /healthz, the home page with the demo's bodies, the release site's
# stylesheet, script and WASM (precompressed), and signing in through the form as a demo
# account. A build that fails, or a server that does not answer, exits non-zero.
# Usage: scripts/smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
log="$data_dir/make-run.log"
fail() {
  echo "smoke: $*"
  echo "--- make run's output (its last 300 lines):"
  tail -n 300 "$log" || true
  exit 1
}

# The very command of the README, in a process group of its own so that everything it started
# (make, the shell, comity) stops together.
COMITY_ADDR="127.0.0.1:$port" COMITY_DATA_DIR="$data_dir/data" COMITY_PUBLIC_URL="$base" \
  setsid make --no-print-directory run > "$log" 2>&1 < /dev/null &
group=$!
trap 'kill -- -"$group" 2>/dev/null || true; wait "$group" 2>/dev/null || true; rm -rf "$data_dir"' EXIT

started=$(date +%s)
until curl -fs -o /dev/null "$base/healthz"; do
  kill -0 "$group" 2>/dev/null || fail "make run stopped before serving"
  [ $(( $(date +%s) - started )) -lt 3600 ] || fail "no answer on $base/healthz after an hour"
  sleep 1
done
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -vE '^ *(Compiling|Downloaded|Downloading) ' | sed -n '1,/^COMITY_DEMO=true/p'
echo "smoke: make run built the portal and answers /healthz after $(( $(date +%s) - started )) s"

# The home page: the demo's bodies, in the default language.
home=$(curl -fsS "$base/") || fail "GET / failed"
for body in ARSO SMIIC RNF; do
  grep -q ">$body<" <<<"$home" || fail "the home page does not show $body"
done
grep -q '<html lang="en" dir="ltr"' <<<"$home" || fail "the home page is not the English one"

# The release site: the stylesheet, script and WASM the page names are served precompressed.
assets=$(grep -oE '/assets/[^"]+\.(css|js|wasm)' <<<"$home" | sort -u)
for kind in css js wasm; do
  grep -q "\.$kind\$" <<<"$assets" || fail "the home page names no .$kind under /assets/"
done
for asset in $assets; do
  encoding=$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: br' "$base$asset" | tr -d '\r' \
    | awk -F': ' 'tolower($1) == "content-encoding" {print $2}') || fail "GET $asset failed"
  [ "$encoding" = br ] || fail "$asset is not served precompressed with brotli (got '${encoding:-none}')"
done
wasm=$(grep '\.wasm$' <<<"$assets")
curl -fsS -o "$data_dir/site.wasm" "$base$wasm" || fail "GET $wasm failed"
[ "$(head -c 4 "$data_dir/site.wasm" | od -An -tx1 | tr -d ' ')" = 0061736d ] || fail "$wasm is not WebAssembly"
echo "smoke: the page's stylesheet, script and WASM are served with brotli; $wasm is $(stat -c %s "$data_dir/site.wasm") bytes"

# Signing in through the form as the demo's committee manager.
jar="$data_dir/cookies"
curl -fsS -o /dev/null -c "$jar" -b "$jar" "$base/login" || fail "GET /login failed"
status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "Origin: $base" \
  --data-urlencode "email=manager@comity.example" --data-urlencode "password=comity-demo-2026" \
  "$base/login")
[ "$status" = 303 ] || fail "signing in answered $status, not 303"
account=$(curl -fsS -b "$jar" "$base/account") || fail "GET /account failed once signed in"
grep -qE 'data-testid="user-name"[^>]*>Salma Bennani<' <<<"$account" \
  || fail "after signing in, the header does not name Salma Bennani"
echo "smoke: signed in as manager@comity.example; the header names Salma Bennani"

if grep -q "panicked" "$log"; then fail "the server panicked"; fi
echo "smoke: make run serves the demo portal"
