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
      <ul className="program-links">
        {programs.map((program) => {
          const current = program.id === currentId;
          return (
            <li key={program.id}>
              <NextLink href={program.href} aria-current={current ? "page" : undefined}>
                {program.title}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
