import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerWithin } from "./answer-within";

/** Blocks the event loop, as a process busy rendering pages does. */
function busyFor(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spinning on purpose
  }
}

const servers: net.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A connected socket to a loopback server that answers at once; `echoed` after it has. */
async function echoSocket(): Promise<{ socket: net.Socket; echoed: Promise<void> }> {
  let echoedNow = () => {};
  const echoed = new Promise<void>((resolve) => (echoedNow = resolve));
  const server = net.createServer((socket) =>
    socket.on("data", (data) => {
      socket.write(data);
      echoedNow();
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", resolve));
  return { socket, echoed };
}

describe("answerWithin", () => {
  it("gives the work's result when it settles first", async () => {
    expect(await answerWithin(Promise.resolve("answer"), 1_000, () => "late")).toBe("answer");
  });

  it("gives the fallback when the work never settles", async () => {
    expect(await answerWithin(new Promise<string>(() => {}), 20, () => "late")).toBe("late");
  });

  it("does not let a timer that fired late, on a busy loop, beat an answer that had arrived", async () => {
    const { socket, echoed } = await echoSocket();
    // The echo server has answered; this process is then busy until long after the deadline, so
    // the answer waits in the socket while the timer expires (what a plain race gets wrong).
    const answer = new Promise<string>((resolve) => socket.once("data", (data) => resolve(data.toString())));
    const result = answerWithin(answer, 30, () => "no answer");
    socket.write("pong");
    await echoed;
    busyFor(200);
    expect(await result).toBe("pong");
    socket.destroy();
  });
});
