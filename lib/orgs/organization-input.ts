// Input of the "new organization" form, shared by the form and the server action.
import { z } from "@/lib/validation/zod";
import { personName } from "@/lib/account/person-name";
import { languages } from "@/lib/i18n/settings";
import { ORGANIZATION_NAME_MAX_LENGTH } from "./organization-limits";
import { isValidSlug, slugify } from "./organization-slug";

export const createOrganizationInput = z
  .object({
    name: z
      .string({ error: "orgs.errors.nameRequired" })
      .trim()
      .min(2, { error: "orgs.errors.nameRequired" })
      .max(ORGANIZATION_NAME_MAX_LENGTH, { error: "orgs.errors.nameTooLong" }),
    // Optional: left empty, the address is made from the name.
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .default("")
      .refine((slug) => slug === "" || isValidSlug(slug), { error: "orgs.errors.slugInvalid" }),
    defaultLanguage: z.enum(languages, { error: "orgs.errors.languageRequired" }),
    /** The founder's own name: creating an organization is how most people sign up. */
    yourName: personName,
  })
  .transform((input, context) => {
    const slug = input.slug === "" ? slugify(input.name) : input.slug;
    if (!isValidSlug(slug)) {
      // A name without letters or digits to make an address from ("!!!").
      context.addIssue({ code: "custom", path: ["slug"], message: "orgs.errors.slugInvalid" });
      return z.NEVER;
    }
    return { ...input, slug };
  });

export type CreateOrganizationInput = z.output<typeof createOrganizationInput>;
