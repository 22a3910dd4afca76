// The bound of a person's own name (lib/account/person-name.ts), apart from its zod schema so the
// name field can show it without shipping zod to the browser (issue 17).

/** The same bound as an invitee's name, so a name HR typed in an invitation always fits. */
export const PERSON_NAME_MAX_LENGTH = 100;
