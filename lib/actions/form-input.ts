/**
 * FormData as a plain object for zod: a name given once is a string, a name given several times
 * (checkboxes, multi-selects) an array. Files are dropped; React's own fields ($ACTION_…) too.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const existing = object[name];
    if (existing === undefined) object[name] = value;
    else object[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return object;
}

/** The single-valued text fields of an input, to show them again in a form after a failure. */
export function echoValues(input: unknown): Record<string, string> {
  if (input === null || typeof input !== "object") return {};
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
