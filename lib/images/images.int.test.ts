// Images in resources (issue 21, item 3), through the real routes against Postgres as the app, with
// only the session stubbed: what the upload takes and refuses (by content, never by name), what it
// stores (resized, no metadata), who may upload and who may see an image, and which images a
// resource's Markdown may show.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as uploadRoute } from "@/app/[lang]/o/[org]/programs/[programId]/images/route";
import { GET as imageRoute } from "@/app/o/[org]/images/[imageId]/route";
import { AppError } from "@/lib/errors/app-error";
import type { ActionResult } from "@/lib/actions/action-result";
import en from "@/locales/en/programs.json";
import nb from "@/locales/nb/programs.json";
import {
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { addResource } from "@/lib/programs/add-resource";
import { addResourceInput, updateResourceInput } from "@/lib/programs/program-input";
import { as, copyForTest, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { updateResource } from "@/lib/programs/update-resource";
import { setupTestDatabase } from "@/tests/db";
import { signIn } from "@/tests/support/action-session";
import { MAX_IMAGE_BYTES } from "./image-limits";
import { imagePath } from "./image-path";
import { imageSizesIn } from "./resource-images";
import { executable, jpegWithExif, png, pngBomb, solid, svgWithScript, webp } from "./testing/test-images";
import type { UploadedImage } from "./upload-image";

// Routes read the session with memberships: for the person getSessionUser's mock names.
vi.mock("@/lib/auth/session", async () =>
  (await import("@/tests/support/request-session")).mockedSessionModule(),
);

const database = setupTestDatabase();

let a: TestOrganization;
let b: TestOrganization;
let programA: string;
let programB: string;

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

beforeEach(async () => {
  [a, b] = await Promise.all([buildOrganization(), buildOrganization()]);
  [programA, programB] = await Promise.all([copyForTest(a.members.admin), copyForTest(b.members.admin)]);
  signIn(a.members.admin);
});

type Upload = { file?: Buffer; name?: string; type?: string; alt?: string };

/** POSTs the upload form as a browser would, as whoever signIn() named. */
async function upload(
  fields: Upload,
  target: { org?: string; programId?: string; lang?: string } = {},
): Promise<{ status: number; body: ActionResult<UploadedImage> }> {
  const lang = target.lang ?? "en";
  const org = target.org ?? a.slug;
  const programId = target.programId ?? programA;
  const form = new FormData();
  if (fields.file)
    form.append(
      "file",
      new Blob([new Uint8Array(fields.file)], { type: fields.type ?? "image/png" }),
      fields.name ?? "photo.png",
    );
  if (fields.alt !== undefined) form.append("alt", fields.alt);
  const request = new Request(`http://evne.test/${lang}/o/${org}/programs/${programId}/images`, {
    method: "POST",
    body: form,
  });
  const response = await uploadRoute(request, { params: Promise.resolve({ lang, org, programId }) });
  return { status: response.status, body: (await response.json()) as ActionResult<UploadedImage> };
}

const uploaded = async (fields: Upload) => {
  const { status, body } = await upload(fields);
  if (!body.ok) throw new Error(`upload refused (${status}): ${body.error}`);
  return body.data;
};

const get = (org: string, imageId: string, headers: Record<string, string> = {}) =>
  imageRoute(new Request(`http://evne.test/o/${org}/images/${imageId}`, { headers }), {
    params: Promise.resolve({ org, imageId }),
  });

const storedImages = (org: TestOrganization) =>
  as(org.members.owner, ({ tx }) =>
    tx.image.findMany({
      select: { id: true, contentType: true, width: true, height: true, byteSize: true, bytes: true },
    }),
  );

/** The English message with its placeholders filled, as the person reads it. */
const englishError = (key: keyof typeof en.images.errors, values: Record<string, string | number> = {}) =>
  en.images.errors[key].replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name]));

