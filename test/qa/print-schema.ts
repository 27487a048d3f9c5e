// Writes test/qa/scenario-file.schema.json from the zod schema (scenario-file.ts);
// `--check` fails when the committed file is stale (scripts/check-generated.sh runs it).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioFileJsonSchema } from './scenario-file.ts';

const path = join(import.meta.dirname, 'scenario-file.schema.json');
const text = `${JSON.stringify(scenarioFileJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    process.stderr.write('stale: test/qa/scenario-file.schema.json (run npm run schema:qa)\n');
    process.exit(1);
  }
} else {
  writeFileSync(path, text);
}
