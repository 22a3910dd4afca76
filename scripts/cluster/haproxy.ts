// HAProxy in front of Evne's app instances (ADR 036): the configuration npm run load:cluster uses,
// and the one README shows. Why each setting, in short:
//   - leastconn: a page costs tens of milliseconds of CPU and some cost far more (dashboards); the
//     instance with the fewest open requests is the least busy one.
//   - option httpchk GET /api/health, inter 1s fall 2 rise 2: an instance whose process died or
//     whose database is unreachable (503) is out within about two seconds, back after two good checks.
//     timeout check 5s: under load a check waits in the instance's queue like any request; without
//     it HAProxy allows only `inter` (1 s) and would take busy instances for dead ones.
//   - retry-on conn-failure empty-response response-timeout, with disable-l7-retry for everything
//     but GET and HEAD: a page request that died with its instance is sent again elsewhere; a
//     POST (a server action) is retried only when it never reached an instance (connection
//     failure), since it may have been written already. option redispatch 1: every retry goes to
//     another instance, not the dead one.
//   - timeout server 30s: longer than the slowest page under load, shorter than a client gives up;
//     timeout client / http-keep-alive 65s: the app keeps idle connections 65 s (scripts/app-server.ts).
//   - option forwardfor: the client's address for the app (TRUSTED_PROXY_HOPS=1), e.g. the sign-in limits.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

export const HAPROXY = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"].find((file) => existsSync(file));

export type HaproxyOptions = {
  /** Where clients connect. */
  port: number;
  /** HAProxy's statistics page (CSV at /;csv), for operators and the load test. */
  statsPort: number;
  /** The app instances, by name and port (all on 127.0.0.1). */
  servers: { name: string; port: number }[];
};

export function haproxyConfig({ port, statsPort, servers }: HaproxyOptions): string {
  return `global
  maxconn 4096

defaults
  mode http
  timeout connect 2s
  timeout client 65s
  timeout http-keep-alive 65s
  timeout http-request 10s
  timeout queue 10s
  timeout server 30s
  timeout check 5s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout

frontend evne
  bind 127.0.0.1:${port}
  option forwardfor
  default_backend app

backend app
  balance leastconn
  option httpchk GET /api/health
  http-check expect status 200
  # Pages may be sent again elsewhere; server actions only when they never reached an instance.
  http-request disable-l7-retry unless METH_GET || METH_HEAD
  default-server inter 1s fall 2 rise 2
  # Which instance answered, for operators and npm run load:cluster.
  http-response set-header X-Served-By %s
${servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`).join("\n")}

listen stats
  bind 127.0.0.1:${statsPort}
  stats enable
  stats uri /
  stats refresh 5s
`;
}

/** Runs HAProxy in the foreground with the configuration in `configFile`. */
export function startHaproxy(configFile: string, log: (chunk: Buffer) => void): ChildProcess {
  if (!HAPROXY)
    throw new Error(
      "HAProxy is not installed: apt-get install -y haproxy (npm test installs it as root on Debian)",
    );
  const child = spawn(HAPROXY, ["-db", "-f", configFile], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", log);
  child.stderr?.on("data", log);
  return child;
}

export type HaproxyServerStats = {
  name: string;
  status: string;
  /** Requests sent to it in all. */
  sessions: number;
  /** Retries and redispatches HAProxy made away from it. */
  retries: number;
  redispatches: number;
  /** Answers with these status classes. */
  http5xx: number;
};

/** The backend's servers from the statistics page's CSV. */
export async function haproxyStats(statsPort: number): Promise<HaproxyServerStats[]> {
  const text = await (await fetch(`http://127.0.0.1:${statsPort}/;csv`)).text();
  const [head, ...rows] = text.split("\n").filter((line) => line.trim() !== "");
  const columns = (head ?? "").replace(/^# /, "").split(",");
  const column = (row: string[], name: string) => row[columns.indexOf(name)] ?? "";
  return rows
    .map((line) => line.split(","))
    .filter(
      (row) => column(row, "pxname") === "app" && !["FRONTEND", "BACKEND"].includes(column(row, "svname")),
    )
    .map((row) => ({
      name: column(row, "svname"),
      status: column(row, "status"),
      sessions: Number(column(row, "stot")),
      retries: Number(column(row, "wretr")),
      redispatches: Number(column(row, "wredis")),
      http5xx: Number(column(row, "hrsp_5xx")),
    }));
}
