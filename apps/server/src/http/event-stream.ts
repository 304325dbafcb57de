import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where a stream's events come from. */
export interface EventStreamSource {
  /**
   * Starts listening and gives the function that stops. Runs before any byte of the answer, so a
   * store that refuses the subscription becomes the route's error answer (fail closed).
   */
  subscribe(emit: (event: string, data: string) => void): Promise<() => Promise<void>>;
  /**
   * Asked before each heartbeat; false or a rejection ends the stream: a store that stopped
   * answering would otherwise leave a stream open that hears nothing (fail closed), and a device
   * deleted or blocked meanwhile would keep its stream.
   */
  stillValid?: () => Promise<boolean>;
}

export interface EventStreams {
  /** Answers with server-sent events (WHATWG HTML §9.2) from `source` until either side ends. */
  reply(request: FastifyRequest, reply: FastifyReply, source: EventStreamSource): Promise<FastifyReply>;
}

/** One field line: a line break would end the field early (HTML §9.2.6), so none gets through. */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, '');

/**
 * Server-sent event streams of one part of the app: a comment line every `heartbeatMs` keeps
 * them open through proxies with idle timeouts; the app's shutdown ends them, since an open
 * stream would otherwise hold the close until the client leaves.
 */
export function eventStreams(app: FastifyInstance, options: { heartbeatMs: number; name: string }): EventStreams {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });

  return {
    async reply(request, reply, source) {
      const stream = new PassThrough();
      const listening: { stop?: () => Promise<void> } = {};
      let heartbeat: NodeJS.Timeout | undefined;
      let ended = false;
      const stopListening = () => {
        listening.stop?.().catch((error: unknown) => request.log.warn({ err: error }, `${options.name}: unsubscribe`));
      };
      const end = () => {
        if (ended) return;
        ended = true;
        open.delete(end);
        clearInterval(heartbeat);
        stream.end();
        stopListening();
      };
      let checking = false;
      const beat = async () => {
        if (checking) return;
        checking = true;
        try {
          if (source.stillValid && !(await source.stillValid())) return end();
        } catch (error) {
          request.log.warn({ err: error }, `${options.name}: ended, a store does not answer`);
          return end();
        } finally {
          checking = false;
        }
        if (!ended) stream.write(': heartbeat\n\n');
      };
      // The response closes when the client goes away (or the server shuts down); a client
      // gone while the subscription was being made is seen here too.
      reply.raw.once('close', end);
      listening.stop = await source.subscribe((event, data) => {
        if (!ended) stream.write(`event: ${oneLine(event)}\ndata: ${oneLine(data)}\n\n`);
      });
      if (ended) {
        stopListening();
      } else {
        open.add(end);
        heartbeat = setInterval(() => void beat(), options.heartbeatMs);
        stream.write(': connected\n\n');
      }
      return reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
  };
}
