/**
 * The client's address for rate limiting. Behind a proxy the last X-Forwarded-For entry is the one
 * the proxy itself saw (entries to its left are whatever the client sent); without one, Next.js
 * fills the header with the socket's address. A spoofed value only moves a client into another
 * per-client bucket: the per-address limit still holds.
 */
export function clientIpFrom(headers: { get(name: string): string | null }): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  const ip = last ?? headers.get("x-real-ip")?.trim();
  // Bounded, printable: the value becomes part of a database key.
  return ip && /^[0-9a-fA-F:.[\]]{2,64}$/.test(ip) ? ip.toLowerCase() : null;
}
