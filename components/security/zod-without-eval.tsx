"use client";

import { z } from "zod";

// zod compiles object parsers with `new Function` after probing whether eval is allowed. Under our
// CSP (no 'unsafe-eval') the probe fails quietly, but the browser still reports a violation to
// /api/csp-report, which would drown real ones. jitless skips the probe; the parsers the forms
// use in the browser are small, so the compiled fast path is not missed (ADR 010).
z.config({ jitless: true });

/** Rendered once in the root layout so the setting above is in every page's bundle. */
export function ZodWithoutEval() {
  return null;
}
