// The workspace's pages and the permission each needs: the navigation shows what a member may
// open, every page checks its own entry, and the access matrix test walks the same table.
import type { Permission } from "@/lib/permissions/permissions";

export const workspacePages = {
  // The learner's home comes first: most members are here to learn.
  learn: { segment: "/learn", labelKey: "learning:nav.learn", permission: "learning.participate" },
  overview: { segment: "", labelKey: "workspace.overview", permission: "workspace.view" },
  challenge: {
    segment: "/challenge",
    labelKey: "challenge:nav.challenge",
    permission: "learning.participate",
  },
  programs: { segment: "/programs", labelKey: "programs:nav.programs", permission: "programs.manage" },
  members: { segment: "/members", labelKey: "workspace.members", permission: "members.view" },
  teams: { segment: "/teams", labelKey: "people:nav.teams", permission: "teams.manage" },
  invitations: {
    segment: "/invitations",
    labelKey: "people:nav.invitations",
    permission: "invitations.manage",
  },
  insights: { segment: "/insights", labelKey: "insights:nav.insights", permission: "teams.viewProgress" },
  audit: { segment: "/audit", labelKey: "workspace.audit", permission: "audit.view" },
  settings: { segment: "/settings", labelKey: "insights:nav.settings", permission: "organization.manage" },
  sso: { segment: "/settings/sso", labelKey: "sso.nav", permission: "organization.sso" },
  me: { segment: "/me", labelKey: "account:nav.me", permission: "workspace.view" },
} as const satisfies Record<string, { segment: string; labelKey: string; permission: Permission }>;

export type WorkspacePage = keyof typeof workspacePages;

export function workspacePath(lang: string, orgSlug: string, page: WorkspacePage = "overview"): string {
  return `/${lang}/o/${orgSlug}${workspacePages[page].segment}`;
}
