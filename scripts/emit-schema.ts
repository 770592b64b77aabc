/**
 * Writes the schema that the code builds to schema/schema.graphql; with --check, fails when the
 * committed file differs, so the file that kiosks and outside clients read is always current.
 */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../server/src/config';
import { createServices } from '../server/src/services';
import { buildAppSchema } from '../server/src/graphql/schema';

async function main() {
  const file = join(__dirname, '../../schema/schema.graphql');
  // Services hold no connection without REDIS_URL: building them here opens nothing.
  const services = createServices(loadConfig({}));
  const schema = await buildAppSchema(services.resolvers(), services.pubSub);
  await services.close();
  const text = `# Emitted from the server's code by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as different */
    }
    if (committed !== text) {
      console.error('schema/schema.graphql is not what the code emits: run `npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is current');
    return;
  }
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
