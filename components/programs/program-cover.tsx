import { COVER_HEIGHT, COVER_WIDTH, programCover } from "@/lib/programs/cover";
import { cn } from "@/lib/ui/cn";

/**
 * A program's generated cover (lib/programs/cover.ts) as inline SVG: decorative, so hidden from
 * assistive technology, and drawn with presentation attributes only (the CSP allows no more).
 * No hooks: it renders on the server and inside client lists alike.
 */
export function ProgramCover({ seed, className }: { seed: string; className?: string }) {
  const cover = programCover(seed);
  return (
    <svg
      viewBox={`0 0 ${COVER_WIDTH} ${COVER_HEIGHT}`}
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      focusable="false"
      className={cn("block", className)}
    >
      <rect width={COVER_WIDTH} height={COVER_HEIGHT} fill={cover.background} />
      {cover.shapes.map((shape, index) =>
        shape.kind === "circle" ? (
          <circle key={index} cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} />
        ) : (
          <path key={index} d={shape.d} fill={shape.fill} />
        ),
      )}
    </svg>
  );
}
