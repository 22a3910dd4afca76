// The update form names one radio group per item "decision:<item id>", and the input schema
// (update-input.ts) reads the decisions back from those names. Kept free of zod so the form does
// not ship it to the browser (issue 17).

export const DECISION_PREFIX = "decision:";
