// Writes test/qa/scenarios/catalog/ from the fidelity matrix (catalog-files.ts): one
// scenario file per cell, and no other file. `--check` fails when the folder differs —
// a file changed, missing or left over (scripts/check-generated.sh runs it).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { CATALOG_DIR, catalogScenarioFiles } from './catalog-files.ts';

const dir = fileURLToPath(CATALOG_DIR);
const wanted = catalogScenarioFiles();
const present = existsSync(dir) ? readdirSync(dir) : [];
const stale = [
  ...wanted.filter((w) => !present.includes(w.name) || readFileSync(join(dir, w.name), 'utf8') !== w.text).map((w) => w.name),
  ...present.filter((name) => !wanted.some((w) => w.name === name)),
];
if (process.argv.includes('--check')) {
  if (stale.length) {
    process.stderr.write(`stale: test/qa/scenarios/catalog/ (run npm run scenarios:catalog): ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ` and ${stale.length - 5} more` : ''}\n`);
    process.exit(1);
  }
} else {
  mkdirSync(dir, { recursive: true });
  for (const name of present) if (!wanted.some((w) => w.name === name)) rmSync(join(dir, name));
  for (const w of wanted) writeFileSync(join(dir, w.name), w.text);
  process.stdout.write(`test/qa/scenarios/catalog/: ${wanted.length} scenario files (${stale.length} changed)\n`);
}
