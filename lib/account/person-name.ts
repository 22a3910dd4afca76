// A person's own name, as they give it when they sign up (creating an organization or accepting
// an invitation). Shown to colleagues in member lists, teams and audit entries.
import { z } from "@/lib/validation/zod";
import { PERSON_NAME_MAX_LENGTH } from "./person-name-limits";

export const personName = z
  .string({ error: "account:name.errors.required" })
  .trim()
  .min(1, { error: "account:name.errors.required" })
  .max(PERSON_NAME_MAX_LENGTH, { error: "account:name.errors.tooLong" });
