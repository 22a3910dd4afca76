// A statement's first and latest level on the four-step scale, side by side (issue 19): a hollow
// mark where the learner started, a filled one where they are now, a line between them. It only
// shows what the sentence next to it says in words, so screen readers skip it.
import { levels, type Level } from "@/lib/learning/levels";
import { cn } from "@/lib/ui/cn";

export function LevelTrack({ first, current }: { first: Level; current: Level }) {
  const from = Math.min(first, current);
  const to = Math.max(first, current);
  return (
    <div aria-hidden="true" className="relative mt-3 grid h-9 max-w-md grid-cols-4 items-center">
      {levels.map((level) => (
        <span
          key={level}
          style={{ gridColumn: level, gridRow: 1 }}
          className="mx-auto h-2 w-full border-x border-white bg-stone-200 text-center first:rounded-l-full last:rounded-r-full"
        />
      ))}
      {to > from && (
        <span
          // From the centre of one step to the centre of the other.
          style={{ gridColumn: `${from} / ${to + 1}`, gridRow: 1, marginInline: `${50 / (to - from + 1)}%` }}
          className="h-1.5 rounded-full bg-accent-600"
        />
      )}
      {first !== current && (
        <span
          style={{ gridColumn: first, gridRow: 1 }}
          className="mx-auto size-5 rounded-full border-3 border-accent-700 bg-white"
        />
      )}
      <span
        style={{ gridColumn: current, gridRow: 1 }}
        className={cn(
          "mx-auto flex size-7 items-center justify-center rounded-full bg-accent-700 text-sm font-bold text-white",
          first === current && "ring-4 ring-accent-200",
        )}
      >
        {current}
      </span>
    </div>
  );
}

/** The key to every track on the page, once: the two marks and the four levels by number. */
export function LevelTrackLegend({
  firstLabel,
  nowLabel,
  levelNames,
}: {
  firstLabel: string;
  nowLabel: string;
  levelNames: Record<Level, string>;
}) {
  return (
    <div aria-hidden="true" className="flex flex-col gap-2 text-sm text-stone-700">
      <p className="flex flex-wrap items-center gap-x-5 gap-y-1">
        <span className="inline-flex items-center gap-2">
          <span className="size-4 rounded-full border-3 border-accent-700 bg-white" />
          {firstLabel}
        </span>
        <span className="inline-flex items-center gap-2">
          <span className="size-4 rounded-full bg-accent-700" />
          {nowLabel}
        </span>
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        {levels.map((level) => (
          <span key={level}>
            <span className="font-semibold text-stone-900">{level}</span> {levelNames[level]}
          </span>
        ))}
      </p>
    </div>
  );
}
