// A private database for one test file, cloned from the run's migrated template.
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export async function cloneTemplateDatabase(): Promise<string> {
  const template = inject('templateDatabase');
  const suffix = randomBytes(4).toString('hex');
  if (template.startsWith('file:')) {
    const source = template.slice('file:'.length);
    const target = join(dirname(source), `${suffix}.db`);
    copyFileSync(source, target);
    return `file:${target}`;
  }
  const url = new URL(template);
  const templateName = url.pathname.slice(1);
  const name = `${templateName.replace('_tpl_', '_')}_${suffix}`;
  const admin = new URL(template);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}
