// Reading a CSP violation report (issue 8, item 4). Browsers POST them to /api/csp-report, as
// `application/csp-report` (report-uri: one `{ "csp-report": {...} }`) or `application/reports+json`
// (Reporting API: an array of `{ type, url, body }`). We only log them, one line each.
// No "server-only": pure functions, tested without a server.

/** A report is a few hundred bytes; 16 KB leaves room for long URLs and samples, and no more. */
export const MAX_CSP_REPORT_BYTES = 16 * 1024;

export const CSP_REPORT_TYPES = ["application/csp-report", "application/reports+json"] as const;

/** The fields worth a log line; every value is cut short, since the page (and so an attacker) chose it. */
export type CspViolation = {
  documentUri: string;
  violatedDirective: string;
  blockedUri: string;
  sourceFile?: string;
  lineNumber?: number;
  sample?: string;
};

const text = (value: unknown, max = 300): string | undefined =>
  typeof value === "string" ? value.slice(0, max) : undefined;
const number = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

function fromCspReport(report: Record<string, unknown>): CspViolation {
  return {
    documentUri: text(report["document-uri"]) ?? "",
    violatedDirective: text(report["effective-directive"] ?? report["violated-directive"]) ?? "",
    blockedUri: text(report["blocked-uri"]) ?? "",
    sourceFile: text(report["source-file"]),
    lineNumber: number(report["line-number"]),
    sample: text(report["script-sample"], 80),
  };
}

function fromReportingApi(body: Record<string, unknown>, url: unknown): CspViolation {
  return {
    documentUri: text(body.documentURL ?? url) ?? "",
    violatedDirective: text(body.effectiveDirective) ?? "",
    blockedUri: text(body.blockedURL) ?? "",
    sourceFile: text(body.sourceFile),
    lineNumber: number(body.lineNumber),
    sample: text(body.sample, 80),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The violations in a parsed report body of either format; anything else gives none. */
export function cspViolationsOf(payload: unknown): CspViolation[] {
  if (isRecord(payload) && isRecord(payload["csp-report"])) return [fromCspReport(payload["csp-report"])];
  if (Array.isArray(payload)) {
    return payload
      .filter((entry) => isRecord(entry) && entry.type === "csp-violation" && isRecord(entry.body))
      .map((entry) => fromReportingApi(entry.body as Record<string, unknown>, entry.url));
  }
  return [];
}

/** Reads at most `limit` bytes of a body; null when it is longer (the rest is never read). */
export async function readBoundedText(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
