"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "@/components/ui/icons";
import type { ReactNode } from "react";

export type DialogProps = {
  /** The element that opens the dialog, usually a Button. */
  trigger: ReactNode;
  title: string;
  description?: string;
  /** Accessible name of the close button, translated by the caller. */
  closeLabel: string;
  children?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Focus goes back to the trigger on close; call event.preventDefault() to send it elsewhere. */
  onCloseAutoFocus?: (event: Event) => void;
};

/** A modal dialog: focus is trapped inside, Escape closes it, focus returns to the trigger. */
export function Dialog({
  trigger,
  title,
  description,
  closeLabel,
  children,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 bg-stone-900/50" />
        <RadixDialog.Content
          className="fixed top-1/2 left-1/2 w-[min(92vw,32rem)] -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-xl focus-visible:outline-none"
          onCloseAutoFocus={onCloseAutoFocus}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div className="flex items-start justify-between gap-4">
            <RadixDialog.Title className="text-xl font-semibold text-stone-900">{title}</RadixDialog.Title>
            <RadixDialog.Close
              aria-label={closeLabel}
              className="rounded-md p-1 text-stone-600 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-accent-600"
            >
              <X aria-hidden="true" className="size-5" />
            </RadixDialog.Close>
          </div>
          {description && (
            <RadixDialog.Description className="mt-2 text-stone-700">{description}</RadixDialog.Description>
          )}
          {children && <div className="mt-4">{children}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
