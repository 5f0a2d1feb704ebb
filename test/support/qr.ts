import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a QR code from a PNG screenshot, as a phone camera would. */
export function decodeQrFromPng(png: Buffer): string {
  const image = PNG.sync.read(png);
  const result = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
  if (result === null) throw new Error('No QR code found in the screenshot');
  return result.data;
}
