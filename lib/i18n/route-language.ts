import { notFound } from "next/navigation";
import { isLanguage, type Language } from "./settings";

/** The language of a route's `[lang]` segment; any other value is a 404. */
export async function routeLanguage(params: Promise<{ lang: string }>): Promise<Language> {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  return lang;
}
