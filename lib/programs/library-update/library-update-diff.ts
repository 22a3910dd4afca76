// What a library update would change in an organization's copy, item by item. Pure: compares the
// library program as it was at the copy's source version with the current version, and each item
// with the copy's own text to tell HR where accepting would replace their local edit.
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import { languages, type Language } from "@/lib/i18n/settings";
import type { LocalizedText } from "../program-texts";

export type ChangeKind = "new" | "changed" | "removed";
export type DetailsField = "title" | "tagline" | "summary" | "quote";
export type TextField = "text" | "title" | "body" | DetailsField;

/** One text of an item in every language, before (library at the copy's version) and after. */
export type TextChange = {
  field: TextField;
  before: LocalizedText;
  after: LocalizedText;
};

export type UpdateItem = {
  /** Stable within an update: "statement:<key>", "resource:<key>" or "details:<field>". */
  id: string;
  type: "statement" | "resource" | "details";
  key: string;
  change: ChangeKind;
  /** The texts that differ (for a new item: all of them with an empty before; removed: empty after). */
  texts: TextChange[];
  /** Statements: know / can before and after (equal when the kind did not change). */
  kind?: { before: "know" | "can" | null; after: "know" | "can" | null };
  /** Quote: its author before and after. */
  author?: { before: string | null; after: string | null };
  /** Resources: the key of the statement it belongs to (after the update; before for a removed one). */
  statementKey?: string;
  /** The copy's text of this item differs from the library's old one: accepting replaces it. */
  localEdit: boolean;
};

/** The copy as far as the update needs it: its details and its items by key. */
export type CopySnapshot = {
  details: Record<Exclude<DetailsField, "quote">, LocalizedText> & {
    quote: { text: LocalizedText; author: string | null } | null;
  };
  statements: { key: string; kind: "know" | "can"; text: LocalizedText }[];
  resources: { key: string; statementKey: string; title: LocalizedText; body: LocalizedText }[];
};

const sameText = (a: LocalizedText, b: LocalizedText) =>
  languages.every((lang: Language) => (a[lang] ?? "") === (b[lang] ?? ""));

type FlatResource = { key: string; statementKey: string; title: LocalizedText; body: LocalizedText };

function flatResources(program: LibraryProgram): FlatResource[] {
  return program.statements.flatMap((statement) =>
    statement.resources.map((resource) => ({
      key: resource.key,
      statementKey: statement.key,
      title: { nb: resource.text.nb.title, en: resource.text.en.title, nl: resource.text.nl.title },
      body: { nb: resource.text.nb.body, en: resource.text.en.body, nl: resource.text.nl.body },
    })),
  );
}

/**
 * The items an update from `before` to `after` changes in `copy`, in the order of the library
 * (details, then each statement followed by its resources, then what was removed). Items the copy
 * no longer has (deleted locally) are left out when changed or removed: there is nothing to update.
 * A new item the copy already has under its key is left out too.
 */
