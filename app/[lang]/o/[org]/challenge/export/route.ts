import { attachment, errorResponse } from "@/lib/account/download-workspace";
import { todayIso } from "@/lib/challenge/challenge-dates";
import { challengeLogCsv } from "@/lib/challenge/challenge-log-csv";
import { getChallenge } from "@/lib/challenge/get-challenge";
import { getT } from "@/lib/i18n/server";
import { defaultLanguage, isLanguage } from "@/lib/i18n/settings";
import { workspacePages } from "@/lib/orgs/workspace-pages";
import { readForRoute } from "@/lib/pages/read-route";

export const dynamic = "force-dynamic";

/** The signed-in person's own challenge log as CSV, in the language of the URL. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; org: string }> }) {
  const { lang: rawLang, org } = await params;
  const lang = isLanguage(rawLang) ? rawLang : defaultLanguage;
  try {
    const { data } = await readForRoute({
      orgSlug: org,
      permission: workspacePages.challenge.permission,
      run: ({ tx, ctx }) => getChallenge({ tx, ctx }),
    });
    const { attempts } = data;
    const t = getT(lang, "challenge");
    return attachment(challengeLogCsv(attempts, t), {
      fileName: `${t("csv.fileName")}-${todayIso()}.csv`,
      contentType: "text/csv; charset=utf-8",
    });
  } catch (error) {
    return errorResponse(error);
  }
}
