#!/usr/bin/env bash
# npm run test:pg [vitest files…]: integration tests against a throwaway PostgreSQL cluster that
# this script creates and removes (scripts/pg-cluster.sh installs PostgreSQL when missing).
# Without arguments it runs the integration tests that exercise both engines.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PG_TEST_PORT:-55432}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/portal-pg-test-XXXXXX")"
trap 'bash scripts/pg-cluster.sh stop "$dir"' EXIT
url="$(bash scripts/pg-cluster.sh start "$dir" "$port")"

if [ "$#" -eq 0 ]; then
  set -- \
    tests/integration/seed.test.ts \
    tests/integration/dialect.test.ts \
    tests/integration/text-index-postgres.test.ts \
    tests/integration/admin-authorization.test.ts \
    tests/integration/admin-bad-input.test.ts \
    tests/integration/admin-workflow.test.ts \
    tests/integration/csv-upload-store.test.ts \
    tests/integration/csv-import-hardening.test.ts \
    tests/integration/bench-floors.test.ts \
    tests/integration/initiative-write.test.ts \
    tests/integration/search.test.ts \
    tests/integration/browse-countries.test.ts \
    tests/integration/browse-organisations.test.ts \
    tests/integration/browse-themes.test.ts \
    tests/integration/home-stats.test.ts \
    tests/integration/gge-data.test.ts \
    tests/integration/index-freshness.test.ts \
    tests/integration/group-intersections.test.ts \
    tests/integration/data-version.test.ts
fi
DATABASE_URL="$url" npx vitest run "$@"
