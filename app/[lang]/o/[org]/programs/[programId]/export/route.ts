import { z } from "zod";
import { attachment, errorResponse } from "@/lib/account/download-workspace";
import { AppError } from "@/lib/errors/app-error";
import { readForRoute } from "@/lib/pages/read-route";
import { exportProgram } from "@/lib/programs/transfer/export-program";

export const dynamic = "force-dynamic";

/** HR: one program of the organization as a zip in the library's content format (docs/content-format.md). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; org: string; programId: string }> },
) {
  const { org, programId } = await params;
  try {
    if (!z.uuid().safeParse(programId).success) throw AppError.notFound();
    const { data } = await readForRoute({
      orgSlug: org,
      permission: exportProgram.permission,
      run: ({ tx, ctx }) => exportProgram({ tx, ctx, programId }),
    });
    return attachment(data.bytes, { fileName: data.fileName, contentType: "application/zip" });
  } catch (error) {
    return errorResponse(error);
  }
}
