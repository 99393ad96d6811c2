import { describe, expect, it } from 'vitest';
import { ANSWERED_GRACE_MS, LegacyCancellation } from '../../mcp/http-cancel.ts';

/** A 2025-protocol POST, as a stateless client sends it: no envelope, no session. */
function post(body: unknown): Request {
  return new Request('http://127.0.0.1/mcp', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify(body),
  });
}

const call = (id: number | string) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'batch_create_users', arguments: {} } });
const cancel = (requestId: number | string) => ({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId } });

/** One exchange through the registry: the signal the SDK would serve it with, and a way to end it. */
async function serve(cancellation: LegacyCancellation, caller: string, body: unknown) {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  let signal!: AbortSignal;
  await cancellation.fetch(post(body), caller, answered, async (forwarded) => {
    signal = forwarded.signal;
    return new Response(null, { status: 202 });
  });
  return {
    signal,
    answer: async () => {
      answer();
      await answered;
    },
  };
}

describe('cancelling a 2025-protocol call over stateless HTTP', () => {
  it('aborts the one call in flight with that id from that caller', async () => {
    const cancellation = new LegacyCancellation();
    const running = await serve(cancellation, '127.0.0.1', call(3));
    await serve(cancellation, '127.0.0.1', cancel(4));
    expect(running.signal.aborted).toBe(false);
    await serve(cancellation, '127.0.0.1', cancel(3));
    expect(running.signal.aborted).toBe(true);
  });

  it("never reaches another caller's call with the same id", async () => {
    const cancellation = new LegacyCancellation();
    const running = await serve(cancellation, '10.0.0.1', call(3));
    await serve(cancellation, '10.0.0.2', cancel(3));
    expect(running.signal.aborted).toBe(false);
  });

  it('tells ids 3 and "3" apart', async () => {
    const cancellation = new LegacyCancellation();
    const running = await serve(cancellation, '127.0.0.1', call(3));
    await serve(cancellation, '127.0.0.1', cancel('3'));
    expect(running.signal.aborted).toBe(false);
  });

  it('aborts neither of two calls in flight with the same id from one caller', async () => {
    const cancellation = new LegacyCancellation();
    const first = await serve(cancellation, '127.0.0.1', call(3));
    const second = await serve(cancellation, '127.0.0.1', call(3));
    await serve(cancellation, '127.0.0.1', cancel(3));
    expect([first.signal.aborted, second.signal.aborted]).toEqual([false, false]);
  });

  it('ignores a cancel that may have crossed the answer to another request with that id, until that is long past', async () => {
    let now = 0;
    const cancellation = new LegacyCancellation(() => now);
    const quick = await serve(cancellation, '127.0.0.1', call(3));
    await quick.answer();
    const running = await serve(cancellation, '127.0.0.1', call(3));
    now += ANSWERED_GRACE_MS - 1;
    await serve(cancellation, '127.0.0.1', cancel(3));
    expect(running.signal.aborted).toBe(false);
    now += 1;
    await serve(cancellation, '127.0.0.1', cancel(3));
    expect(running.signal.aborted).toBe(true);
  });

  it('does nothing once the call is answered', async () => {
    const cancellation = new LegacyCancellation();
    const done = await serve(cancellation, '127.0.0.1', call(3));
    await done.answer();
    await serve(cancellation, '127.0.0.1', cancel(3));
    expect(done.signal.aborted).toBe(false);
  });

  it('never aborts a request that shares its exchange with others (a JSON-RPC batch)', async () => {
    const cancellation = new LegacyCancellation();
    const batch = await serve(cancellation, '127.0.0.1', [call(3), call(4)]);
    await serve(cancellation, '127.0.0.1', cancel(3));
    await serve(cancellation, '127.0.0.1', [cancel(4)]);
    expect(batch.signal.aborted).toBe(false);
  });
});
