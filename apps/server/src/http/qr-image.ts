import QRCode from 'qrcode';

/**
 * A QR code as an image URL for a page: an SVG, so it stays sharp at any size, as a `data:` URL
 * (the CSP allows `img-src data:`, no inline markup). Level M (15 % recovery) keeps the modules
 * large enough for a phone camera reading a screen.
 */
export async function qrImage(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
