import { Button } from "./button";

/**
 * The foot of a confirmation dialog: why the last try failed (if it did), then cancel and the
 * action itself, which says it is busy while it runs. Deleting is drawn as dangerous.
 */
export function ConfirmButtons({
  error,
  cancelLabel,
  onCancel,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
  danger = false,
}: {
  error: string | null;
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
  danger?: boolean;
}) {
  return (
    <div className="flex flex-col gap-3">
      {error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button
          disabled={pending}
          onClick={onConfirm}
          className={danger ? "bg-red-800 text-white hover:bg-red-900" : undefined}
        >
          {pending ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </div>
  );
}
