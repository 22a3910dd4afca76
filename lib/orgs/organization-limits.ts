// The organization name's bound, shared by the "new organization" form and its input schema
// (organization-input.ts). Kept free of zod so the form does not ship it to the browser (issue 17).

export const ORGANIZATION_NAME_MAX_LENGTH = 80;
