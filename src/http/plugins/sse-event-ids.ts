// Yoga's Server-Sent Events answer, plus an `id:` line on each change event: EventSource (and
// graphql-sse's client when told to) sends the last id back as Last-Event-ID when it reconnects,
// and changeEvents resumes right after it. Otherwise the same stream as Yoga's own processor
// (graphql-yoga/src/plugins/result-processor/sse.ts): a first comment, a ping comment every 12 s,
// `event: next` per result and `event: complete` at the end.
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { decodeEventId } from '../../events/event.model.js';

const PING_MS = 12_000;

/** The event id a result carries: the `id` of its one root field's value, when it is an event id. */
function eventIdOf(value: unknown): string | undefined {
  const data = (value as { data?: Record<string, unknown> | null } | null)?.data;
  if (!data) return undefined;
  const [root] = Object.values(data);
  const id = (root as { id?: unknown } | null)?.id;
  return typeof id === 'string' && decodeEventId(id) ? id : undefined;
}

export const sseEventIds: Plugin = {
  onResultProcess({ request, result, setResultProcessor, resultProcessor }) {
    // A stream the request accepts as SSE (Yoga's processor chose it): only SSE streams reach here.
    if (!resultProcessor || !isAsyncIterable(result) || !request.headers.get('accept')?.includes('text/event-stream')) return;
    setResultProcessor((input, fetchAPI) => {
      const encoder = new fetchAPI.TextEncoder();
      const iterator = (input as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      let ping: NodeJS.Timeout | undefined;
      const body = new fetchAPI.ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(':\n\n'));
          ping = setInterval(() => {
            if (controller.desiredSize === null) clearInterval(ping);
            else if (controller.desiredSize > 0) controller.enqueue(encoder.encode(':\n\n'));
          }, PING_MS);
        },
        async pull(controller) {
          try {
            const next = await iterator.next();
            if (next.value != null) {
              const id = eventIdOf(next.value);
              controller.enqueue(encoder.encode(`${id ? `id: ${id}\n` : ''}event: next\ndata: ${JSON.stringify(next.value)}\n\n`));
            }
            if (next.done) {
              controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
              clearInterval(ping);
              controller.close();
            }
          } catch (error) {
            clearInterval(ping);
            controller.error(error);
          }
        },
        async cancel() {
          clearInterval(ping);
          await iterator.return?.();
        },
      });
      return new fetchAPI.Response(body, {
        status: 200,
        headers: { 'Content-Type': 'text/event-stream', Connection: 'keep-alive', 'Cache-Control': 'no-cache', 'Content-Encoding': 'none' },
      });
    }, 'text/event-stream');
  },
};