describe("the upload takes PNG, JPEG and WebP", () => {
  it("stores a PNG scaled down to 1600 pixels wide and answers with the Markdown to insert", async () => {
    const image = await uploaded({ file: await png(2400, 1200), alt: "A  bar chart\n[of] growth" });
    expect(image).toMatchObject({ width: 1600, height: 800, url: imagePath(a.slug, image.id) });
    // One line, brackets escaped: the alt text cannot break out of the image's Markdown.
    expect(image.markdown).toBe(`![A bar chart \\[of\\] growth](/o/${a.slug}/images/${image.id})`);
    const [row] = await storedImages(a);
    expect(row).toMatchObject({ id: image.id, contentType: "image/png", width: 1600, height: 800 });
    expect(row!.byteSize).toBe(row!.bytes.length);
    expect(await sharp(row!.bytes).metadata()).toMatchObject({ format: "png", width: 1600, height: 800 });
    const audit = await as(a.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({
        where: { action: "program.image.upload" },
        select: { targetId: true, data: true },
      }),
    );
    expect(audit).toEqual([{ targetId: programA, data: expect.objectContaining({ imageId: image.id }) }]);
  });

  it("keeps a small WebP at its size, and the same image uploaded twice is one image", async () => {
    const file = await webp(300, 200);
    const first = await uploaded({ file, name: "x.webp", type: "image/webp", alt: "Logo" });
    const second = await uploaded({ file, name: "again.webp", type: "image/webp", alt: "Logo again" });
    expect(second.id).toBe(first.id);
    expect(second.markdown).toBe(`![Logo again](/o/${a.slug}/images/${first.id})`);
    expect(await storedImages(a)).toEqual([
      expect.objectContaining({ contentType: "image/webp", width: 300, height: 200 }),
    ]);
  });

  it("strips EXIF, GPS included, from a JPEG", async () => {
    const file = await jpegWithExif(800, 600);
    const before = await sharp(file).metadata();
    expect(before.exif?.includes(Buffer.from("Kari Nordmann"))).toBe(true);
    const image = await uploaded({ file, name: "holiday.jpg", type: "image/jpeg", alt: "A beach" });
    const [row] = await storedImages(a);
    const after = await sharp(row!.bytes).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 800, height: 600 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(Buffer.from(row!.bytes).includes(Buffer.from("Kari Nordmann"))).toBe(false);
    expect(image.id).toBe(row!.id);
  });
});

describe("the upload refuses, with a translated message, and stores nothing", () => {
  const refused = async (fields: Upload, field: string, message: string, lang = "en") => {
    const { status, body } = await upload(fields, { lang });
    expect(status).toBe(422);
    expect(body).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [field]: message } });
    expect(await storedImages(a)).toEqual([]);
  };

  it("an executable renamed to .png, whatever content type the browser claimed", async () => {
    await refused(
      { file: executable(), name: "photo.png", type: "image/png", alt: "x" },
      "file",
      englishError("notAnImage"),
    );
  });

  it("an SVG with a script, also when it is called .png", async () => {
    await refused(
      { file: svgWithScript(), name: "chart.png", type: "image/png", alt: "x" },
      "file",
      englishError("svg"),
    );
    await refused(
      { file: svgWithScript(), name: "chart.svg", type: "image/svg+xml", alt: "x" },
      "file",
      englishError("svg"),
    );
  });

  it("a 50-megapixel image", async () => {
    const file = await solid(10_000, 5_000).png().toBuffer();
    expect(file.length).toBeLessThan(MAX_IMAGE_BYTES);
    await refused({ file, alt: "Huge" }, "file", englishError("tooManyPixels", { megapixels: 40 }));
  });

  it("a decompression bomb: a tiny PNG that claims 100 000 × 100 000 pixels", async () => {
    const file = pngBomb();
    expect(file.length).toBeLessThan(200);
    await refused({ file, alt: "Bomb" }, "file", englishError("tooManyPixels", { megapixels: 40 }));
  });

  it("a file over 5 MB, and a body over the upload's limit", async () => {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await refused(
      { file: Buffer.concat([signature, Buffer.alloc(MAX_IMAGE_BYTES)]), alt: "Big" },
      "file",
      englishError("tooLarge", { megabytes: 5 }),
    );
    await refused(
      { file: Buffer.concat([signature, Buffer.alloc(MAX_IMAGE_BYTES + 200_000)]), alt: "Bigger" },
      "file",
      englishError("tooLarge", { megabytes: 5 }),
    );
  });

  it("a damaged file", async () => {
    const whole = await png(400, 300);
    await refused({ file: whole.subarray(0, 60), alt: "Cut" }, "file", englishError("corrupt"));
  });

  it("no alt text, in the person's language", async () => {
    await refused({ file: await png(), alt: "   " }, "alt", englishError("altMissing"));
    await refused({ file: await png() }, "alt", nb.images.errors.altMissing, "nb");
  });

  it("no file, or a body that is not a form", async () => {
    await refused({ alt: "Nothing" }, "file", englishError("fileMissing"));
    const response = await uploadRoute(
      new Request(`http://evne.test/en/o/${a.slug}/programs/${programA}/images`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "alt=x",
      }),
      { params: Promise.resolve({ lang: "en", org: a.slug, programId: programA }) },
    );
    expect(response.status).toBe(422);
  });
});

