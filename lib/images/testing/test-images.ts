// Images made in the test, so no fixture file is committed: real encodings from sharp, and the
// hostile files by hand (a few bytes each, however many pixels they claim).
import { deflateSync, crc32 } from "node:zlib";
import sharp from "sharp";

export const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 90 } } });

export const png = (width = 40, height = 20) => solid(width, height).png().toBuffer();
export const webp = (width = 40, height = 20) => solid(width, height).webp().toBuffer();

/** A JPEG carrying EXIF: who took it, and where (GPS). */
export const jpegWithExif = (width = 40, height = 20) =>
  solid(width, height)
    .jpeg()
    .withExif({
      IFD0: { Copyright: "Kari Nordmann", Artist: "Kari Nordmann" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "59/1 54/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "10/1 45/1 0/1",
      },
    })
    .toBuffer();

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/**
 * A decompression bomb: a valid PNG of under a hundred bytes whose header claims 100 000 × 100 000
 * pixels (30 GB decoded). Only the header may be read.
 */
export function pngBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.alloc(1024))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The start of a Linux executable (ELF), to be named photo.png. */
export const executable = () =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);

export const svgWithScript = () =>
  Buffer.from(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">' +
      '<script>fetch("/api/steal?c=" + document.cookie)</script><rect width="100" height="100"/></svg>',
  );
