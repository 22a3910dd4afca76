// The team name's bound, shared by the teams pages' forms and the input schemas (team-input.ts).
// Kept free of zod so the forms do not ship it to the browser (issue 17).

export const TEAM_NAME_MAX_LENGTH = 80;
