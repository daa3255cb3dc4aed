/**
 * Recognise compressed and binary files by their first bytes, so that a `.gz`
 * crawl or an image given by mistake gets a clear error instead of a page of
 * U+FFFD characters read as an article.
 */

/** Magic numbers of formats met among crawled files, and what to tell the user. */
const MAGIC: { bytes: number[]; offset?: number; message: string }[] = [
  { bytes: [0x1f, 0x8b], message: 'looks like gzip data; decompress it first' },
  { bytes: [0x42, 0x5a, 0x68], message: 'looks like bzip2 data; decompress it first' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], message: 'looks like xz data; decompress it first' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], message: 'looks like zstd data; decompress it first' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: 'looks like a zip archive; extract it first' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], message: 'looks like a PDF document, not text' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], message: 'looks like a PNG image, not text' },
  { bytes: [0xff, 0xd8, 0xff], message: 'looks like a JPEG image, not text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], message: 'looks like a GIF image, not text' },
];

/** Bytes looked at for NUL bytes: text never has them, binary formats nearly always do. */
const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A known compressed or binary format by its magic number, or null. */
export function describeMagic(bytes: Uint8Array): string | null {
  return MAGIC.find((m) => startsWith(bytes, m.bytes))?.message ?? null;
}

/**
 * Why `bytes` cannot be read as a text or HTML document, or null when they can:
 * a known magic number, or NUL bytes near the start of data that is not UTF-16
 * with a byte order mark.
 */
export function describeBinary(bytes: Uint8Array): string | null {
  const magic = describeMagic(bytes);
  if (magic) return magic;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, SNIFF_BYTES).includes(0)) return 'looks like binary data (NUL bytes), not text';
  return null;
}
