import { describe, expect, it } from 'vitest';
import { readServerSentEvents, type ServerSentEvent } from './server-sent-events';

function body(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function read(chunks: string[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  await readServerSentEvents(body(chunks), (event) => events.push(event));
  return events;
}

describe('readServerSentEvents (WHATWG HTML §9.2.6)', () => {
  it('reads named events, skips comments, joins data lines', async () => {
    expect(
      await read([': connected\n\n', 'event: push-notice\ndata: {"a":1}\n\n', 'data: one\ndata:two\n\n', ': hb\n\n']),
    ).toEqual([
      { event: 'push-notice', data: '{"a":1}' },
      { event: 'message', data: 'one\ntwo' },
    ]);
  });

  it('whatever the chunking and line endings (CRLF split across chunks, CR alone)', async () => {
    expect(await read(['event: x\r', '\ndata: 1\r\n', '\r\nevent: y\rdata: 2\r\r'])).toEqual([
      { event: 'x', data: '1' },
      { event: 'y', data: '2' },
    ]);
  });

  it('an event without its blank line is not dispatched', async () => {
    expect(await read(['event: x\ndata: 1\n'])).toEqual([]);
  });
});
