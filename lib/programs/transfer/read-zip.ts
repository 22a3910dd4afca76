import { unzipSync } from "fflate";
import { MAX_FILE_BYTES, MAX_FILES, MAX_UNZIPPED_BYTES, MAX_ZIP_BYTES } from "./transfer-limits";
import { problem, type TransferProblem } from "./transfer-problem";

export type ZipFolder = {
  /** The folder the program is in (`handtere-avvisning/program.json`), or null at the zip's root. */
  folderName: string | null;
  /** Paths relative to the program folder → text. */
  files: Map<string, string>;
  /** `images/<name>` → bytes: the pictures resources show (ADR 031), read as they are. */
  images: Map<string, Uint8Array>;
};

/** Where a folder keeps its images: the only files read as bytes rather than text. */
export const IMAGE_FOLDER = "images/";

/** What a macOS or Windows zip adds that is no part of a program: skipped like hidden files in the library. */
const isIgnored = (segments: string[]) =>
  segments.some((segment) => segment.startsWith(".") || segment === "__MACOSX" || segment === "Thumbs.db");

/**
 * A name that would leave the folder it is unpacked into, or that no file system agrees on: an
 * absolute path, a drive, `..`, backslashes, control characters. Nothing is ever written to disk,
 * but such a zip is made to attack, and refused whole.
 */
export function isUnsafeName(name: string): boolean {
  if (name === "" || name.startsWith("/") || /^[A-Za-z]:/.test(name)) return true;
  if (/[\\\u0000-\u001f]/.test(name)) return true;
  const segments = name.replace(/\/$/, "").split("/");
  return segments.some((segment) => segment === "" || segment === "." || segment === "..");
}

/**
 * Reads an uploaded zip in memory, with limits checked on what the zip's directory declares before
 * anything is inflated (a zip bomb is refused unopened), and names checked for path traversal.
 * Returns the program folder's files as text, or the problems that stop the import.
 */
export function readZip(bytes: Uint8Array): { folder: ZipFolder } | { problems: TransferProblem[] } {
  const refuse = (code: TransferProblem["code"], values?: TransferProblem["values"]) => ({
    problems: [problem("", code, values)],
  });
  if (bytes.length > MAX_ZIP_BYTES) return refuse("zipTooLarge", { maxKb: Math.floor(MAX_ZIP_BYTES / 1024) });
  // "PK\3\4" (a file entry) or "PK\5\6" (an empty zip): anything else is not a zip at all.
  const signature =
    bytes.length >= 4 ? (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0 : 0;
  if (signature !== 0x04034b50 && signature !== 0x06054b50) return refuse("notZip");

  type Entry = { name: string; size: number; originalSize: number; compression: number };
  const entries: Entry[] = [];
  try {
    // The filter sees the central directory's entries and inflates none of them.
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch {
    return refuse("notZip");
  }

  const unsafe = entries.find((entry) => isUnsafeName(entry.name));
  if (unsafe) return refuse("unsafePath", { name: unsafe.name.slice(0, 120) });
  const files = entries.filter((entry) => !entry.name.endsWith("/") && !isIgnored(entry.name.split("/")));
  if (files.length > MAX_FILES) return refuse("tooManyFiles", { max: MAX_FILES });
  const large = files.find((entry) => entry.originalSize > MAX_FILE_BYTES);
  if (large) return refuse("fileTooLarge", { name: large.name, maxKb: MAX_FILE_BYTES / 1024 });
  const total = files.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (total > MAX_UNZIPPED_BYTES)
    return refuse("unzippedTooLarge", { maxMb: MAX_UNZIPPED_BYTES / 1024 / 1024 });
  // fflate inflates into a buffer of the declared size and stops there, so a size that lies cannot
  // make it use more memory; it would cut the text short. Deflate never makes data much larger, so
  // compressed data far larger than its declared size is such a lie (or damage): refused.
  const lying = files.find(
    (entry) =>
      (entry.compression === 0 && entry.size !== entry.originalSize) ||
      entry.size > entry.originalSize + Math.ceil(entry.originalSize / 100) + 64,
  );
  if (lying || files.some((entry) => entry.compression !== 0 && entry.compression !== 8))
    return refuse("damaged");

  const wanted = new Set(files.map((entry) => entry.name));
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch {
    return refuse("damaged");
  }

  const decoder = new TextDecoder("utf-8", { fatal: true });
  const texts = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  for (const name of wanted) {
    const segments = name.split("/");
    // `images/x.png` at the root or `<folder>/images/x.png`: kept as bytes, checked on import.
    if (segments.at(-2) === IMAGE_FOLDER.slice(0, -1) && segments.length <= 3) {
      binary.set(name, unzipped[name]!);
      continue;
    }
    try {
      texts.set(name, decoder.decode(unzipped[name]));
    } catch {
      return refuse("notText", { name });
    }
  }
  return { folder: programFolder(texts, binary) };
}

/**
 * The program is either at the zip's root (`program.json`, `resources/…`) or in one folder
 * (`<slug>/program.json`), as a zipped `content/programs/<slug>/` is. Files outside that folder
 * keep their full path and are reported as unexpected.
 */
function programFolder(texts: Map<string, string>, binary: Map<string, Uint8Array>): ZipFolder {
  // An image outside the folder keeps its full path and is reported as unexpected, like a text.
  const asText = (name: string) => texts.set(name, "");
  if (texts.has("program.json")) {
    const images = new Map([...binary].filter(([name]) => name.startsWith(IMAGE_FOLDER)));
    for (const name of binary.keys()) if (!images.has(name)) asText(name);
    return { folderName: null, files: texts, images };
  }
  const tops = new Set([...texts.keys(), ...binary.keys()].map((name) => name.split("/")[0]!));
  const [top] = tops;
  if (tops.size !== 1 || top === undefined || !texts.has(`${top}/program.json`)) {
    for (const name of binary.keys()) asText(name);
    return { folderName: null, files: texts, images: new Map() };
  }
  const prefix = `${top}/`;
  const images = new Map<string, Uint8Array>();
  for (const [name, bytes] of binary) {
    const inside = name.slice(prefix.length);
    if (inside.startsWith(IMAGE_FOLDER)) images.set(inside, bytes);
    else asText(name);
  }
  return {
    folderName: top,
    files: new Map([...texts].map(([name, text]) => [name.slice(prefix.length), text])),
    images,
  };
}
