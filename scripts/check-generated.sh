#!/usr/bin/env bash
# Fails when anything derived is out of date with its source: the derived Prisma
# schemas, the migrations (both databases), schema.graphql, the README sections, the QA
# scenario-file schema and catalog scenario files, and the codegen output.
set -euo pipefail
cd "$(dirname "$0")/.."
tsx scripts/derive-schemas.ts --check
tsx scripts/print-schema.ts --check
tsx scripts/docs.ts --check
tsx test/qa/print-schema.ts --check
tsx test/qa/write-catalog-files.ts --check
tsx scripts/migrate.ts check
before=$(git status --porcelain -- test/graphql/generated)
graphql-codegen --config codegen.ts --silent
after=$(git status --porcelain -- test/graphql/generated)
if [ -n "$after" ] && [ "$after" != "$before" ] || ! git diff --quiet -- test/graphql/generated; then
  echo "stale: test/graphql/generated (run npm run codegen and commit)" >&2
  git --no-pager diff --stat -- test/graphql/generated >&2
  exit 1
fi
echo "generated artifacts are up to date"
