// The admission limit with stand-ins for Node's request and response: what runs, what waits, what
// is refused with 503 and Retry-After, and in which order.
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAdmission } from "./admission";

type FakeResponse = EventEmitter & {
  destroyed: boolean;
  status?: number;
  headers?: Record<string, unknown>;
  body?: string;
  finish: () => void;
};

function exchange(url = "/nb/library") {
  const response = Object.assign(new EventEmitter(), {
    destroyed: false,
    writeHead(status: number, headers: Record<string, unknown>) {
      response.status = status;
      response.headers = headers;
    },
    end(body?: string) {
      response.body = body;
      response.emit("close");
    },
    finish: () => response.emit("close"),
  }) as FakeResponse & { writeHead: unknown; end: unknown };
  const request = { url, method: "GET" } as IncomingMessage;
  return { request, response };
}

afterEach(() => vi.useRealTimers());

describe("admission", () => {
  it("runs up to the limit, queues in order, refuses beyond with 503 and Retry-After", () => {
    const admission = createAdmission({ maxInFlight: 2, maxQueued: 1 });
    const started: number[] = [];
    const exchanges = Array.from({ length: 4 }, () => exchange());
    exchanges.forEach(({ request, response }, index) =>
      admission.admit(request, response as unknown as ServerResponse, () => started.push(index)),
    );
    expect(started).toEqual([0, 1]);
    expect(admission.stats()).toEqual({ inFlight: 2, queued: 1, refused: 1 });
    const refused = exchanges[3]!.response;
    expect(refused.status).toBe(503);
    expect(refused.headers).toMatchObject({ "Retry-After": "1", "Content-Type": "text/html; charset=utf-8" });
    expect(refused.body).toContain("try again in a moment");

    exchanges[0]!.response.finish();
    expect(started).toEqual([0, 1, 2]);
    expect(admission.stats()).toMatchObject({ inFlight: 2, queued: 0 });
  });

  it("answers API clients in JSON and always lets the health check through", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 0 });
    const first = exchange();
    admission.admit(first.request, first.response as unknown as ServerResponse, () => {});
    const api = exchange("/api/auth/session");
    admission.admit(api.request, api.response as unknown as ServerResponse, () => {});
    expect(api.response.status).toBe(503);
    expect(JSON.parse(api.response.body!)).toEqual({ error: "OVERLOADED", retryAfterSeconds: 1 });
    let healthRan = false;
    const health = exchange("/api/health");
    admission.admit(health.request, health.response as unknown as ServerResponse, () => (healthRan = true));
    expect(healthRan).toBe(true);
  });

  it("refuses a request that waited past the deadline, even while nothing finishes", () => {
    vi.useFakeTimers();
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 1_000 });
    const busy = exchange();
    admission.admit(busy.request, busy.response as unknown as ServerResponse, () => {});
    const waiting = exchange();
    let ran = false;
    admission.admit(waiting.request, waiting.response as unknown as ServerResponse, () => (ran = true));
    expect(waiting.response.status).toBeUndefined();
    vi.advanceTimersByTime(1_500);
    expect(waiting.response.status).toBe(503);
    busy.response.finish();
    expect(ran).toBe(false);
  });

  it("answers every waiting request once the process drains, however long it waited", () => {
    vi.useFakeTimers();
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 1_000 });
    const busy = exchange();
    admission.admit(busy.request, busy.response as unknown as ServerResponse, () => {});
    const waiting = exchange();
    let ran = false;
    admission.admit(waiting.request, waiting.response as unknown as ServerResponse, () => (ran = true));
    admission.drain();
    vi.advanceTimersByTime(1_500);
    expect(waiting.response.status).toBeUndefined();
    busy.response.finish();
    expect(ran).toBe(true);
  });

  it("skips a waiting request whose client went away", () => {
    const admission = createAdmission({ maxInFlight: 1, maxQueued: 2 });
    const busy = exchange();
    admission.admit(busy.request, busy.response as unknown as ServerResponse, () => {});
    const gone = exchange();
    const next = exchange();
    const started: string[] = [];
    admission.admit(gone.request, gone.response as unknown as ServerResponse, () => started.push("gone"));
    admission.admit(next.request, next.response as unknown as ServerResponse, () => started.push("next"));
    gone.response.destroyed = true;
    busy.response.finish();
    expect(started).toEqual(["next"]);
  });
});
