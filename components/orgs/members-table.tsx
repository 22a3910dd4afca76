"use client";

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { selectClasses } from "@/components/ui/select";
import { Dialog } from "@/components/ui/dialog";
import type { bulkUpdateMembersAction } from "@/lib/actions/bulk-update-members";
import type { Language } from "@/lib/i18n/settings";
import type { BulkOperation } from "@/lib/orgs/member-input";
import type { Role } from "@/lib/permissions/roles";
import { cn } from "@/lib/ui/cn";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";

/** A member as the table shows it: every date and number already written for the reader. */
export type MembersTableRow = {
  membershipId: string;
  label: string;
  email: string;
  showEmail: boolean;
  isYou: boolean;
  role: Role;
  active: boolean;
  teams: { id: string; name: string; manager: boolean }[];
  lastActive: string;
  progress: string;
  /** The bulk actions may select them (not oneself, not an owner for HR who may not manage owners). */
  selectable: boolean;
};

export type MembersTableColumn = {
  key: string;
  label: string;
  /** A link that sorts by this column, and the order it is sorted in now. */
  sortHref?: string;
  sorted?: "ascending" | "descending";
};

export type MembersTableProps = {
  lang: Language;
  orgSlug: string;
  rows: MembersTableRow[];
  columns: MembersTableColumn[];
  teams: { id: string; name: string }[];
  assignableRoles: Role[];
  /** Null when the reader may only look (no bulk actions, no checkboxes). */
  action: typeof bulkUpdateMembersAction | null;
};

/**
 * The members table: a table on wide screens, a card per person on a phone (the same rows, so the
 * page never scrolls sideways), with checkboxes feeding the bulk actions and a confirmation that
 * says what will happen to how many people before anything does.
 */
