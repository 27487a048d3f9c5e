// UUIDv7 (RFC 9562): 48-bit millisecond timestamp, then random bits. Time-ordered, so
// ids double as a stable "oldest first" cursor. Random bytes are drawn in blocks: one
// crypto call per 4,096 ids instead of one per id (the uuid package's per-id call cost
// ~5 µs each, half a second per 100,000-row import).
import { randomFillSync } from 'node:crypto';

const BLOCK = 4_096;
const pool = Buffer.alloc(10 * BLOCK);
let offset = pool.length;
const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function uuidv7(now = Date.now()): string {
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const r = pool.subarray(offset, offset + 10);
  offset += 10;
  const b = new Array<string>(16);
  let t = now;
  for (let i = 5; i >= 0; i--) {
    b[i] = hex[t % 256]!;
    t = Math.floor(t / 256);
  }
  b[6] = hex[0x70 | (r[0]! & 0x0f)]!;
  b[7] = hex[r[1]!]!;
  b[8] = hex[0x80 | (r[2]! & 0x3f)]!;
  for (let i = 9; i < 16; i++) b[i] = hex[r[i - 6]!]!;
  return `${b[0]}${b[1]}${b[2]}${b[3]}-${b[4]}${b[5]}-${b[6]}${b[7]}-${b[8]}${b[9]}-${b[10]}${b[11]}${b[12]}${b[13]}${b[14]}${b[15]}`;
}
