// The sandbox CLI: a thin client of the admin API of a running sandbox.
//   npm run sandbox -- scenarios arm SALESFORCE_EMAIL_UNVERIFIED --person sally@acme.example
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run sandbox -- <command> [options]   (no command: start the sandbox)
  status
  orgs list | orgs add --provider salesforce|microsoft|okta|generic --id ID --name NAME [--domain D]... [--saml-post-only]
  orgs saml-bindings --org KEY post-only|redirect-and-post
  people list [--org KEY] | people add --org KEY --username U [--email E] [--unverified] [--name N] [--external-id X] [--group G]...
  clients list [--org KEY] | clients add --org KEY --client-id ID --secret S --redirect-uri URL... [--name APP]
  clients relax-ip --org KEY --client-id ID | clients enforce-ip --org KEY --client-id ID
  sps list [--org KEY] | sps add --org KEY --entity-id E --acs URL... [--name-id emailAddress|persistent|unspecified] [--name N]
  scenarios list | scenarios catalog | scenarios unproducible | scenarios clear [ID]
  scenarios arm CODE [--behaviour B] [--org KEY] [--person P] [--client C] [--once]
                [--skew-seconds N] [--delay-ms N] [--status 5xx] [--channel front|back] [--other-org KEY] [--audience A]
  history [--org KEY] [--status S] [--application A]
  reset
options: --url SANDBOX_URL (default $SANDBOX_URL or http://127.0.0.1:$SANDBOX_PORT|4100), --token ADMIN_TOKEN
KEY is provider/id, e.g. salesforce/00D000000000001AAA`;

const OPTIONS = {
  url: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  provider: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' }, domain: { type: 'string', multiple: true }, 'saml-post-only': { type: 'boolean' },
  org: { type: 'string' }, username: { type: 'string' }, email: { type: 'string' }, unverified: { type: 'boolean' },
  'external-id': { type: 'string' }, group: { type: 'string', multiple: true },
  'client-id': { type: 'string' }, secret: { type: 'string' }, 'redirect-uri': { type: 'string', multiple: true },
  'entity-id': { type: 'string' }, acs: { type: 'string', multiple: true }, 'name-id': { type: 'string' },
  behaviour: { type: 'string' }, person: { type: 'string' }, client: { type: 'string' }, once: { type: 'boolean' },
  'skew-seconds': { type: 'string' }, 'delay-ms': { type: 'string' }, status: { type: 'string' }, 'other-org': { type: 'string' },
  audience: { type: 'string' }, application: { type: 'string' }, channel: { type: 'string' },
} as const;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env?: Record<string, string | undefined>;
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const query = (o: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined));
  return q.size ? `?${q}` : '';
};

/** Runs one CLI command; resolves with the process exit code. */
export async function runCli(argv: string[], io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Promise<number> {
  const env = io.env ?? process.env;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values: v, positionals: [group, action, arg] } = parsed;
  if (v.help || !group) {
    io.out(`${USAGE}\n`);
    return v.help ? 0 : 2;
  }
  const base = (v.url ?? env.SANDBOX_URL ?? `http://127.0.0.1:${env.SANDBOX_PORT ?? 4100}`).replace(/\/$/, '');
  const token = v.token ?? env.SANDBOX_ADMIN_TOKEN;

  const call = async (method: string, path: string, body?: unknown): Promise<number> => {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (error) {
      io.err(`cannot reach the sandbox at ${base}: ${(error as Error).message}\n`);
      return 1;
    }
    const text = await res.text();
    let pretty = text;
    try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON */ }
    (res.ok ? io.out : io.err)(`${pretty}\n`);
    return res.ok ? 0 : 1;
  };
  const relax = (ipRestriction: string) => call('PATCH', `/admin/clients/${v.org}/${encodeURIComponent(v['client-id'] ?? '')}`, { ipRestriction });

  switch (`${group} ${action ?? ''}`.trim()) {
    case 'status': return call('GET', '/');
    case 'orgs list': return call('GET', '/admin/orgs');
    case 'orgs add': return call('POST', '/admin/orgs', { provider: v.provider, id: v.id, name: v.name, domains: v.domain, samlPostOnly: v['saml-post-only'] });
    case 'orgs saml-bindings':
      if (arg !== 'post-only' && arg !== 'redirect-and-post') {
        io.err(`orgs saml-bindings takes post-only or redirect-and-post\n${USAGE}\n`);
        return 2;
      }
      return call('PATCH', `/admin/orgs/${v.org}`, { samlPostOnly: arg === 'post-only' });
    case 'people list': return call('GET', `/admin/people${query({ org: v.org })}`);
    case 'people add': return call('POST', '/admin/people', {
      org: v.org, username: v.username, email: v.email, emailVerified: !v.unverified, name: v.name, externalId: v['external-id'], groups: v.group ?? [],
    });
    case 'clients list': return call('GET', `/admin/clients${query({ org: v.org })}`);
    case 'clients add': return call('POST', '/admin/clients', {
      org: v.org, clientId: v['client-id'], clientSecret: v.secret, redirectUris: v['redirect-uri'], name: v.name,
    });
    case 'clients relax-ip': return relax('relaxed');
    case 'clients enforce-ip': return relax('enforced');
    case 'sps list': return call('GET', `/admin/sps${query({ org: v.org })}`);
    case 'sps add': return call('POST', '/admin/sps', { org: v.org, entityId: v['entity-id'], acsUrls: v.acs, nameIdFormat: v['name-id'], name: v.name });
    case 'scenarios list': return call('GET', '/admin/scenarios');
    case 'scenarios catalog': return call('GET', '/admin/scenarios/catalog');
    case 'scenarios unproducible': return call('GET', '/admin/scenarios/unproducible');
    case 'scenarios clear': return arg ? call('DELETE', `/admin/scenarios/${encodeURIComponent(arg)}`) : call('DELETE', '/admin/scenarios');
    case 'scenarios arm': return call('POST', '/admin/scenarios', {
      code: arg, behaviour: v.behaviour, org: v.org, person: v.person, client: v.client, once: Boolean(v.once),
      skewSeconds: num(v['skew-seconds']), delayMs: num(v['delay-ms']), status: num(v.status), channel: v.channel, otherOrg: v['other-org'], audience: v.audience,
    });
    case 'history': return call('GET', `/admin/login-history${query({ org: v.org, status: v.status, application: v.application })}`);
    case 'reset': return call('POST', '/admin/reset');
    default:
      io.err(`unknown command: ${[group, action].filter(Boolean).join(' ')}\n${USAGE}\n`);
      return 2;
  }
}
