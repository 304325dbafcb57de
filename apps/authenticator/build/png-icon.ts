import { PNG } from 'pngjs';

/** Sésame's brand blue (apps/server/public/sesame.css `--brand`) and white. */
const BRAND: readonly [number, number, number] = [0x0b, 0x4f, 0x8a];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

/** Inside the keyhole: a disc over a trapezoid, centred, within the maskable safe zone (80 %). */
function inKeyhole(x: number, y: number): boolean {
  const dx = x - 0.5;
  const dy = y - 0.4;
  if (dx * dx + dy * dy <= 0.13 * 0.13) return true;
  if (y < 0.4 || y > 0.7) return false;
  const halfWidth = 0.05 + ((y - 0.4) / 0.3) * 0.06;
  return Math.abs(dx) <= halfWidth;
}

/**
 * The app's icon as a PNG (encoded by `pngjs`, truecolour without alpha): a white keyhole on the
 * brand blue, full bleed so it also serves as a maskable icon.
 */
export function keyholeIconPng(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b] = inKeyhole((x + 0.5) / size, (y + 0.5) / size) ? WHITE : BRAND;
      png.data.set([r, g, b, 0xff], (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png, { colorType: 2 });
}
