// A council logo file → the layout's logo: PNG or JPEG, its pixel size read
// from the file itself (DOCX needs it to size the picture).
import type { LayoutLogo } from './layout-model';

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Start-of-frame markers carry the size; C4, C8 and CC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

export function readLogo(bytes: Uint8Array, altText: string): LayoutLogo {
  const png = pngSize(bytes);
  if (png) return { data: bytes, type: 'png', widthPx: png.width, heightPx: png.height, altText };
  const jpeg = jpegSize(bytes);
  if (jpeg) return { data: bytes, type: 'jpg', widthPx: jpeg.width, heightPx: jpeg.height, altText };
  throw new Error('The logo must be a PNG or JPEG image.');
}
