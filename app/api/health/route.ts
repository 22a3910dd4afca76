import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: 200 while the database answers, 503 with the reason while it does not. */
export async function GET() {
  const database = await checkDatabase();
  if (database.ok) return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { status: "unavailable", reason: database.reason },
    { status: 503, headers: { "Cache-Control": "no-store" } },
  );
}
