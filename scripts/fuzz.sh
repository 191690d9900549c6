#!/usr/bin/env bash
# Schema-driven fuzzing of the whole JSON API (schemathesis, from PyPI) against a real server on
# loopback with the demo data, signed in as the portal administrator (the widest reach): every
# operation of /api/v1/openapi.json gets generated valid and invalid requests; any 5xx, or an
# answer that breaks the documented schema, fails the run. Bounded for CI; FUZZ_EXAMPLES=200
# for a long run. Usage: scripts/fuzz.sh <comity binary> <site root>
set -euo pipefail
bin="$1"
site="$2"
# COMITY_LONG=1 (the long variants of make test): 200 examples per operation.
if [ "${COMITY_LONG:-}" = 1 ]; then examples="${FUZZ_EXAMPLES:-200}"; else examples="${FUZZ_EXAMPLES:-8}"; fi
data_dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
COMITY_ADDR="127.0.0.1:$port" COMITY_DATA_DIR="$data_dir" LEPTOS_SITE_ROOT="$site" COMITY_LOG=warn \
  "$bin" serve --demo > "$data_dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data_dir"' EXIT
for _ in $(seq 1 60); do curl -fs "$base/healthz" >/dev/null && break; sleep 1; done
jar="$data_dir/cookies"
curl -fs -o /dev/null -c "$jar" -b "$jar" -H "Origin: $base" \
  --data-urlencode "email=admin@comity.example" --data-urlencode "password=comity-demo-2026" "$base/login"
token=$(curl -fs -b "$jar" -H "Origin: $base" -H 'Content-Type: application/json' \
  -d '{"name":"fuzzing"}' "$base/api/v1/tokens" | python3 -c 'import json, sys; print(json.load(sys.stdin)["secret"])')
# The token works (else every operation would only be fuzzed signed out).
curl -fs -H "Authorization: Bearer $token" "$base/api/v1/me" | grep -q '"is_portal_admin":true'
# The token as the OpenAPI's bearer scheme (a plain --header would be replaced by the
# credentials schemathesis makes up for the documented security schemes).
printf '[auth.openapi.bearer]\nbearer = "${COMITY_FUZZ_TOKEN}"\n' > "$data_dir/schemathesis.toml"
export COMITY_FUZZ_TOKEN="$token"
status=0
schemathesis --config-file "$data_dir/schemathesis.toml" run "$base/api/v1/openapi.json" \
  --checks not_a_server_error,response_schema_conformance \
  --phases examples,coverage,fuzzing --max-examples "$examples" --seed 20261125 --workers 1 \
  --request-timeout 30 || status=$?
echo "after fuzzing, the token: $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/me")"
if grep -q "panicked" "$data_dir/server.log"; then
  echo "the server panicked during fuzzing:"; grep -A3 "panicked" "$data_dir/server.log" | head -20
  status=1
fi
exit $status
