import encodeQR from 'qr';

/** Blank modules around the code: ISO/IEC 18004 §6.3.8 asks for a quiet zone of 4 modules. */
const QUIET_ZONE = 4;

/**
 * Images kept, most recent last (issue 12 point 5: a QR page redrew its code on every view). A
 * sign-in or enrolment QR is shown again on each poll or reload of its page; a few hundred cover
 * every page open at once and bound the memory (about 5 kB each).
 */
export const QR_IMAGE_CACHE_SIZE = 256;
const cache = new Map<string, string>();

/**
 * A QR code as an image URL for a page: an SVG, so it stays sharp at any size, as a `data:` URL
 * (the CSP allows `img-src data:`, no inline markup). Level M (15 % recovery) keeps the modules
 * large enough for a phone camera reading a screen. Dark modules on a white square, whatever the
 * page's colours: cameras read dark on light.
 */
export async function qrImage(text: string): Promise<string> {
  const cached = cache.get(text);
  if (cached !== undefined) {
    cache.delete(text); // re-inserted below: most recently used last
    cache.set(text, cached);
    return cached;
  }
  const image = `data:image/svg+xml;base64,${Buffer.from(qrSvg(text)).toString('base64')}`;
  cache.set(text, image);
  if (cache.size > QR_IMAGE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return image;
}

/**
 * The SVG: a `viewBox` of N×N modules, a white background and one path of horizontal runs of dark
 * modules (`M x y h len v1 h -len z`), which apps/server/testing/qr-svg.ts reads back.
 */
export function qrSvg(text: string): string {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE });
  const size = modules.length;
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x < size && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<path fill="#fff" d="M0 0h${size}v${size}H0z"/><path fill="#000" d="${path}"/></svg>`
  );
}
