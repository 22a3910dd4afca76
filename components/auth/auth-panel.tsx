import type { ReactNode, Ref } from "react";

/** The calm, narrow frame the sign-in, verify and sign-out pages share. */
export function AuthPanel({
  icon,
  title,
  lead,
  children,
  titleRef,
}: {
  icon: ReactNode;
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  /** For a panel that changes in place: focus moves to its new title (which it can then take). */
  titleRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <div className="mx-auto max-w-lg px-4 py-12 sm:py-20">
      <div className="rounded-2xl border border-stone-200 bg-white p-6 sm:p-8">
        <div className="flex size-11 items-center justify-center rounded-full bg-accent-50 text-accent-700">
          {icon}
        </div>
        <h1
          ref={titleRef}
          tabIndex={titleRef ? -1 : undefined}
          className="mt-4 text-3xl font-bold tracking-tight text-stone-900 focus:outline-none"
        >
          {title}
        </h1>
        {lead && <div className="mt-3 text-lg leading-relaxed text-stone-700">{lead}</div>}
        {children && <div className="mt-8 flex flex-col gap-6">{children}</div>}
      </div>
    </div>
  );
}
