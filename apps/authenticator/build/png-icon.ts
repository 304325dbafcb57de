import { crc32, deflateSync } from 'node:zlib';

/** Sésame's brand blue (apps/server/public/sesame.css `--brand`) and white. */
const BRAND: readonly [number, number, number] = [0x0b, 0x4f, 0x8a];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

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
 * The app's icon as a PNG (RFC 2083: signature, IHDR, one IDAT of filter-0 RGB rows, IEND):
 * a white keyhole on the brand blue, full bleed so it also serves as a maskable icon.
 */
export function keyholeIconPng(size: number): Buffer {
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    rows[row] = 0; // filter type None
    for (let x = 0; x < size; x++) {
      const [r, g, b] = inKeyhole((x + 0.5) / size, (y + 0.5) / size) ? WHITE : BRAND;
      rows.writeUInt8(r, row + 1 + x * 3);
      rows.writeUInt8(g, row + 2 + x * 3);
      rows.writeUInt8(b, row + 3 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
