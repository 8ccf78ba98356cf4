#!/usr/bin/env bash
# End-to-end smoke test of two app instances on one PostgreSQL database: a throwaway cluster
# (scripts/pg-cluster.sh, which installs PostgreSQL when missing), migrated and seeded, then
# tests/e2e-pg against two `npm start` processes. Needs the production build (npm run build).
# Ports: E2E_PORT (instance A, default 3200), E2E_PORT_B (default E2E_PORT + 1), PG_E2E_PORT (55433).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f .next/BUILD_ID ] || { echo "no production build: run npm run build first" >&2; exit 1; }
export E2E_PORT="${E2E_PORT:-3200}"
export E2E_PORT_B="${E2E_PORT_B:-$((E2E_PORT + 1))}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/portal-pg-e2e-XXXXXX")"
trap 'bash scripts/pg-cluster.sh stop "$dir"' EXIT
DATABASE_URL="$(bash scripts/pg-cluster.sh start "$dir" "${PG_E2E_PORT:-55433}")"
export DATABASE_URL
npm run db:migrate
npm run db:seed
npx playwright test --config tests/e2e-pg/playwright.config.ts "$@"
