import type { DiffPart } from "@/lib/programs/library-update/word-diff";

type Props = {
  parts: DiffPart[];
  /** Screen-reader words around each change ("removed:", "added:", "end of change"). */
  labels: { removed: string; added: string; end: string };
  lang?: string;
};

/**
 * A word-level difference: removed words struck through in <del>, added words underlined in <ins>,
 * each also named in words for screen readers (colour and strike-through alone are not enough).
 */
export function TextDiff({ parts, labels, lang }: Props) {
  return (
    <p lang={lang} className="max-w-prose break-words whitespace-pre-wrap text-stone-900">
      {parts.map((part, index) => {
        if (part.type === "same") return <span key={index}>{part.text}</span>;
        const removed = part.type === "removed";
        const Tag = removed ? "del" : "ins";
        return (
          <Tag
            key={index}
            className={
              removed
                ? "rounded-sm bg-red-50 text-red-900 decoration-red-800 decoration-2"
                : "rounded-sm bg-accent-50 text-accent-900 decoration-accent-700 decoration-2 underline-offset-4"
            }
          >
            <span className="sr-only">[{removed ? labels.removed : labels.added} </span>
            {part.text}
            <span className="sr-only"> {labels.end}]</span>
          </Tag>
        );
      })}
    </p>
  );
}
