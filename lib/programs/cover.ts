// A program's cover: generated art, so every program has a picture of its own without anyone drawing
// one (issue 19, ADR 032). A hash of a stable seed (the library slug; an organization's own program
// uses its id) picks a palette and a motif and places a few shapes. Pure and deterministic: the
// server renders it as a few hundred bytes of inline SVG with presentation attributes only (no
// style attribute, no external request), the same on every page and in every test run.

export type CoverShape =
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string }
  | { kind: "path"; d: string; fill: string };

export type Cover = { background: string; shapes: CoverShape[] };

/** The art's coordinate system; the component scales it to the card with `slice`. */
export const COVER_WIDTH = 320;
export const COVER_HEIGHT = 160;

/**
 * Background, two mid tones and a dark one per palette. Decorative art (aria-hidden, no text on
 * it), but the light background against the darker shapes keeps a clear shape on white cards.
 */
export const coverPalettes = [
  ["#d7f2e8", "#4bb397", "#f5c26b", "#174f44"],
  ["#fbeedd", "#e9a86b", "#3f6f8f", "#8a4b2a"],
  ["#dcecf7", "#6aa6d6", "#f2b8a2", "#23466b"],
  ["#ece8fb", "#9b87e0", "#f4c95d", "#3f2c82"],
  ["#fbe4e6", "#e58a94", "#4f8a7a", "#7d2636"],
  ["#e7efd9", "#9cbf6a", "#e0a458", "#3d5a22"],
  ["#e5e7eb", "#8ea3b8", "#e7b75f", "#2e3d4f"],
  ["#fde7d9", "#f29e74", "#5a8fa8", "#6b2f1a"],
] as const;

export const coverMotifs = ["circles", "waves", "arcs", "peaks"] as const;
export type CoverMotif = (typeof coverMotifs)[number];

/** FNV-1a, 32 bits: small, stable across runtimes, and spreads similar slugs apart. */
export function coverHash(seed: string): number {
  let hash = 0x811c9dc5;
  for (const char of seed) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded generator, so the shapes follow from the hash alone. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cover of the program whose stable seed is `seed`. */
export function programCover(seed: string): Cover {
  const hash = coverHash(seed);
  // The high bytes choose the look: FNV-1a's low bits follow the last characters too closely.
  const palette = coverPalettes[(hash >>> 16) % coverPalettes.length]!;
  const motif = coverMotifs[(hash >>> 24) % coverMotifs.length]!;
  const next = random(hash);
  const between = (low: number, high: number) => Math.round(low + next() * (high - low));
  const [background, first, second, dark] = palette;
  const W = COVER_WIDTH;
  const H = COVER_HEIGHT;
  const shapes: CoverShape[] = [];
  switch (motif) {
    case "circles": {
      shapes.push({
        kind: "circle",
        cx: between(40, 140),
        cy: between(40, 120),
        r: between(50, 80),
        fill: first,
      });
      shapes.push({
        kind: "circle",
        cx: between(180, 280),
        cy: between(30, 130),
        r: between(30, 60),
        fill: second,
      });
      shapes.push({
        kind: "circle",
        cx: between(120, 220),
        cy: between(90, 150),
        r: between(12, 24),
        fill: dark,
      });
      break;
    }
    case "waves": {
      for (const [index, fill] of [first, second, dark].entries()) {
        const base = 60 + index * 35 + between(-8, 8);
        const lift = between(18, 34);
        shapes.push({
          kind: "path",
          d: `M0 ${base}Q${between(60, 110)} ${base - lift} ${W / 2} ${base}T${W} ${base}V${H}H0Z`,
          fill,
        });
      }
      break;
    }
    case "arcs": {
      const cx = next() < 0.5 ? 0 : W;
      const cy = next() < 0.5 ? 0 : H;
      for (const [index, fill] of [first, second, dark].entries()) {
        shapes.push({ kind: "circle", cx, cy, r: between(150, 190) - index * between(40, 50), fill });
      }
      break;
    }
    case "peaks": {
      for (const [index, fill] of [first, second, dark].entries()) {
        const peak = between(40, 280);
        const top = between(20, 70) + index * 25;
        const spread = between(90, 150);
        shapes.push({
          kind: "path",
          d: `M${peak - spread} ${H}L${peak} ${top}L${peak + spread} ${H}Z`,
          fill,
        });
      }
      break;
    }
  }
  return { background, shapes };
}

/** The seed of an organization's program: a copy keeps its library program's cover, an own program has its id. */
export function programCoverSeed(program: { id: string; librarySlug?: string | null }): string {
  return program.librarySlug ?? program.id;
}
