import { rename, writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';

export interface FakeCameraOptions {
  width?: number;
  height?: number;
  /** Identical frames in the file; Chromium plays it in a loop. */
  frames?: number;
}

/** ITU-R BT.601 full-range RGB → Y′CbCr (the JPEG convention of C420jpeg). */
function yuv(r: number, g: number, b: number): [number, number, number] {
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return [
    clamp(0.299 * r + 0.587 * g + 0.114 * b),
    clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b),
    clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b),
  ];
}

/**
 * A Y4M video (YUV4MPEG2, 4:2:0) of a PNG image centred on white, for Chromium's fake camera
 * (`--use-fake-device-for-media-stream --use-file-for-fake-video-capture=<file.y4m>`): the app's
 * camera then "sees" the portal's QR code. The image is scaled down, never up, to fit with a
 * white margin (a QR needs its quiet zone); transparent pixels count as white.
 */
export function pngToY4m(png: Buffer, options: FakeCameraOptions = {}): Buffer {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const frames = options.frames ?? 5;
  const image = PNG.sync.read(png);
  const scale = Math.min(1, (Math.min(width, height) * 0.9) / Math.max(image.width, image.height));
  const w = Math.floor(image.width * scale);
  const h = Math.floor(image.height * scale);
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);

  const luma = Buffer.alloc(width * height, 255);
  const cb = new Float64Array((width / 2) * (height / 2)).fill(0);
  const cr = new Float64Array((width / 2) * (height / 2)).fill(0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let rgb: [number, number, number] = [255, 255, 255];
      const sx = Math.floor((x - left) / scale);
      const sy = Math.floor((y - top) / scale);
      if (x >= left && x < left + w && y >= top && y < top + h && sx < image.width && sy < image.height) {
        const i = (sy * image.width + sx) * 4;
        const alpha = image.data[i + 3]! / 255;
        const over = (c: number) => c * alpha + 255 * (1 - alpha);
        rgb = [over(image.data[i]!), over(image.data[i + 1]!), over(image.data[i + 2]!)];
      }
      const [Y, U, V] = yuv(...rgb);
      luma[y * width + x] = Y;
      const c = (y >> 1) * (width / 2) + (x >> 1);
      cb[c] = (cb[c] ?? 0) + U / 4;
      cr[c] = (cr[c] ?? 0) + V / 4;
    }
  }
  const frame = Buffer.concat([
    Buffer.from('FRAME\n', 'ascii'),
    luma,
    Buffer.from(Array.from(cb, Math.round)),
    Buffer.from(Array.from(cr, Math.round)),
  ]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/**
 * Writes the Y4M of `png` to `path` (see pngToY4m), atomically: a new file renamed over the old
 * one (POSIX rename(2)), so a camera that Chromium opens meanwhile reads either the old picture or
 * the new one, never a file cut short — and one still streaming keeps its own, untouched inode.
 */
export async function writeFakeCamera(path: string, png: Buffer, options?: FakeCameraOptions): Promise<void> {
  const next = `${path}.${process.pid}.next`;
  await writeFile(next, pngToY4m(png, options));
  await rename(next, path);
}

/** The Chromium flags that make `path` the camera and grant media access without a prompt. */
export function fakeCameraArgs(path: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${path}`,
  ];
}
