import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArrowLeft, CircleCheck } from "./icons";

describe("icons", () => {
  it("draw lucide's shapes as an <svg> whose look is the .icon class, hidden from screen readers", () => {
    const html = renderToStaticMarkup(<ArrowLeft className="size-4" />);
    expect(html).toBe(
      '<svg viewBox="0 0 24 24" aria-hidden="true" class="icon size-4"><path d="m12 19-7-7 7-7"></path><path d="M19 12H5"></path></svg>',
    );
  });

  it("are announced when given a name", () => {
    const html = renderToStaticMarkup(<CircleCheck role="img" aria-label="Done" />);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Done"');
    expect(html).not.toContain("aria-hidden");
  });
});
