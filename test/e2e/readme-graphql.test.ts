// The README's GraphQL examples run as pasted. Every ```graphql block of README.md, in
// order, against a control plane with the demo data `npm start` seeds (and the sandbox
// IdP beside it), with the operator token, as one would paste them into GraphiQL:
// - one named operation per block;
// - its variables, when the next block is ```json, from that block; a value written
//   "<CreateGlobex.createTenant.tenant.id>" is that field of the answer to the earlier
//   block named CreateGlobex (the README tells the reader to paste it in);
// - it parses, validates against schema.graphql and is answered without errors;
// - its userErrors are empty, unless its first line says "# Refused", then some are not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSandboxMetadata, seedDemoData } from '../../prisma/seed.ts';
import { createSecretBox } from '../../src/security/secret-box.ts';
import { startRig, type Rig } from './support.ts';
import { ROOT } from './support-extra.ts';

interface Example {
  line: number;
  query: string;
  variablesText?: string;
}

/** The ```graphql blocks and the ```json block right after each, if any. */
function readmeExamples(markdown: string): Example[] {
  const fence = /^```(\w*)\n([\s\S]*?)^```\s*$/gm;
  const blocks = [...markdown.matchAll(fence)].map((m) => ({ lang: m[1]!, body: m[2]!, start: m.index!, end: m.index! + m[0].length }));
  const examples: Example[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== 'graphql') return;
    const next = blocks[i + 1];
    const adjacent = next && next.lang === 'json' && markdown.slice(block.end, next.start).trim() === '';
    examples.push({ line: markdown.slice(0, block.start).split('\n').length, query: block.body, variablesText: adjacent ? next.body : undefined });
  });
  return examples;
}

const get = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

/** Replaces "<Operation.path>" strings with that field of the earlier answer to Operation. */
function fillIn(value: unknown, answers: Record<string, unknown>, where: string): unknown {
  if (typeof value === 'string') {
    const ref = /^<([A-Za-z_][\w.]*)>$/.exec(value);
    if (!ref) return value;
    const found = get(answers, ref[1]!);
    if (found === undefined || found === null) throw new Error(`${where}: "${value}" names no field of the answer to an earlier example (by its operation name)`);
    return found;
  }
  if (Array.isArray(value)) return value.map((item) => fillIn(item, answers, where));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillIn(v, answers, where)]));
  return value;
}

/** Every userErrors list anywhere in an answer. */
function userErrorLists(value: unknown): unknown[][] {
  if (Array.isArray(value)) return value.flatMap(userErrorLists);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'userErrors' && Array.isArray(v) ? [v] : userErrorLists(v)));
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = readmeExamples(README);
const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));

describe('README GraphQL examples', () => {
  let rig: Rig;
  const answers: Record<string, unknown> = {};

  beforeAll(async () => {
    rig = await startRig();
    // As `npm start` does: the demo accounts, their SAML metadata from this sandbox.
    const secrets = createSecretBox(rig.api.config.secretsKey);
    await seedDemoData(rig.api.db, secrets, rig.sandbox.url);
    await refreshSandboxMetadata(rig.api.db, secrets, rig.sandbox.url);
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('the README has GraphQL examples, and the extraction sees their variables', () => {
    expect(examples.length).toBeGreaterThan(3);
    expect(examples.some((e) => e.variablesText !== undefined)).toBe(true);
    // The convention itself is documented next to the examples.
    expect(README).toContain('```json');
  });

  it('the curl example (its query, as sent)', async () => {
    const payload = /curl [^\n]*\n[^\n]*-d '(\{.*\})'/.exec(README)?.[1];
    expect(payload, 'the curl example with its -d payload').toBeTruthy();
    const { query } = JSON.parse(payload!) as { query: string };
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    const body = (await (await rig.api.post(payload!, { authorization: `Bearer ${rig.api.operatorToken}` })).json()) as { data?: { tenant?: unknown }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.tenant).toBeTruthy();
  });

  // In order: later examples use what earlier ones created.
  for (const example of examples) {
    const title = `README.md:${example.line} ${/^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(example.query)?.[1] ?? example.query.split('\n')[0]}`;
    it(title, async () => {
      let document: DocumentNode;
      try {
        document = parse(example.query);
      } catch (error) {
        throw new Error(`README.md:${example.line} does not parse: ${(error as Error).message}`);
      }
      const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations.length, 'one operation per block, so that it runs as pasted').toBe(1);
      const name = operations[0]!.kind === 'OperationDefinition' ? operations[0]!.name?.value : undefined;
      expect(name, 'a named operation, so later examples can refer to its answer').toBeTruthy();
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);

      const variables = example.variablesText === undefined ? undefined : fillIn(JSON.parse(example.variablesText), answers, `README.md:${example.line}`);
      const response = await rig.api.post(JSON.stringify({ query: example.query, variables }), { authorization: `Bearer ${rig.api.operatorToken}` });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(response.status).toBe(200);
      const lists = userErrorLists(body.data);
      if (/^\s*# Refused/.test(example.query)) expect(lists.some((l) => l.length > 0), 'a refusal example shows its userErrors').toBe(true);
      else expect(lists.filter((l) => l.length > 0)).toEqual([]);
      answers[name!] = body.data;
    });
  }
});
