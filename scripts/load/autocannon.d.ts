// The part of autocannon 8's API the load test uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type Histogram = { average: number; p50: number; p97_5: number; p99: number; max: number };

  export type Result = {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  export type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Record<string, string | string[]>,
    ) => void;
  };

  export interface Client extends EventEmitter {
    setRequests(requests: Request[]): void;
  }

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  };

  export interface Instance extends EventEmitter {
    stop(): void;
  }

  function autocannon(options: Options, done?: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
