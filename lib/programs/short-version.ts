/** A library version (a content hash) short enough to read and compare by eye, as git shows commits. */
export function shortVersion(version: string): string {
  return version.slice(0, 7);
}
