// The four levels are ordered (new to me → second nature), so they are drawn as one ordered ramp of
// the accent colour, light → dark (issue 18), not as four unrelated hues. Adjacent steps differ
// clearly in lightness, which holds for every form of colour blindness; every chart also names the
// levels in text (legend, labels, a table), so colour is never the only cue.
import type { Level } from "@/lib/insights/minimum-group";

export const levelColors: Record<Level, string> = {
  1: "#b2e4d3",
  2: "#4bb397",
  3: "#1d7a65",
  4: "#15413a",
};
