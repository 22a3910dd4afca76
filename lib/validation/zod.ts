// zod for the input modules that forms also use in the browser (issue 17: zod ships only with the
// pages whose forms need it, no longer from the root layout). zod compiles object parsers with
// `new Function` after probing whether eval is allowed; under our CSP (no 'unsafe-eval') the probe
// fails quietly, but the browser still reports a violation to /api/csp-report, which would drown
// real ones. jitless skips the probe; the parsers the forms use in the browser are small, so the
// compiled fast path is not missed (ADR 010). Set before any schema of the importing module exists.
// On the server the compiled fast path stays.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
