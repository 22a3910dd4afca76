import { attachment, errorResponse } from "@/lib/account/download-workspace";
import { exportMyData } from "@/lib/account/export-my-data";
import { todayIso } from "@/lib/challenge/challenge-dates";
import { workspacePages } from "@/lib/orgs/workspace-pages";
import { readForRoute } from "@/lib/pages/read-route";

export const dynamic = "force-dynamic";

/** "Download my data": everything about the signed-in person in this organization, as JSON. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; org: string }> }) {
  const { org } = await params;
  try {
    const { ctx, data } = await readForRoute({
      orgSlug: org,
      permission: workspacePages.me.permission,
      run: ({ tx, ctx }) => exportMyData({ tx, ctx }),
    });
    return attachment(JSON.stringify(data, null, 2), {
      fileName: `evne-${ctx.orgSlug}-my-data-${todayIso()}.json`,
      contentType: "application/json; charset=utf-8",
    });
  } catch (error) {
    return errorResponse(error);
  }
}
