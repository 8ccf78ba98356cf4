#!/usr/bin/env bash
# npm run setup: install, generate the Prisma client, migrate, seed and build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Exactly the locked versions (the lock lists every platform's optional packages, so npm ci accepts it).
npm ci --no-audit --no-fund
npm run db:generate
npm run db:migrate
npm run db:seed
npm run build
echo "setup complete: run 'npm start' and open http://localhost:${PORT:-3000}"
