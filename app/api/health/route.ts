import { checkDatabase } from "@/lib/db/health";
import { replicaHealth } from "@/lib/db/read-routing";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness in one: 200 while the database answers, 503 with the reason while it does
 * not. With a read replica, its state and lag are shown too (ADR 036); the primary alone decides
 * the status, since pages read from the primary when the replica is down.
 */
export async function GET() {
  const [database, replica] = await Promise.all([checkDatabase(), replicaHealth()]);
  const details = replica ? { replica } : {};
  if (database.ok)
    return Response.json({ status: "ok", ...details }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { status: "unavailable", reason: database.reason, ...details },
    { status: 503, headers: { "Cache-Control": "no-store" } },
  );
}
