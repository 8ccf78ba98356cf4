#!/usr/bin/env bash
# npm test: install what the tests need, then run every test (unit, integration, data audit, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto sans cjk" || ! command -v xmllint >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk libxml2-utils >/dev/null
  else
    echo "Tests need Debian's chromium, fonts-noto-cjk and libxml2-utils (xmllint, for the IATI schema): sudo apt-get install -y chromium fonts-noto-cjk libxml2-utils" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
npm run db:generate
npm run typecheck
npm run lint
npm run format:check
npm run db:check
npx tsx scripts/validate-seed.ts
npm run data:audit
npx vitest run
# The count checks again on the seed plus 10,000 generated initiatives: every count still equals its
# independent query when the catalogue is large and varied (data:synthetic writes through the real write path),
# and a concept's token finds exactly the documents its names find.
VITEST_SYNTHETIC_COUNT=10000 npx vitest run tests/integration/browse-countries.test.ts tests/integration/browse-organisations.test.ts \
  tests/integration/browse-themes.test.ts tests/integration/home-stats.test.ts tests/integration/index-freshness.test.ts tests/integration/group-intersections.test.ts \
  tests/integration/text-index-concepts.test.ts
# The engine-agnostic integration tests again, on a throwaway PostgreSQL cluster.
npm run test:pg

# End-to-end: a fresh database built from the migrations and the seed, and the production build.
export DATABASE_URL="file:./data/e2e.db"
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
npm run db:migrate
npm run db:seed
npm run build
started=$(date +%s)
npx playwright test
echo "end-to-end suite: $(( $(date +%s) - started )) s wall time"
# Two instances of the same build on one PostgreSQL database (a throwaway cluster): publish on one, find it on the other.
npm run test:pg-e2e
