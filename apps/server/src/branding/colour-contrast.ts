/**
 * Colour arithmetic for the organisation's primary colour (docs/adr/0020): WCAG 2.2 relative
 * luminance and contrast ratio, and the darker shade used for hover states.
 */

/** `#rgb` or `#rrggbb`, case-insensitive. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** WCAG 2.2 SC 1.4.3 (AA): normal text needs 4.5:1 against its background. */
export const MIN_TEXT_CONTRAST = 4.5;

type Rgb = [number, number, number];

function channels(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as Rgb;
}

/** WCAG 2.2, "relative luminance": sRGB channels linearised, then weighted. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2, "contrast ratio": (L1 + 0.05) / (L2 + 0.05), the lighter colour first; 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `#rrggbb`, lower case: the form the stylesheet and its hash use. */
export function normaliseColour(hex: string): string {
  return `#${channels(hex)
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The colour mixed with black (`amount` 0–1): always at least the contrast of the colour with white. */
export function darken(hex: string, amount: number): string {
  const mixed = channels(hex).map((value) => Math.round(value * (1 - amount))) as Rgb;
  return normaliseColour(`#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`);
}
