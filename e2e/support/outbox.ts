// The outbox's address with its key (lib/mail/outbox-key.ts), as `npm start` prints it.
import { ensureOutboxKeyWith } from "@/lib/mail/outbox-key-sql";
import { withE2eDatabase } from "./login";

export async function outboxPath(lang: "nb" | "en" | "nl" = "nb"): Promise<string> {
  const key = await withE2eDatabase((client) => ensureOutboxKeyWith(client));
  return `/${lang}/dev/outbox?key=${encodeURIComponent(key)}`;
}
