// Shared with the upload form (no "server-only"), which checks the size before sending anything.

/** Rows of people one file may hold (the header not counted). */
export const MAX_CSV_ROWS = 5_000;

/**
 * Bytes one file may have. The file travels as text in a server action, whose request body Next.js
 * caps at 1 MB; 900 KB leaves room for the rest of the request and is ~150 bytes per row at 5,000.
 */
export const MAX_CSV_BYTES = 900 * 1024;