export function MembersTable({
  lang,
  orgSlug,
  rows,
  columns,
  teams,
  assignableRoles,
  action,
}: MembersTableProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [operation, setOperation] = useState<BulkOperation>("addToTeam");
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [role, setRole] = useState<Role>(assignableRoles.at(-1) ?? "employee");
  const [confirming, setConfirming] = useState(false);
  const ids = useId();
  const { state, formAction, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: (result) => {
        setConfirming(false);
        if (result.ok) setSelected(new Set());
      },
    },
  );

  const selectable = rows.filter((row) => row.selectable);
  const allSelected = selectable.length > 0 && selectable.every((row) => selected.has(row.membershipId));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) =>
    setSelected(on ? new Set(selectable.map((row) => row.membershipId)) : new Set());
  const chosen = rows.filter((row) => selected.has(row.membershipId));
  const teamName = teams.find((team) => team.id === teamId)?.name ?? "";
  const operations: BulkOperation[] =
    teams.length > 0
      ? ["addToTeam", "changeRole", "deactivate", "reactivate"]
      : ["changeRole", "deactivate", "reactivate"];
  const currentOperation = operations.includes(operation) ? operation : operations[0]!;

  const checkbox = (row: MembersTableRow) =>
    action && row.selectable ? (
      <input
        type="checkbox"
        className="size-5 accent-accent-700"
        checked={selected.has(row.membershipId)}
        onChange={(event) => toggle(row.membershipId, event.target.checked)}
        aria-label={t("members.selectName", { name: row.label })}
      />
    ) : null;

  const teamList = (row: MembersTableRow) =>
    row.teams.length === 0 ? (
      <span className="text-stone-600">{t("members.noTeams")}</span>
    ) : (
      row.teams.map((team, index) => (
        <span key={team.id}>
          {index > 0 && ", "}
          {team.name}
          {team.manager && <span className="text-stone-600"> ({t("members.teamManager")})</span>}
        </span>
      ))
    );

  const badges = (row: MembersTableRow) => (
    <span className="flex flex-wrap gap-1.5">
      <span className="rounded-full bg-accent-50 px-2.5 py-0.5 text-sm font-medium text-accent-800">
        {t(`roles.${row.role}`)}
      </span>
      {!row.active && (
        <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">
          {t("members.status.deactivated")}
        </span>
      )}
    </span>
  );

  const who = (row: MembersTableRow) => (
    <>
      <span className="font-semibold break-words text-stone-900">
        {row.label}
        {row.isYou && <span className="font-normal text-stone-600"> ({t("members.you")})</span>}
      </span>
      {row.showEmail && <span className="block text-sm break-all text-stone-700">{row.email}</span>}
    </>
  );

  return (
    <div className="flex flex-col gap-4">
      {action && (
        <section
          aria-labelledby={`${ids}-bulk`}
          className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-stone-50 p-4"
        >
          <h3 id={`${ids}-bulk`} className="font-semibold text-stone-900">
            {t("members.bulk.title")}{" "}
            <span className="font-normal text-stone-700">
              ({t("members.bulk.selected", { count: chosen.length })})
            </span>
          </h3>
          <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
            <div className="flex flex-col gap-1">
              <label htmlFor={`${ids}-operation`} className="text-sm font-medium text-stone-800">
                {t("members.bulk.operation")}
              </label>
              <select
                id={`${ids}-operation`}
                className={cn(selectClasses, "w-full sm:w-auto")}
                value={currentOperation}
                onChange={(event) => setOperation(event.target.value as BulkOperation)}
              >
                {operations.map((option) => (
                  <option key={option} value={option}>
                    {t(`members.bulk.operations.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            {currentOperation === "addToTeam" && (
              <div className="flex flex-col gap-1">
                <label htmlFor={`${ids}-team`} className="text-sm font-medium text-stone-800">
                  {t("members.bulk.team")}
                </label>
                <select
                  id={`${ids}-team`}
                  className={cn(selectClasses, "w-full sm:w-auto")}
                  value={teamId}
                  onChange={(event) => setTeamId(event.target.value)}
                >
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {currentOperation === "changeRole" && (
              <div className="flex flex-col gap-1">
                <label htmlFor={`${ids}-role`} className="text-sm font-medium text-stone-800">
                  {t("members.bulk.role")}
                </label>
                <select
                  id={`${ids}-role`}
                  className={cn(selectClasses, "w-full sm:w-auto")}
                  value={role}
                  onChange={(event) => setRole(event.target.value as Role)}
                >
                  {assignableRoles.map((option) => (
                    <option key={option} value={option}>
                      {t(`roles.${option}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <Dialog
              open={confirming}
              onOpenChange={setConfirming}
              title={t(`members.bulk.confirm.title.${currentOperation}`, { count: chosen.length })}
              description={t(`members.bulk.confirm.body.${currentOperation}`, {
                count: chosen.length,
                team: teamName,
                role: t(`roles.${role}`),
              })}
              closeLabel={t("ui.close")}
              trigger={
                <Button variant="secondary" disabled={chosen.length === 0}>
                  {t("members.bulk.review")}
                </Button>
              }
            >
              <ul className="mb-4 max-h-48 list-disc overflow-y-auto pl-5 text-stone-800">
                {chosen.map((row) => (
                  <li key={row.membershipId} className="break-words">
                    {row.label}
                  </li>
                ))}
              </ul>
              <form action={formAction} className="flex flex-wrap justify-end gap-2">
                <input type="hidden" name="operation" value={currentOperation} />
                {chosen.map((row) => (
                  <input key={row.membershipId} type="hidden" name="membershipIds" value={row.membershipId} />
                ))}
                {currentOperation === "addToTeam" && <input type="hidden" name="teamId" value={teamId} />}
                {currentOperation === "changeRole" && <input type="hidden" name="role" value={role} />}
                <Button variant="ghost" onClick={() => setConfirming(false)}>
                  {t("members.bulk.cancel")}
                </Button>
                <Button
                  type="submit"
                  disabled={pending}
                  className={cn(currentOperation === "deactivate" && "bg-red-800 hover:bg-red-900")}
                >
                  {t(`members.bulk.operations.${currentOperation}`)}
                </Button>
              </form>
            </Dialog>
          </div>
          <FormStatus inline state={state} />
        </section>
      )}

      <table className="hidden w-full border-collapse text-left md:table">
        <thead>
          <tr className="border-b border-stone-300 text-sm text-stone-700">
            {action && (
              <th scope="col" className="w-10 py-2 pr-2">
                <input
                  type="checkbox"
                  className="size-5 accent-accent-700"
                  checked={allSelected}
                  disabled={selectable.length === 0}
                  onChange={(event) => toggleAll(event.target.checked)}
                  aria-label={t("members.selectAll")}
                />
              </th>
            )}
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={column.sorted} className="py-2 pr-4 font-semibold">
                {column.sortHref ? (
                  <a
                    href={column.sortHref}
                    className="underline-offset-4 hover:underline focus-visible:outline-3 focus-visible:outline-accent-600"
                  >
                    {column.label}
                    {column.sorted && (
                      <span aria-hidden="true">{column.sorted === "ascending" ? " ↑" : " ↓"}</span>
                    )}
                  </a>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.membershipId}
              className={cn("border-b border-stone-200 align-top", !row.active && "bg-stone-50")}
            >
              {action && <td className="py-3 pr-2">{checkbox(row)}</td>}
              <td className="py-3 pr-4">{who(row)}</td>
              <td className="py-3 pr-4">{badges(row)}</td>
              <td className="py-3 pr-4 text-sm text-stone-800">{teamList(row)}</td>
              <td className="py-3 pr-4 text-sm whitespace-nowrap text-stone-800">{row.lastActive}</td>
              <td className="py-3 pr-4 text-sm text-stone-800">{row.progress}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ul className="flex flex-col gap-3 md:hidden">
        {action && selectable.length > 0 && (
          <li className="flex items-center gap-3 px-1">
            <input
              id={`${ids}-all`}
              type="checkbox"
              className="size-5 accent-accent-700"
              checked={allSelected}
              onChange={(event) => toggleAll(event.target.checked)}
            />
            <label htmlFor={`${ids}-all`} className="text-stone-800">
              {t("members.selectAll")}
            </label>
          </li>
        )}
        {rows.map((row) => (
          <li
            key={row.membershipId}
            className={cn(
              "flex gap-3 rounded-2xl border bg-white p-4",
              row.active ? "border-stone-200" : "border-dashed border-stone-300 bg-stone-50",
            )}
          >
            {action && <div className="w-5 shrink-0 pt-0.5">{checkbox(row)}</div>}
            <div className="flex min-w-0 flex-col gap-2">
              <p>{who(row)}</p>
              {badges(row)}
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-stone-600">{t("members.columns.teams")}</dt>
                <dd className="text-stone-800">{teamList(row)}</dd>
                <dt className="text-stone-600">{t("members.columns.lastActive")}</dt>
                <dd className="text-stone-800">{row.lastActive}</dd>
                <dt className="text-stone-600">{t("members.columns.progress")}</dt>
                <dd className="text-stone-800">{row.progress}</dd>
              </dl>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
