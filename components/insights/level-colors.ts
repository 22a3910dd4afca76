// The four levels are ordered (new to me → second nature), so they are drawn as one ordered ramp of
// the accent colour, light → dark (issue 18), not as four unrelated hues. Adjacent steps differ
// clearly in lightness, which holds for every form of colour blindness; every chart also names the
// levels in text (legend, labels, a table), so colour is never the only cue. The colours themselves
// are the theme's --color-level-1…4 (app/globals.css); these are the classes that use them, written
// out whole so Tailwind finds them.
import type { Level } from "@/lib/insights/minimum-group";

/** A level's swatch in a legend (a span: an inline svg would be sent twice, ADR 043). */
export const levelSwatch: Record<Level, string> = {
  1: "bg-level-1",
  2: "bg-level-2",
  3: "bg-level-3",
  4: "bg-level-4",
};