describe("who may upload", () => {
  const cases: [string, () => TestMember | null, () => { org: string; programId: string }, number][] = [
    ["signed out", () => null, () => ({ org: a.slug, programId: programA }), 401],
    ["an employee of A", () => a.members.employee, () => ({ org: a.slug, programId: programA }), 404],
    ["a manager of A", () => a.members.manager, () => ({ org: a.slug, programId: programA }), 404],
    ["HR of B, in A", () => b.members.admin, () => ({ org: a.slug, programId: programA }), 404],
    [
      "HR of B, in B, naming A's program",
      () => b.members.admin,
      () => ({ org: b.slug, programId: programA }),
      404,
    ],
    ["HR of A, naming B's program", () => a.members.admin, () => ({ org: a.slug, programId: programB }), 404],
    [
      "HR of A, naming no program",
      () => a.members.admin,
      () => ({ org: a.slug, programId: randomUUID() }),
      404,
    ],
  ];
  for (const [who, person, target, status] of cases) {
    it(`${who}: ${status}, nothing stored`, async () => {
      signIn(person());
      const response = await upload({ file: await png(), alt: "Chart" }, target());
      expect(response.status).toBe(status);
      expect(response.body.ok).toBe(false);
      expect([...(await storedImages(a)), ...(await storedImages(b))]).toEqual([]);
    });
  }

  it("owners and admins may", async () => {
    signIn(a.members.owner);
    expect((await upload({ file: await png(), alt: "Chart" })).status).toBe(200);
  });
});

describe("serving an image", () => {
  it("to every member of the organization, cacheable for good but privately, never sniffed", async () => {
    const image = await uploaded({ file: await png(64, 32), alt: "Chart" });
    const [row] = await storedImages(a);
    for (const member of [a.members.employee, a.members.manager, a.members.admin]) {
      signIn(member);
      const response = await get(a.slug, image.id);
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/png",
        "cache-control": "private, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
        "content-disposition": "inline",
        "content-length": String(row!.bytes.length),
      });
      expect(response.headers.get("etag")).toMatch(/^"[0-9a-f]{64}"$/);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(row!.bytes))).toBe(true);
    }
    const etag = (await get(a.slug, image.id)).headers.get("etag")!;
    const again = await get(a.slug, image.id, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("answers 404 to anyone else, and for ids that are not this organization's images", async () => {
    const image = await uploaded({ file: await png(), alt: "Chart" });
    signIn(b.members.admin);
    const imageOfB = await upload({ file: await webp(), alt: "B" }, { org: b.slug, programId: programB });
    if (!imageOfB.body.ok) throw new Error("B's upload failed");
    const answers = [
      await get(a.slug, image.id), // B's HR in A
      await get(b.slug, image.id), // A's image through B's own address
      await (signIn(null), get(a.slug, image.id)), // signed out
      await (signIn(a.members.employee), get(a.slug, imageOfB.body.data.id)), // B's image through A
      await get(a.slug, randomUUID()),
      await get(a.slug, "not-an-id"),
    ];
    for (const response of answers) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });
});

