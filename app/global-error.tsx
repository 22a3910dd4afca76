"use client";

import enFatal from "@/locales/en/fatal.json";
import nbFatal from "@/locales/nb/fatal.json";
import nlFatal from "@/locales/nl/fatal.json";
import { languages } from "@/lib/i18n/settings";

// Only these few words, not every string of the app: this page is in every page's bundle (issue 17).
const fatal = { nb: nbFatal, en: enFatal, nl: nlFatal };

/**
 * Last resort when the root layout itself fails: no provider or styles can be trusted here,
 * so the message is given in all three languages with inline styles.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nb">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "36rem",
          margin: "4rem auto",
          padding: "0 1rem",
        }}
      >
        {languages.map((lang) => {
          const text = fatal[lang];
          return (
            <section key={lang} lang={lang} style={{ marginBottom: "2rem" }}>
              <h1 style={{ fontSize: "1.5rem" }}>{text.title}</h1>
              <p>{text.body}</p>
              <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem", fontSize: "1rem" }}>
                {text.retry}
              </button>
            </section>
          );
        })}
      </body>
    </html>
  );
}
