import type { ContentLanguage, StatementKind } from "./program-schema";

/** Plain data (no classes) so it can cross into Server Components and the seed unchanged. */
export type LocalizedText = Record<ContentLanguage, string>;

export interface ResourceText {
  /** From the file's first line, `# Title`. */
  title: string;
  /** Markdown after the title, trimmed. */
  body: string;
}

export interface LibraryResource {
  key: string;
  /** 0-based reading order within the statement. */
  position: number;
  text: Record<ContentLanguage, ResourceText>;
}

export interface LibraryStatement {
  key: string;
  kind: StatementKind;
  /** 0-based order within the program. */
  position: number;
  text: LocalizedText;
  reflectionPrompts: LocalizedText[];
  resources: LibraryResource[];
}

/** A quote translated into each language; who said it and where are the same in all of them. */
export interface LibraryQuote {
  text: LocalizedText;
  author: string | null;
  /** Where it was said (a book, a talk); absent when the content names none. */
  source?: string;
}

export interface LibraryProgram {
  slug: string;
  /** Order in the library list, as written in program.json (1-based, unique). */
  position: number;
  /** Content hash; changes whenever any text of the program changes. See program-version.ts. */
  version: string;
  title: LocalizedText;
  tagline: LocalizedText;
  summary: LocalizedText;
  quote: LibraryQuote | null;
  related: string[];
  statements: LibraryStatement[];
}