describe("images in a resource's Markdown", () => {
  const resourceOf = (programId: string, member: TestMember) =>
    as(member, ({ tx }) =>
      tx.programResource.findFirstOrThrow({
        where: { programId },
        select: { id: true, lockVersion: true, statementId: true },
      }),
    );
  const save = async (body: string) => {
    const resource = await resourceOf(programA, a.members.admin);
    return as(a.members.admin, ({ tx, ctx }) =>
      updateResource({
        tx,
        ctx,
        input: updateResourceInput.parse({
          resourceId: resource.id,
          language: "nb",
          lockVersion: String(resource.lockVersion),
          title: "Les dette",
          body,
        }),
      }),
    );
  };
  const refusal = (body: string) =>
    save(body).then(
      () => null,
      (error: unknown) => {
        if (!(error instanceof AppError)) throw error;
        return { code: error.code, messageValues: error.messageValues, fieldErrors: error.fieldErrors };
      },
    );

  it("accepts the organization's own image with alt text, and knows its size", async () => {
    const image = await uploaded({ file: await png(2000, 1000), alt: "Chart" });
    const body = `Først tekst.\n\n${image.markdown}\n\nSå mer.`;
    expect(await save(body)).toMatchObject({ changed: true });
    const sizes = await as(a.members.employee, ({ tx, ctx }) => imageSizesIn({ tx, ctx, markdown: [body] }));
    expect(sizes).toEqual({ [image.id]: { width: 1600, height: 800 } });
    // A reference-style image is the same image.
    expect(await save(`Tekst ![Diagram][d]\n\n[d]: /o/${a.slug}/images/${image.id}`)).toMatchObject({
      changed: true,
    });
  });

  it("refuses any other image, naming its line: another site, a data: URL, another organization's, an unknown id", async () => {
    signIn(b.members.admin);
    const imageOfB = await upload({ file: await webp(), alt: "B" }, { org: b.slug, programId: programB });
    if (!imageOfB.body.ok) throw new Error("B's upload failed");
    const notOurs = (line: number) => ({
      code: "INVALID",
      messageValues: { line },
      fieldErrors: { body: "programs:images.errors.notOurs" },
    });
    expect(await refusal("Tekst\n\n![Logo](https://evil.example/logo.png)")).toEqual(notOurs(3));
    expect(await refusal("![Pixel](data:image/png;base64,iVBORw0KGgo=)")).toEqual(notOurs(1));
    expect(await refusal(`A\n\nB\n\n${imageOfB.body.data.markdown}`)).toEqual(notOurs(5));
    expect(await refusal(`![B](${imagePath(a.slug, imageOfB.body.data.id)})`)).toEqual(notOurs(1));
    expect(await refusal(`![Nothing](${imagePath(a.slug, randomUUID())})`)).toEqual(notOurs(1));
    expect(await refusal(`![Ref][x]\n\n[x]: https://evil.example/x.png`)).toEqual(notOurs(1));
  });

  it("refuses an image without alt text, also in a new resource's Bokmål text", async () => {
    const image = await uploaded({ file: await png(), alt: "Chart" });
    expect(await refusal(`Tekst\n\n![](${image.url})`)).toEqual({
      code: "INVALID",
      messageValues: { line: 3 },
      fieldErrors: { body: "programs:images.errors.altMissingInText" },
    });
    const { statementId } = await resourceOf(programA, a.members.admin);
    const adding = as(a.members.admin, ({ tx, ctx }) =>
      addResource({
        tx,
        ctx,
        input: addResourceInput.parse({
          statementId,
          language: "en",
          title: "Read",
          body: "Text",
          titleNb: "Les",
          bodyNb: `![ ](${image.url})`,
        }),
      }),
    );
    await expect(adding).rejects.toMatchObject({
      fieldErrors: { bodyNb: "programs:images.errors.altMissingInText" },
    });
  });
});
