// Zips for the transfer tests: a program folder zipped as an export is, and hostile variants.
import { strToU8, zipSync } from "fflate";

/** A zip of `files` (path → text or bytes) as an export makes it. */
export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [name, typeof body === "string" ? strToU8(body) : body]),
    ),
  );
}

/** `zip` with the sizes of entry `name` rewritten in both headers: a zip that lies about what it holds. */
export function withDeclaredSize(zip: Uint8Array, name: string, originalSize: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const decoder = new TextDecoder();
  for (let i = 0; i + 46 < copy.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x02014b50) {
      const length = view.getUint16(i + 28, true);
      if (decoder.decode(copy.subarray(i + 46, i + 46 + length)) === name)
        view.setUint32(i + 24, originalSize, true);
    } else if (signature === 0x04034b50) {
      const length = view.getUint16(i + 26, true);
      if (decoder.decode(copy.subarray(i + 30, i + 30 + length)) === name)
        view.setUint32(i + 22, originalSize, true);
    }
  }
  return copy;
}

/** A small valid program folder in Bokmål only. */
export function nbProgramFiles(prefix = "eget-program/"): Record<string, string> {
  return {
    [`${prefix}program.json`]: JSON.stringify({
      slug: "eget-program",
      position: 1,
      title: { nb: "Eget program" },
      statements: [
        { key: "vite", kind: "know", text: { nb: "Jeg vet noe" }, resources: ["forklaring"] },
        { key: "kunne", kind: "can", text: { nb: "Jeg kan noe" }, resources: ["ovelse"] },
      ],
    }),
    [`${prefix}resources/forklaring.nb.md`]: "# Forklaring\n\nSlik er det.\n",
    [`${prefix}resources/ovelse.nb.md`]: "# Øvelse\n\nGjør dette.\n",
  };
}
