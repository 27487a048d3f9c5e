// Reads a response body whole, up to a byte limit (declared or counted, whichever trips first).
import type { IncomingMessage } from 'node:http';
import { OutboundRequestError } from './outbound-error.ts';

export async function readBody(response: IncomingMessage, maxBytes: number, host: string): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new OutboundRequestError('TOO_LARGE', `The answer from ${host} is larger than ${maxBytes} bytes (Content-Length ${declared}).`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw new OutboundRequestError('TOO_LARGE', `The answer from ${host} is larger than ${maxBytes} bytes.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
