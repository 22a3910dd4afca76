import { describe, expect, it } from "vitest";
import {
  IMAGE_PATH_PREFIX,
  IMAGE_UPLOAD_PATH,
  imageMarkdown,
  imagePath,
  imageUploadPath,
  insertParagraph,
  parseImagePath,
} from "./image-path";

const id = "0195f3a0-1234-7abc-8def-0123456789ab";

describe("image paths", () => {
  it("serve an image of an organization at one address for every language", () => {
    expect(imagePath("acme-as", id)).toBe(`/o/acme-as/images/${id}`);
    expect(parseImagePath(imagePath("acme-as", id))).toEqual({ orgSlug: "acme-as", imageId: id });
    expect(IMAGE_PATH_PREFIX.test(imagePath("acme-as", id))).toBe(true);
  });

  it("recognize nothing else as an image of ours", () => {
    for (const url of [
      `https://evil.example/o/acme/images/${id}`,
      `//evil.example/o/acme/images/${id}`,
      `/nb/o/acme/images/${id}`,
      `/o/acme/images/${id}?x=1`,
      `/o/acme/images/${id}/..`,
      `/o/ACME/images/${id}`,
      "/o/acme/images/not-an-id",
      `data:image/png;base64,${id}`,
    ])
      expect(parseImagePath(url), url).toBeNull();
  });

  it("name the upload route of a program", () => {
    expect(imageUploadPath("en", "acme", id)).toBe(`/en/o/acme/programs/${id}/images`);
    expect(IMAGE_UPLOAD_PATH.test(imageUploadPath("en", "acme", id))).toBe(true);
  });

  it("write alt text that cannot break out of the image's Markdown", () => {
    expect(imageMarkdown("  A chart\n\nof ]growth[ \\ ", "/o/a/images/1")).toBe(
      "![A chart of \\]growth\\[ \\\\](/o/a/images/1)",
    );
  });
});

describe("inserting an image into a text", () => {
  it("makes it a paragraph of its own wherever the cursor is", () => {
    const text = "One.\n\nTwo.";
    expect(insertParagraph(text, 4, "![i](u)")).toBe("One.\n\n![i](u)\n\nTwo.");
    expect(insertParagraph(text, 5, "![i](u)")).toBe("One.\n\n![i](u)\n\nTwo.");
    expect(insertParagraph(text, 6, "![i](u)")).toBe("One.\n\n![i](u)\n\nTwo.");
    expect(insertParagraph(text, text.length, "![i](u)")).toBe("One.\n\nTwo.\n\n![i](u)");
    expect(insertParagraph(text, 0, "![i](u)")).toBe("![i](u)\n\nOne.\n\nTwo.");
    expect(insertParagraph("", 0, "![i](u)")).toBe("![i](u)");
  });
});
