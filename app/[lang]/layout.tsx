import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { everyPageBundles } from "@/components/i18n/client-translations";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languages } from "@/lib/i18n/settings";
import "../globals.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return languages.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const lang = await routeLanguage(params);
  const t = getT(lang);
  return {
    title: { default: t("home.metaTitle"), template: `%s · ${t("app.name")}` },
    description: t("home.metaDescription"),
    applicationName: t("app.name"),
  };
}

// viewport-fit=cover lets the learner's tab bar pad itself clear of a phone's home indicator
// (env(safe-area-inset-bottom)); globals.css keeps the sides clear of a notch.
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: "#196253",
};

export default async function LanguageLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  // Every response carries a fresh script nonce (proxy.ts), so every page renders per request:
  // a prerendered page would hold no nonce and its scripts would be blocked (ADR 010).
  await connection();
  const lang = await routeLanguage(params);
  const t = getT(lang);
  return (
    <html lang={lang}>
      <body className="flex min-h-dvh flex-col bg-stone-50 text-stone-900 antialiased">
        <I18nProvider lang={lang} bundles={everyPageBundles(lang)}>
          <a
            href="#main"
            className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium text-accent-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:outline-3 focus:outline-accent-600"
          >
            {t("nav.skipToContent")}
          </a>
          <SiteHeader lang={lang} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter lang={lang} />
        </I18nProvider>
      </body>
    </html>
  );
}
