import decodeQR from 'qr/decode.js';

/** Pixels per QR module in the bitmap handed to the decoder; its quiet zone is in the SVG already. */
const SCALE = 4;

/**
 * The text of a QR code a portal page shows (the enrolment QR, the sign-in QR), read the way a
 * phone reads it: from the image. Pages carry the QR only as a `data:image/svg+xml` URL drawn by
 * http/qr-image.ts: a `viewBox` of N×N modules, a white background path and one path of
 * horizontal runs of dark modules (`M x y h len …`), rasterised here and decoded with `qr`'s
 * decoder, the one the authenticator PWA falls back on. For tests and benchmarks, which must not
 * reach into the server.
 */
export function qrTextInPage(html: string, testId: string): string {
  const src = new RegExp(
    `<img[^>]*\\bsrc="data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)"[^>]*data-testid="${testId}"`,
  ).exec(html)?.[1];
  if (!src) throw new Error(`no QR code "${testId}" on the page`);
  return decodeQrSvg(Buffer.from(src, 'base64').toString('utf8'));
}

export function decodeQrSvg(svg: string): string {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path fill="#000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) throw new Error('not an SVG QR code of http/qr-image.ts');
  const dark = new Uint8Array(size * size);
  for (const [, x, y, length] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let col = Number(x); col < Number(x) + Number(length); col++) dark[Number(y) * size + col] = 1;
  }
  const width = size * SCALE;
  const rgba = new Uint8Array(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      if (!dark[Math.floor(py / SCALE) * size + Math.floor(px / SCALE)]) continue;
      const i = (py * width + px) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
    }
  }
  try {
    return decodeQR({ width, height: width, data: rgba });
  } catch (error) {
    throw new Error(`the QR code did not decode: ${(error as Error).message}`);
  }
}
