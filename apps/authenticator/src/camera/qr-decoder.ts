/** One video frame in, the text of a QR code in it (or null) out. */
export type QrDecoder = (video: HTMLVideoElement) => Promise<string | null>;

/** Shape Detection API's BarcodeDetector (not in TypeScript's DOM lib yet). */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorConstructor {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** Frames are scaled down to this width: enough for a QR filling a fifth of the view, cheap to scan. */
const MAX_WIDTH = 640;

async function nativeDecoder(): Promise<QrDecoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
  } catch {
    return null;
  }
  const detector = new Detector({ formats: ['qr_code'] });
  return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
}

/**
 * `qr`'s decoder (paulmillr/qr, zero dependencies) over a canvas copy of the frame; loaded only
 * where the browser has no BarcodeDetector with `qr_code` (headless Chromium, for one).
 */
async function canvasDecoder(): Promise<QrDecoder> {
  const { default: decodeQR } = await import('qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return async (video) => {
    if (video.videoWidth === 0 || video.videoHeight === 0) return null;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    try {
      return decodeQR({ width: image.width, height: image.height, data: image.data });
    } catch {
      return null; // no QR code in this frame (the decoder throws rather than answering null)
    }
  };
}

/** The browser's BarcodeDetector with `qr_code` when it has one, else `qr`'s decoder. */
export async function createQrDecoder(): Promise<QrDecoder> {
  return (await nativeDecoder()) ?? (await canvasDecoder());
}

/** About five frames a second: quick to catch a code, light on a phone's battery. */
export const SCAN_INTERVAL_MS = 200;

/**
 * Decodes frames every SCAN_INTERVAL_MS until `onText` returns true (a code it accepts) or the
 * returned stop function is called. One frame at a time: a slow frame delays the next one.
 */
export function scanFrames(video: HTMLVideoElement, decode: QrDecoder, onText: (text: string) => boolean): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (stopped) return;
    let text: string | null = null;
    try {
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) text = await decode(video);
    } catch {
      text = null; // a frame that cannot be read: try the next one
    }
    if (stopped) return;
    if (text !== null && onText(text)) {
      stopped = true;
      return;
    }
    timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
  };
  timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
