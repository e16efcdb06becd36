// A Server-Sent Events client over fetch for GraphQL subscriptions (the graphql-sse protocol's
// distinct connections mode, as Yoga serves it): parses `id:`, `event:` and `data:` lines.
export interface SseMessage {
  id?: string;
  event: string;
  data: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

export interface SseSubscription {
  status: number;
  /** Every byte received, as text: tests search it for secrets. */
  raw(): string;
  /** The messages received so far (event: next and complete). */
  messages: SseMessage[];
  /** Resolves once `count` next messages arrived (rejects after timeoutMs) or the stream ended. */
  waitFor(count: number, timeoutMs?: number): Promise<SseMessage[]>;
  /** Resolves when the stream ends. */
  ended: Promise<void>;
  close(): void;
}

export async function subscribe(
  url: string,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}`, ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const messages: SseMessage[] = [];
  let text = '';
  let buffer = '';
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  let done = false;
  const ended = (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        const chunk = decoder.decode(value, { stream: true });
        text += chunk;
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':') || line === '') continue;
            const colon = line.indexOf(':');
            const name = colon < 0 ? line : line.slice(0, colon);
            fields[name] = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          }
          if (!fields.event) continue;
          messages.push({ id: fields.id, event: fields.event, data: fields.data ? JSON.parse(fields.data) : null });
          notify();
        }
      }
    } catch {
      // aborted by close()
    } finally {
      done = true;
      notify();
    }
  })();
  const nexts = () => messages.filter((m) => m.event === 'next');
  return {
    status: response.status,
    raw: () => text,
    messages,
    ended,
    close: () => controller.abort(),
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (nexts().length >= count || done) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(nexts());
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `waited ${timeoutMs} ms for ${count} events, got ${nexts().length} (subscription variables ${JSON.stringify(variables)}, headers ${Object.keys(headers).join(',')}): ${JSON.stringify(nexts().map((m) => m.data))}; raw: ${text.slice(0, 2000)}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
