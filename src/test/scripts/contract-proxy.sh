#!/usr/bin/env bash
# Runs the suite's API tests through Prism, a validating proxy, and counts the contract violations it logs
# (docs/api.md, "Contract checks"). Prism listens on PRISM_PORT and forwards to the service under test, which the
# run pins to APP_PORT; ContractValidationFilter sends every /api/** request of the tests to Prism
# (-Dcontract.proxy.port). The tests' own validation stays on, so a violation also fails its test.
#
# Usage: src/test/scripts/contract-proxy.sh [maven args...]   e.g. -Dtest='*ResourceTest'
# Writes target/prism.log, target/prism-violations.txt (what counts) and target/prism-refused.txt (request violations
# of requests the service refused with a 4xx); exits non-zero when a violation counts or a test failed.
# Needs Node.js (npx) and whatever ./mvnw test needs. Takes about as long as the suite.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$repo"
APP_PORT=${APP_PORT:-18181}
PRISM_PORT=${PRISM_PORT:-14010}
PRISM=${PRISM:-@stoplight/prism-cli@5.16.0}
log=target/prism.log
mkdir -p target
rm -f "$log" target/prism-violations.txt target/prism-refused.txt target/contract-violations.txt

# its own process group: npx starts Prism as a child, and stopping npx alone would leave Prism on the port
setsid npx --yes "$PRISM" proxy docs/openapi.yaml "http://127.0.0.1:$APP_PORT" --errors=false \
    --host 127.0.0.1 --port "$PRISM_PORT" >"$log" 2>&1 &
prism=$!
trap 'kill -- -"$prism" 2>/dev/null || true; wait "$prism" 2>/dev/null || true' EXIT
for ((i = 0; i < 120; i++)); do
  grep -q "Prism is listening" "$log" && break
  kill -0 "$prism" 2>/dev/null || { cat "$log" >&2; echo "Prism did not start" >&2; exit 1; }
  sleep 1
done
grep -q "Prism is listening" "$log" || { echo "Prism did not start within 120 s" >&2; exit 1; }

tests=0
./mvnw -o test -Dquarkus.http.test-port="$APP_PORT" -Dcontract.proxy.port="$PRISM_PORT" "$@" || tests=$?

# Prism logs each request ("Request received"), the service's status ("has returned 404"), then one "Violation:"
# line per broken rule of the request or the response. The suite's rule applies: a request the service refused with
# a 4xx broke the document on purpose (its response must still conform); every other violation counts.
sed -E 's/\x1b\[[0-9;]*m//g' "$log" | awk -v counted=target/prism-violations.txt -v refused=target/prism-refused.txt '
  /\[HTTP SERVER\] .* Request received/ { call = $0; sub(/^.*\[HTTP SERVER\] /, "", call); sub(/ +[^ ]* +info +Request received.*$/, "", call); status = ""; requests++ }
  /has returned [0-9]+/ { status = $NF }
  /Request terminated with error/ { print call "\t-\tproxy error: " $0 > counted; n++ }
  /Violation: / {
    v = $0; sub(/^.*Violation: /, "", v)
    if (v ~ /^request/ && status ~ /^4/) { print call "\t" status "\t" v > refused; r++ } else { print call "\t" status "\t" v > counted; n++ }
  }
  END { printf "Prism: %d requests, %d violations (target/prism-violations.txt), %d request violations of refused requests (target/prism-refused.txt)\n", requests, n, r }'
touch target/prism-violations.txt target/prism-refused.txt
violations=$(wc -l <target/prism-violations.txt)
sed -E 's/[0-9a-f]{8}-[0-9a-f-]{27}/{id}/g' target/prism-violations.txt | sort | uniq -c | sort -rn | head -40
[[ $violations -eq 0 && $tests -eq 0 ]]
