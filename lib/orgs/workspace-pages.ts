// The workspace's pages and the permission each needs: the navigation shows what a member may
// open, every page checks its own entry, and the access matrix test walks the same table.
import type { AnyTranslationKey } from "@/lib/i18n/keys";
import type { Permission } from "@/lib/permissions/permissions";

/**
 * On a phone the learner's pages are the tab bar at the bottom; the rest are grouped in one menu
 * (issue 19), in this order.
 */
export const workspaceGroups = ["learning", "people", "programs", "insights", "settings"] as const;
export type WorkspaceGroup = (typeof workspaceGroups)[number];

export const workspacePages = {
  // The learner's home comes first: most members are here to learn.
  learn: {
    segment: "/learn",
    labelKey: "learning:nav.learn",
    permission: "learning.participate",
    group: "learning",
  },
  overview: { segment: "", labelKey: "workspace.overview", permission: "workspace.view", group: "learning" },
  challenge: {
    segment: "/challenge",
    labelKey: "challenge:nav.challenge",
    permission: "learning.participate",
    group: "learning",
  },
  programs: {
    segment: "/programs",
    labelKey: "programs:nav.programs",
    permission: "programs.manage",
    group: "programs",
  },
  members: {
    segment: "/members",
    labelKey: "workspace.members",
    permission: "members.view",
    group: "people",
  },
  teams: { segment: "/teams", labelKey: "people:nav.teams", permission: "teams.manage", group: "people" },
  invitations: {
    segment: "/invitations",
    labelKey: "people:nav.invitations",
    permission: "invitations.manage",
    group: "people",
  },
  insights: {
    segment: "/insights",
    labelKey: "insights:nav.insights",
    permission: "teams.viewProgress",
    group: "insights",
  },
  audit: { segment: "/audit", labelKey: "workspace.audit", permission: "audit.view", group: "settings" },
  settings: {
    segment: "/settings",
    labelKey: "insights:nav.settings",
    permission: "organization.manage",
    group: "settings",
  },
  sso: { segment: "/settings/sso", labelKey: "sso.nav", permission: "organization.sso", group: "settings" },
  me: { segment: "/me", labelKey: "account:nav.me", permission: "workspace.view", group: "learning" },
} as const satisfies Record<
  string,
  { segment: string; labelKey: AnyTranslationKey; permission: Permission; group: WorkspaceGroup }
>;

export type WorkspacePage = keyof typeof workspacePages;

export function workspacePath(lang: string, orgSlug: string, page: WorkspacePage = "overview"): string {
  return `/${lang}/o/${orgSlug}${workspacePages[page].segment}`;
}
