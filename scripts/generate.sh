#!/usr/bin/env bash
# Generates everything derived from a source file: the PostgreSQL schema and the
# Prisma clients (from prisma/schema.prisma). Prisma 7's generate needs no schema
# engine, but insists on one being named: /bin/true stands in (PLATFORM-NOTES.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/true CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
tsx scripts/derive-schemas.ts
node node_modules/prisma/build/index.js generate --schema prisma/schema.prisma >/dev/null
node node_modules/prisma/build/index.js generate --schema prisma/postgresql/schema.prisma >/dev/null
echo "generated: Prisma clients (SQLite, PostgreSQL) and Pothos types"
