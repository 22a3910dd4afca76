"use client";

import { LogIn } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { FormAlert } from "@/components/auth/form-alert";
import { PersonNameField } from "@/components/account/person-name-field";
import { Button } from "@/components/ui/button";
import type { acceptInvitationAction } from "@/lib/actions/invitations/accept-invitation";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  token: string;
  orgName: string;
  action: typeof acceptInvitationAction;
  /**
   * Set when Evne has no name for the person yet (they just signed up by mail): the form asks for
   * it, filled in with the name HR typed in the invitation, if any.
   */
  askName?: { suggested: string | null };
};

/** Join the organization with one button (and, for someone new, their name first). */
export function AcceptInvitationForm({ lang, token, orgName, action, askName }: Props) {
  const { t } = useTranslation("people");
  const { state, formAction, pending } = useFormAction(action, { lang });
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormAlert
        title={t("accept.errors.title")}
        message={failure ? (Object.values(failure.fieldErrors)[0] ?? failure.error) : undefined}
      />
      <input type="hidden" name="token" value={token} />
      {askName && (
        <PersonNameField
          defaultValue={failure?.values.yourName ?? askName.suggested ?? ""}
          error={failure?.fieldErrors.yourName}
        />
      )}
      <Button type="submit" size="lg" disabled={pending}>
        <LogIn aria-hidden="true" className="size-5" />
        {pending ? t("accept.accepting") : t("accept.accept", { org: orgName })}
      </Button>
    </form>
  );
}
