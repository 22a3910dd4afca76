// The team dashboard shows one program at a time (ADR 043): the progress table, the statement ×
// level view and the shared ratings of the program chosen here, as links (?program=…) so it works
// without JavaScript and can be shared. Only when the team has more than one program.
import NextLink from "next/link";

type Props = {
  /** "Program shown below" */
  label: string;
  programs: { id: string; title: string; href: string }[];
  currentId: string;
};

export function ProgramSwitcher({ label, programs, currentId }: Props) {
  return (
    <nav id="programs" aria-labelledby="program-switcher-label" className="flex flex-col gap-2 print:hidden">
      <p id="program-switcher-label" className="font-medium text-stone-900">
        {label}
      </p>
      <ul className="flex flex-wrap gap-2">
        {programs.map((program) => {
          const current = program.id === currentId;
          return (
            <li key={program.id}>
              <NextLink
                href={program.href}
                aria-current={current ? "page" : undefined}
                className={
                  current
                    ? "inline-flex min-h-11 items-center rounded-full bg-accent-800 px-4 font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                    : "inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 font-medium text-accent-800 underline decoration-accent-300 underline-offset-4 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                }
              >
                {program.title}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
