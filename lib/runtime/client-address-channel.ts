// Works out each request's client address before Next.js sees it (issue 15): Node's
// "http.server.request.start" diagnostics channel hands over the request with its socket, which
// route handlers never get. The address goes on in CLIENT_IP_HEADER; a value a client sent is
// replaced. No "server-only": instrumentation.ts imports it.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { CLIENT_IP_HEADER, clientAddress } from "@/lib/auth/client-ip";

export function stampClientAddresses(trustedHops: number): () => void {
  const channel = diagnosticsChannel.channel("http.server.request.start");
  const onRequest = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    const address = clientAddress({
      forwardedFor: request.headers["x-forwarded-for"],
      socketAddress: request.socket.remoteAddress,
      trustedHops,
    });
    if (address) request.headers[CLIENT_IP_HEADER] = address;
    else delete request.headers[CLIENT_IP_HEADER];
  };
  channel.subscribe(onRequest);
  return () => channel.unsubscribe(onRequest);
}
