import { splitTextLinks } from "@/lib/mail/text-links";

/** A mail's plain text as written, with its web addresses as links. */
export function OutboxMessageBody({ text }: { text: string }) {
  return (
    <div className="mt-4 border-t border-stone-200 pt-4 text-stone-800 [overflow-wrap:anywhere] whitespace-pre-wrap">
      {splitTextLinks(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href} className="text-link">
            {part.href}
          </a>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}
