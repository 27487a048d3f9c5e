// `npm run scenarios`: with no paths, the built-in catalog runner (scenarios.ts) and the
// built-in scenario files (test/qa/scenarios/); with paths, those scenario files only
// (test/qa/scenarios/catalog/: the catalog's scenarios, one file per fidelity-matrix cell).
//   npm run scenarios -- path/to/files [--reporter text|junit|json] [--output FILE] [--parallel]
// --parallel runs the files of different impersonated providers side by side
// (run-scenario-files.ts says which files qualify). Exits non-zero on any mismatch.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { junitReport, runScenarioFiles, textReport } from './run-scenario-files.ts';

const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const flagValues = new Set(['--reporter', '--output', '--only'].map(valueOf).filter(Boolean));
const paths = args.filter((a) => !a.startsWith('--') && !flagValues.has(a));
const reporter = valueOf('--reporter') ?? 'text';
if (!['text', 'junit', 'json'].includes(reporter)) {
  process.stderr.write(`--reporter must be text, junit or json (got ${reporter})\n`);
  process.exit(2);
}

if (paths.length === 0 && !args.includes('--files-only')) {
  // The catalog runner exits by itself when it is done.
  await import('./scenarios.ts');
} else {
  const results = await runScenarioFiles(paths.length ? paths : [join(import.meta.dirname, 'scenarios')], { parallel: args.includes('--parallel') }).catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  });
  const report = reporter === 'junit' ? junitReport(results) : reporter === 'json' ? `${JSON.stringify(results, null, 2)}\n` : textReport(results);
  const output = valueOf('--output');
  if (output) {
    writeFileSync(output, report);
    process.stdout.write(textReport(results));
  } else {
    process.stdout.write(report);
  }
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
