import sharp from 'sharp';

/** JPG and PNG only (docs/security.md §16): what phones' cameras and screenshots make. */
export type ImageFormat = 'jpeg' | 'png';

/** Why an upload is refused: not one of the two formats, or an image with something else riding along (a polyglot). */
export type ImageRefusal = { kind: 'not_an_image' } | { kind: 'suspicious'; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]); // IEND and its CRC
/**
 * Markup or script a browser or a server might run if the file were ever served or included as something else. Photos
 * from cameras and screenshots never carry these; XMP metadata (`<?xpacket`, `<x:xmpmeta`) does not match.
 */
const ACTIVE_CONTENT = /<(?:script|html|body|head|iframe|object|embed|svg|form|meta|a\s+href)\b|<\?php|<%[=@\s]|javascript:/i;

/** The format its first bytes declare, or null: the name and the declared type are never looked at. */
export function formatByMagic(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  return null;
}

/**
 * A polyglot check on the file as uploaded: the image must end where its format says it ends (nothing appended, such
 * as a ZIP or a script after a JPEG's end marker), and hold no markup or script anywhere. Re-encoding would drop both
 * anyway; refusing says plainly that such a file is not welcome.
 */
export function polyglotReason(bytes: Buffer, format: ImageFormat): string | null {
  if (format === 'jpeg') {
    // Some cameras pad with zero bytes after the end marker: allowed, nothing else is.
    let end = bytes.length;
    while (end > 2 && bytes[end - 1] === 0x00) end -= 1;
    if (bytes[end - 2] !== 0xff || bytes[end - 1] !== 0xd9) return 'data after the end of the JPEG image';
  } else if (bytes.length < 20 || !bytes.subarray(bytes.length - 8).equals(PNG_END)) {
    return 'data after the end of the PNG image';
  }
  if (ACTIVE_CONTENT.test(bytes.toString('latin1'))) return 'markup or script inside the image file';
  return null;
}

/** The longest side a kept photo has: plenty to read a street sign, far less than a camera's full size. */
export const KEPT_MAX_SIDE = 2560;
/** Decoding stops beyond this many pixels (a small file may claim an enormous picture). */
const MAX_INPUT_PIXELS = 50_000_000;

export interface ReencodedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

/**
 * Checks an upload and makes the only copy the BFF keeps: decoded by sharp, turned upright by its EXIF orientation,
 * scaled down to KEPT_MAX_SIDE, flattened onto white and written as a new JPEG with no metadata at all (no EXIF, no
 * GPS, no XMP, no ICC profile beyond sRGB). The original bytes are never stored.
 */
export async function reencodeImage(bytes: Buffer): Promise<ReencodedImage | ImageRefusal> {
  const format = formatByMagic(bytes);
  if (!format) return { kind: 'not_an_image' };
  let decodedFormat: string | undefined;
  try {
    decodedFormat = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    return { kind: 'not_an_image' };
  }
  if (decodedFormat !== format) return { kind: 'suspicious', reason: `declares ${format} but decodes as ${decodedFormat}` };
  const reason = polyglotReason(bytes, format);
  if (reason) return { kind: 'suspicious', reason };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: KEPT_MAX_SIDE, height: KEPT_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    return { kind: 'not_an_image' };
  }
}
