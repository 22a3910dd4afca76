// The four levels in the Okabe–Ito palette, which stays distinguishable with the common forms of
// colour blindness; every chart also names the levels in text, so colour is never the only cue.
import type { Level } from "@/lib/insights/minimum-group";

export const levelColors: Record<Level, string> = {
  1: "#E69F00",
  2: "#56B4E9",
  3: "#009E73",
  4: "#0072B2",
};
