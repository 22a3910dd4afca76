import { readdirSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgramCover } from "@/components/programs/program-cover";
import { COVER_HEIGHT, COVER_WIDTH, coverHash, programCover, programCoverSeed } from "./cover";

const librarySlugs = readdirSync(path.join(process.cwd(), "content/programs"));

describe("a program's generated cover", () => {
  it("is the same every time for the same program", () => {
    for (const slug of librarySlugs) expect(programCover(slug)).toEqual(programCover(slug));
    expect(coverHash("handtere-avvisning")).toBe(coverHash("handtere-avvisning"));
  });

  it("differs between the library's programs: each has its own palette, and the motifs vary", () => {
    expect(librarySlugs.length).toBeGreaterThanOrEqual(5);
    const covers = librarySlugs.map((slug) => programCover(slug));
    expect(new Set(covers.map((cover) => cover.background)).size).toBe(librarySlugs.length);
    expect(
      new Set(covers.map((cover) => cover.shapes.map((shape) => shape.kind).join())).size,
    ).toBeGreaterThan(1);
    // Programs of an organization (seeded by id) differ from each other too.
    const ids = ["0194f7e2-1c7e-7a51-9a5e-3f1c0d2b4a61", "0194f7e2-1c7e-7a51-9a5e-3f1c0d2b4a62"];
    expect(programCover(ids[0]!)).not.toEqual(programCover(ids[1]!));
  });

  it("keeps its shapes on the canvas, touching it, with numbers only in the path data", () => {
    for (const seed of [...librarySlugs, "0194f7e2-1c7e-7a51-9a5e-3f1c0d2b4a61", "x"]) {
      const cover = programCover(seed);
      expect(cover.shapes).toHaveLength(3);
      for (const shape of cover.shapes) {
        if (shape.kind === "circle") {
          expect(shape.r).toBeGreaterThan(0);
          expect(shape.cx - shape.r).toBeLessThan(COVER_WIDTH);
          expect(shape.cx + shape.r).toBeGreaterThan(0);
          expect(shape.cy - shape.r).toBeLessThan(COVER_HEIGHT);
          expect(shape.cy + shape.r).toBeGreaterThan(0);
        } else expect(shape.d).toMatch(/^M[-\d .QTLVHZ]+Z$/);
        expect(shape.fill).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it("renders as a few hundred bytes of decorative SVG without a style attribute", () => {
    for (const slug of librarySlugs) {
      const markup = renderToStaticMarkup(<ProgramCover seed={slug} />);
      expect(markup).toMatch(/^<svg[^>]* aria-hidden="true"/);
      expect(markup).not.toMatch(/style=|href=|<script|<image/);
      expect(markup.length).toBeLessThan(700);
    }
  });

  it("gives a copy its library program's cover and an own program one from its id", () => {
    expect(programCoverSeed({ id: "abc", librarySlug: "handtere-avvisning" })).toBe("handtere-avvisning");
    expect(programCoverSeed({ id: "abc", librarySlug: null })).toBe("abc");
  });
});
