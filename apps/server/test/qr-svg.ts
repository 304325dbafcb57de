import jsQR from 'jsqr';

/** Pixels per QR module in the bitmap handed to jsQR; its quiet zone is in the SVG already. */
const SCALE = 4;

/**
 * The text of a QR code a portal page shows (the enrolment QR, the sign-in QR), read the way a
 * phone reads it: from the image. Pages carry the QR only as a `data:image/svg+xml` URL of the
 * `qrcode` package: a `viewBox` of N×N modules and one stroked path of horizontal runs
 * (`M x y+.5`, `m dx dy`, `h len`), rasterised here and decoded with jsQR, the decoder the
 * authenticator PWA falls back on. For tests and benchmarks, which must not reach into the server.
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
  const path = /<path[^>]*\bstroke="[^"]*"[^>]*\bd="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) throw new Error('not an SVG QR code of the qrcode package');
  const dark = new Uint8Array(size * size);
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const da = Number(a);
    if (op === 'M') [x, y] = [da, Number(b)];
    else if (op === 'm') [x, y] = [x + da, y + Number(b)];
    else {
      const to = op === 'h' ? x + da : da;
      for (let col = x; col < to; col++) dark[Math.floor(y) * size + col] = 1;
      x = to;
    }
  }
  const width = size * SCALE;
  const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      if (!dark[Math.floor(py / SCALE) * size + Math.floor(px / SCALE)]) continue;
      const i = (py * width + px) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
    }
  }
  const code = jsQR(rgba, width, width, { inversionAttempts: 'dontInvert' });
  if (!code) throw new Error('the QR code did not decode');
  return code.data;
}
