import { PNG } from 'pngjs';
import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';

/**
 * A PNG of a QR code of `text` (level M, a quiet zone of 4 modules, `scale` pixels a module), drawn
 * with the server's encoder (`qr`): what a fake camera films (support/fake-camera.ts).
 */
export function qrPng(text: string, scale = 4): Buffer {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  const width = modules.length * scale;
  const png = new PNG({ width, height: width });
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const value = modules[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = value;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/**
 * The text of the QR code in a PNG (a screenshot of an element), decoded with `qr`'s decoder, the
 * one the authenticator app falls back on when the browser has no BarcodeDetector. Null: none read.
 */
export function readQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  try {
    return decodeQR({ width: image.width, height: image.height, data: image.data });
  } catch {
    return null;
  }
}
