"use client";

import { ArrowDown, ArrowUp } from "@/components/ui/icons";
import { startTransition, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { moveProgramItemAction } from "@/lib/actions/programs/move-program-item";
import type { Language } from "@/lib/i18n/settings";
import { useAnnounce } from "./structure-announcer";
import { useBoundAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  itemType: "statement" | "resource";
  itemId: string;
  /** The item's text, for the buttons' accessible names. */
  label: string;
  position: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  action: typeof moveProgramItemAction;
};

/**
 * Move up / move down. The list is re-rendered in its new order after a move; focus is put back on
 * the button that was used (or the other one, once the item reached the end), so a keyboard user
 * can press it again.
 */
export function MoveItemButtons(props: Props) {
  const { lang, orgSlug, itemType, itemId, label, position, canMoveUp, canMoveDown, action } = props;
  const { t } = useTranslation("programs");
  const announce = useAnnounce();
  const bound = useBoundAction(action, { lang, orgSlug });
  const [pending, setPending] = useState<"up" | "down" | null>(null);
  // Set after a move until the list shows the item at its new place; then focus is put back once.
  const refocus = useRef<{ direction: "up" | "down"; from: number | null } | null>(null);
  const [moves, setMoves] = useState(0);
  const id = useId();
  const upId = `${id}-up`;
  const downId = `${id}-down`;

  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    const button = (buttonId: string) => document.getElementById(buttonId) as HTMLButtonElement | null;
    const preferred = button(wanted.direction === "up" ? upId : downId);
    const other = button(wanted.direction === "up" ? downId : upId);
    (preferred && !preferred.disabled ? preferred : other)?.focus();
    // Cleared once the new order is shown, so later moves of other items don't take focus here.
    if (wanted.from === null || wanted.from !== position) refocus.current = null;
  }, [moves, position, canMoveUp, canMoveDown, upId, downId]);

  const move = (direction: "up" | "down") => {
    setPending(direction);
    startTransition(async () => {
      const result = await bound({ itemType, itemId, direction });
      setPending(null);
      announce(result.ok ? (result.message ?? "") : result.error);
      refocus.current = { direction, from: result.ok && result.data.moved ? position : null };
      setMoves((count) => count + 1);
    });
  };
  const common = { variant: "ghost", size: "sm", className: "size-11 p-0 text-stone-700" } as const;
  return (
    <div className="flex shrink-0 flex-col gap-1" role="group" aria-label={label}>
      <Button
        {...common}
        id={upId}
        disabled={!canMoveUp || pending !== null}
        aria-label={t("structure.moveUpName", { name: label })}
        title={t("structure.moveUp")}
        onClick={() => move("up")}
      >
        <ArrowUp aria-hidden="true" className="size-5" />
      </Button>
      <Button
        {...common}
        id={downId}
        disabled={!canMoveDown || pending !== null}
        aria-label={t("structure.moveDownName", { name: label })}
        title={t("structure.moveDown")}
        onClick={() => move("down")}
      >
        <ArrowDown aria-hidden="true" className="size-5" />
      </Button>
    </div>
  );
}
