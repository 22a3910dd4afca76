import { splitTextLinks } from "@/lib/mail/text-links";

/** A mail's plain text as written, with its web addresses as links. */
export function OutboxMessageBody({ text }: { text: string }) {
  return (
    <div className="mt-4 border-t border-stone-200 pt-4 text-stone-800 [overflow-wrap:anywhere] whitespace-pre-wrap">
      {splitTextLinks(text).map((part, index) =>
        part.kind === "link" ? (
          <a
            key={index}
            href={part.href}
            className="rounded-sm font-medium text-accent-800 underline decoration-accent-300 underline-offset-4 hover:decoration-accent-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
          >
            {part.href}
          </a>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}
