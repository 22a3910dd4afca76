// The program editor's text bounds, shared by its forms and the input schemas (program-input.ts).
// Kept free of zod so the forms do not ship it to the browser (issue 17).

export const PROGRAM_TITLE_MAX_LENGTH = 120;
export const PROGRAM_TAGLINE_MAX_LENGTH = 200;
export const PROGRAM_SUMMARY_MAX_LENGTH = 600;
export const QUOTE_MAX_LENGTH = 300;
export const QUOTE_AUTHOR_MAX_LENGTH = 100;
export const QUOTE_SOURCE_MAX_LENGTH = 150;
export const STATEMENT_MAX_LENGTH = 200;
export const RESOURCE_TITLE_MAX_LENGTH = 150;
export const RESOURCE_BODY_MAX_LENGTH = 20_000;
