#!/usr/bin/env bash
# Regenerates the initial migration of both drivers from the entities. Only for a schema that has
# never been deployed; afterwards add migrations with `npm run migration:create -- <name>`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f server/src/migrations/sqlite/Migration*.ts server/src/migrations/postgresql/Migration*.ts
for d in sqlite postgresql; do
  printf "import type { MigrationObject } from '@mikro-orm/core';\n\n/** Applied in this order; scripts/migration-create.ts adds each new one here. */\nexport const %sMigrations: MigrationObject[] = [];\n" "$d" > "server/src/migrations/$d/index.ts"
done
rm -rf build/server/src/migrations build/.tsbuildinfo
npx tsc -p tsconfig.json
node build/scripts/migration-create.js init
npx tsc -p tsconfig.json
