// Kept-alive sockets for the guarded client, one pool per checked address: a socket is
// reused only by a request whose target was checked to the very address that socket is
// connected to (and, for TLS, verified for the same host name). A sign-in's calls to one
// IdP (probe, discovery, token, JWKS) then share connections instead of opening one each.
// Idle sockets are unref'd by node:http, so a pool never keeps a process from exiting.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { CheckedTarget } from './check-target.ts';

/** Idle sockets close before the common server keep-alive timeout (Node's 5 s), so a reused one is rarely already closed. */
const IDLE_MS = 4_000;
/** Connections kept idle per pool; more may be open under load. */
const MAX_IDLE_PER_POOL = 32;
/** Pools kept; the oldest is closed when a new address would exceed this. */
const MAX_POOLS = 256;

const pools = new Map<string, HttpAgent>();

const keyOf = ({ url, address }: CheckedTarget) => `${url.protocol}//${address}:${url.port || (url.protocol === 'https:' ? 443 : 80)}#${url.hostname}`;

export function agentFor(target: CheckedTarget): HttpAgent {
  const key = keyOf(target);
  let agent = pools.get(key);
  if (!agent) {
    if (pools.size >= MAX_POOLS) {
      const [oldestKey, oldest] = pools.entries().next().value!;
      pools.delete(oldestKey);
      oldest.destroy();
    }
    const options = { keepAlive: true, maxFreeSockets: MAX_IDLE_PER_POOL, timeout: IDLE_MS, scheduling: 'lifo' as const };
    agent = target.url.protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
    pools.set(key, agent);
  }
  return agent;
}