export function diffLibraryVersions(
  before: LibraryProgram,
  after: LibraryProgram,
  copy: CopySnapshot,
): UpdateItem[] {
  const items: UpdateItem[] = [...detailsItems(before, after, copy)];
  const copyStatements = new Map(copy.statements.map((statement) => [statement.key, statement]));
  const copyResources = new Map(copy.resources.map((resource) => [resource.key, resource]));
  const oldStatements = new Map(before.statements.map((statement) => [statement.key, statement]));
  const oldResources = new Map(flatResources(before).map((resource) => [resource.key, resource]));
  const newResources = flatResources(after);
  const newResourceKeys = new Set(newResources.map((resource) => resource.key));

  for (const statement of after.statements) {
    const old = oldStatements.get(statement.key);
    const mine = copyStatements.get(statement.key);
    if (!old) {
      if (!mine)
        items.push({
          id: `statement:${statement.key}`,
          type: "statement",
          key: statement.key,
          change: "new",
          texts: [{ field: "text", before: {}, after: statement.text }],
          kind: { before: null, after: statement.kind },
          localEdit: false,
        });
    } else if (mine && (!sameText(old.text, statement.text) || old.kind !== statement.kind)) {
      items.push({
        id: `statement:${statement.key}`,
        type: "statement",
        key: statement.key,
        change: "changed",
        texts: sameText(old.text, statement.text)
          ? []
          : [{ field: "text", before: old.text, after: statement.text }],
        kind: { before: old.kind, after: statement.kind },
        localEdit: !sameText(mine.text, old.text) || mine.kind !== old.kind,
      });
    }
    for (const resource of newResources.filter((row) => row.statementKey === statement.key)) {
      const oldResource = oldResources.get(resource.key);
      const myResource = copyResources.get(resource.key);
      if (!oldResource) {
        // A new resource needs its statement: in the copy, or new in this update.
        if (!myResource && (mine || !old))
          items.push({
            id: `resource:${resource.key}`,
            type: "resource",
            key: resource.key,
            change: "new",
            texts: [
              { field: "title", before: {}, after: resource.title },
              { field: "body", before: {}, after: resource.body },
            ],
            statementKey: statement.key,
            localEdit: false,
          });
        continue;
      }
      if (!myResource) continue;
      const texts: TextChange[] = [];
      if (!sameText(oldResource.title, resource.title))
        texts.push({ field: "title", before: oldResource.title, after: resource.title });
      if (!sameText(oldResource.body, resource.body))
        texts.push({ field: "body", before: oldResource.body, after: resource.body });
      if (texts.length === 0) continue;
      items.push({
        id: `resource:${resource.key}`,
        type: "resource",
        key: resource.key,
        change: "changed",
        texts,
        statementKey: statement.key,
        localEdit:
          !sameText(myResource.title, oldResource.title) || !sameText(myResource.body, oldResource.body),
      });
    }
  }

  const newStatementKeys = new Set(after.statements.map((statement) => statement.key));
  for (const statement of before.statements) {
    const mine = copyStatements.get(statement.key);
    if (newStatementKeys.has(statement.key) || !mine) continue;
    items.push({
      id: `statement:${statement.key}`,
      type: "statement",
      key: statement.key,
      change: "removed",
      texts: [{ field: "text", before: statement.text, after: {} }],
      kind: { before: statement.kind, after: null },
      localEdit: !sameText(mine.text, statement.text) || mine.kind !== statement.kind,
    });
  }
  for (const resource of oldResources.values()) {
    const mine = copyResources.get(resource.key);
    if (newResourceKeys.has(resource.key) || !mine) continue;
    items.push({
      id: `resource:${resource.key}`,
      type: "resource",
      key: resource.key,
      change: "removed",
      texts: [
        { field: "title", before: resource.title, after: {} },
        { field: "body", before: resource.body, after: {} },
      ],
      statementKey: resource.statementKey,
      localEdit: !sameText(mine.title, resource.title) || !sameText(mine.body, resource.body),
    });
  }
  return items;
}

function detailsItems(before: LibraryProgram, after: LibraryProgram, copy: CopySnapshot): UpdateItem[] {
  const items: UpdateItem[] = [];
  for (const field of ["title", "tagline", "summary"] as const) {
    if (sameText(before[field], after[field])) continue;
    items.push({
      id: `details:${field}`,
      type: "details",
      key: field,
      change: "changed",
      texts: [{ field, before: before[field], after: after[field] }],
      localEdit: !sameText(copy.details[field], before[field]),
    });
  }
  const oldQuote = { text: before.quote?.text ?? {}, author: before.quote?.author ?? null };
  const newQuote = { text: after.quote?.text ?? {}, author: after.quote?.author ?? null };
  const myQuote = { text: copy.details.quote?.text ?? {}, author: copy.details.quote?.author ?? null };
  if (!sameText(oldQuote.text, newQuote.text) || oldQuote.author !== newQuote.author) {
    items.push({
      id: "details:quote",
      type: "details",
      key: "quote",
      change: "changed",
      texts: [{ field: "quote", before: oldQuote.text, after: newQuote.text }],
      author: { before: oldQuote.author, after: newQuote.author },
      localEdit: !sameText(myQuote.text, oldQuote.text) || myQuote.author !== oldQuote.author,
    });
  }
  return items;
}

/** Accept unless HR changed the item locally: then keeping their text is the safe default. */
export function defaultDecision(item: Pick<UpdateItem, "localEdit">): "accept" | "keep" {
  return item.localEdit ? "keep" : "accept";
}
