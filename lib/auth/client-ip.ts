// The client's address for rate limiting (issue 15). X-Forwarded-For is anyone's to write: only
// the entries added by the proxies the operator trusts (TRUSTED_PROXY_HOPS, default none) say
// anything. The server works the address out once per request from the socket and those entries
// (instrumentation.ts) and hands it on in CLIENT_IP_HEADER, replacing whatever a client sent.
// No "server-only": instrumentation.ts imports it.

/** Set by the server for every request; a value a client sends is overwritten. */
export const CLIENT_IP_HEADER = "x-evne-client-ip";

const ADDRESS = /^[0-9a-fA-F:.[\]]{2,64}$/;

/** An address as a database key: bounded, printable, lower-case; null for anything else. */
function asAddress(value: string | undefined): string | null {
  const trimmed = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return trimmed && ADDRESS.test(trimmed) ? trimmed.toLowerCase() : null;
}

/**
 * The address of whoever reached the outermost trusted proxy: the chain is the X-Forwarded-For
 * entries followed by the socket's peer; each trusted hop vouches for one more entry from the
 * right. With no trusted proxy it is the socket's peer, whatever the headers say.
 */
export function clientAddress(options: {
  forwardedFor: string | string[] | undefined;
  socketAddress: string | undefined;
  trustedHops: number;
}): string | null {
  const forwarded = [options.forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, options.socketAddress ?? ""];
  const index = Math.max(0, chain.length - 1 - options.trustedHops);
  return asAddress(chain[index]);
}

/** The address the server worked out for this request (see clientAddress), or null. */
export function clientIpFrom(headers: { get(name: string): string | null }): string | null {
  return asAddress(headers.get(CLIENT_IP_HEADER) ?? undefined);
}
