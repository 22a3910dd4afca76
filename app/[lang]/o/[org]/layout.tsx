import type { ReactNode } from "react";
import { OrgSwitcher } from "@/components/orgs/org-switcher";
import { WorkspaceMenu } from "@/components/orgs/workspace-menu";
import { WorkspaceNav } from "@/components/orgs/workspace-nav";
import { WorkspaceTabBar } from "@/components/orgs/workspace-tab-bar";
import { getRequestSession } from "@/lib/auth/session";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { namespaces } from "@/lib/i18n/settings";
import { requireWorkspace } from "@/lib/orgs/require-workspace";
import { workspacePages, workspacePath, type WorkspacePage } from "@/lib/orgs/workspace-pages";
import { can } from "@/lib/permissions/permissions";

// Organizations are made at run time; the language layout's `dynamicParams = false` must not reach here.
export const dynamicParams = true;

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string; org: string }>;
}) {
  const lang = await routeLanguage(params);
  const { org } = await params;
  // Signed out, the page itself sends the person to sign in, with its own address to come back to;
  // no page can reach tenant data without its own requireWorkspace.
  const session = await getRequestSession();
  if (!session) return children;
  const ctx = await requireWorkspace({
    lang,
    orgSlug: org,
    permission: "workspace.view",
    path: workspacePath(lang, org),
  });
  // The session read brought the person's active memberships: the switcher asks nothing more.
  const organizations = session.memberships.map(({ orgSlug, orgName, role }) => ({
    slug: orgSlug,
    name: orgName,
    role,
  }));
  const t = getT(lang, namespaces);
  const items = (Object.keys(workspacePages) as WorkspacePage[])
    .filter((page) => can(ctx.role, workspacePages[page].permission))
    .map((page) => ({
      href: workspacePath(lang, ctx.orgSlug, page),
      label: t(workspacePages[page].labelKey),
      page,
      group: workspacePages[page].group,
    }));
  // Wide screens: the sections as tabs. Below `lg`: the learner's pages as a tab bar at the bottom
  // and everything else in one grouped menu (issue 19). At least a screen tall, so that on a short
  // page the tab bar (sticky at the end) still sits at the bottom of the screen, not under the text.
  return (
    <div className="flex min-h-dvh flex-col lg:min-h-0">
      <div className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-2 lg:pt-3 lg:pb-0">
          <div className="flex items-center justify-between gap-2">
            <OrgSwitcher
              lang={lang}
              current={{ slug: ctx.orgSlug, name: ctx.orgName }}
              organizations={organizations}
            />
            <div className="flex shrink-0 items-center gap-3">
              <p className="hidden text-sm text-stone-600 sm:block">
                {t("orgs.yourRole", { role: t(`roles.${ctx.role}`) })}
              </p>
              <div className="lg:hidden">
                <WorkspaceMenu items={items} />
              </div>
            </div>
          </div>
          <div className="hidden lg:block">
            <WorkspaceNav items={items} />
          </div>
        </div>
      </div>
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:py-12">{children}</div>
      <WorkspaceTabBar items={items} />
    </div>
  );
}
