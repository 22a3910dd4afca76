// Reordering a program's items: pure, so the rule is tested without a database.

/**
 * `items` with the one at `index` moved before the previous (up) or after the next (down) item for
 * which `sameGroup` holds; null when there is none (already first or last of its group).
 */
export function moveWithinGroup<T>(
  items: T[],
  index: number,
  direction: "up" | "down",
  sameGroup: (item: T) => boolean = () => true,
): T[] | null {
  const step = direction === "up" ? -1 : 1;
  let neighbour = index + step;
  while (neighbour >= 0 && neighbour < items.length && !sameGroup(items[neighbour]!)) neighbour += step;
  if (neighbour < 0 || neighbour >= items.length) return null;
  const rest = items.filter((_, i) => i !== index);
  // Up: the neighbour keeps its index, the item goes before it. Down: the neighbour shifted one
  // back when the item was taken out, so the same index puts the item after it.
  rest.splice(neighbour, 0, items[index]!);
  return rest;
}
