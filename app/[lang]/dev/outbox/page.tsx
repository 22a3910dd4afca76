import { Inbox, MailOpen } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { buttonClasses } from "@/components/ui/button";
import { OutboxMessageBody } from "@/components/auth/outbox-message-body";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { isOutboxEnabled, listOutboxMessages } from "@/lib/mail/outbox";
import { isOutboxKey } from "@/lib/mail/outbox-key";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = getT(await routeLanguage(params));
  return { title: t("outbox.metaTitle"), robots: { index: false, follow: false } };
}

/**
 * Mail the app wrote while no SMTP server is configured, for the person who started the app: it
 * opens only with the key `npm start` prints (lib/mail/outbox-key.ts). With SMTP_URL set, or
 * without the key, this page does not exist.
 */
export default async function OutboxPage({ params, searchParams }: Props) {
  const lang = await routeLanguage(params);
  await connection();
  const key = (await searchParams).key;
  if (!isOutboxEnabled() || !(await isOutboxKey(typeof key === "string" ? key : undefined))) notFound();
  const t = getT(lang);
  const messages = await listOutboxMessages();
  const formatTime = new Intl.DateTimeFormat(languageTags[lang], {
    dateStyle: "medium",
    timeStyle: "long",
  });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <h1 className={cn(pageTitleClasses, "flex items-center gap-3 sm:text-4xl")}>
        <Inbox aria-hidden="true" className="size-8 text-accent-700" />
        {t("outbox.title")}
      </h1>
      <p className="mt-3 text-lg leading-relaxed text-stone-700">{t("outbox.lead")}</p>

      {messages.length === 0 ? (
        <section
          aria-labelledby="outbox-empty"
          className="mt-10 rounded-2xl border border-stone-200 bg-white p-8 text-center"
        >
          <MailOpen aria-hidden="true" className="mx-auto size-10 text-accent-700" />
          <h2 id="outbox-empty" className="mt-4 text-xl font-semibold text-stone-900">
            {t("outbox.empty.title")}
          </h2>
          <p className="mt-2 text-stone-700">{t("outbox.empty.body")}</p>
          <Link href={`/${lang}/sign-in`} className={`${buttonClasses("primary")} mt-6`}>
            {t("outbox.empty.action")}
          </Link>
        </section>
      ) : (
        <>
          <p className="mt-6 text-sm text-stone-600">{t("outbox.count", { count: messages.length })}</p>
          <ol className="mt-3 flex flex-col gap-4">
            {messages.map((message) => (
              <li key={message.id}>
                <article
                  aria-labelledby={`mail-${message.id}`}
                  className="rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
                >
                  <h2 id={`mail-${message.id}`} className="text-lg font-semibold text-stone-900">
                    {message.subject}
                  </h2>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="font-medium text-stone-600">{t("outbox.to")}</dt>
                    <dd className="break-all text-stone-900">{message.to}</dd>
                    <dt className="font-medium text-stone-600">{t("outbox.sent")}</dt>
                    <dd className="text-stone-900">
                      <time dateTime={message.createdAt.toISOString()}>
                        {formatTime.format(message.createdAt)}
                      </time>
                    </dd>
                  </dl>
                  <OutboxMessageBody text={message.text} />
                </article>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
