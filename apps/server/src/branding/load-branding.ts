import type { Locale } from '@sesame/protocol';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { SesameConfig } from '../config/config-schema';
import {
  inEveryLocale,
  localisedText,
  type BrandAsset,
  type Branding,
  type Localised,
  type PerLanguage,
} from './branding';
import { darken, normaliseColour } from './colour-contrast';

/** Larger than any header logo needs; keeps a wrong file (a photo) from being served on every page. */
export const MAX_LOGO_BYTES = 100 * 1024;
/** A legal notice is a page of text, not a document store. */
export const MAX_LEGAL_FILE_BYTES = 64 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A file named by the configuration that cannot be used: loadConfig turns it into a ConfigError. */
export class BrandingFileError extends Error {
  override readonly name = 'BrandingFileError';
}

type Organisation = SesameConfig['organisation'];
const localised = localisedText;

/** Blank lines separate paragraphs, as in the plain-text files operators write. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim().replace(/\s*\r?\n\s*/g, ' '))
    .filter((paragraph) => paragraph.length > 0);
}

function perLocale(value: Localised): Record<Locale, string[]> {
  const out = {} as Record<Locale, string[]>;
  for (const [locale, text] of Object.entries(value) as [Locale, string][]) out[locale] = paragraphs(text);
  return out;
}

function readLimited(key: string, file: string, limit: number): Buffer {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new BrandingFileError(`cannot read ${key}=${file}: ${(error as Error).message}`);
  }
  if (size > limit) throw new BrandingFileError(`${key}=${file}: ${size} bytes, more than the ${limit} allowed.`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new BrandingFileError(`cannot read ${key}=${file}: ${(error as Error).message}`);
  }
}

function asset(kind: string, extension: string, contentType: string, body: Buffer): BrandAsset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { path: `/brand/${kind}-${hash}.${extension}`, contentType, body };
}

/** The logo's type from its bytes, not from its name: a PNG signature, or an `<svg` root element. */
function logoAsset(file: string): BrandAsset {
  const body = readLimited('organisation.logoFile', file, MAX_LOGO_BYTES);
  if (body.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return asset('logo', 'png', 'image/png', body);
  const head = body.subarray(0, 4096).toString('utf8');
  if (!body.includes(0) && /^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head))
    return asset('logo', 'svg', 'image/svg+xml', body);
  throw new BrandingFileError(`organisation.logoFile=${file}: not an SVG or PNG image.`);
}

function legalFile(file: string | PerLanguage<string>): Record<Locale, string[]> {
  const read = (path: string) => {
    const text = readLimited('organisation.legalNotice.file', path, MAX_LEGAL_FILE_BYTES).toString('utf8');
    if (text.includes('\uFFFD') || text.includes('\0'))
      throw new BrandingFileError(`organisation.legalNotice.file=${path}: not UTF-8 plain text.`);
    const found = paragraphs(text);
    if (found.length === 0) throw new BrandingFileError(`organisation.legalNotice.file=${path}: the file is empty.`);
    return found;
  };
  // Each file read once, even when several languages fall back to the same one.
  const read1 = new Map<string, string[]>();
  const once = (path: string) => read1.get(path) ?? read1.set(path, read(path)).get(path)!;
  const paths = inEveryLocale(file, (v): v is string => typeof v === 'string');
  const out = {} as Record<Locale, string[]>;
  for (const [locale, path] of Object.entries(paths) as [Locale, string][]) out[locale] = once(path);
  return out;
}

/**
 * `organisation.*` resolved: files read and checked (type, size), the colour turned into a
 * stylesheet, every text in both languages. Throws BrandingFileError naming the key and the file.
 */
export function loadBranding(organisation: Organisation): Branding {
  const { support, legalNotice, privacy } = organisation;
  const colour = organisation.primaryColour && normaliseColour(organisation.primaryColour);
  return {
    name: localised(organisation.name),
    logo: organisation.logoFile === undefined ? undefined : logoAsset(organisation.logoFile),
    // A stylesheet of its own, not a style attribute: the CSP allows styles from 'self' only.
    theme: colour
      ? asset(
          'theme',
          'css',
          'text/css; charset=utf-8',
          Buffer.from(`:root{--brand:${colour};--brand-dark:${darken(colour, 0.25)}}\n`),
        )
      : undefined,
    support: {
      email: support.email,
      // RFC 3966: a tel: URI holds the digits only; "(0)" is the trunk prefix dropped abroad.
      phone:
        support.phone === undefined
          ? undefined
          : { label: support.phone, tel: `tel:${support.phone.replace(/\(0\)/g, '').replace(/[^0-9+]/g, '')}` },
      url: support.url,
      hours: support.hours === undefined ? undefined : localised(support.hours),
    },
    legal:
      legalNotice.url !== undefined
        ? { kind: 'url', url: legalNotice.url }
        : legalNotice.text !== undefined
          ? { kind: 'text', paragraphs: perLocale(localised(legalNotice.text)) }
          : legalNotice.file !== undefined
            ? { kind: 'text', paragraphs: legalFile(legalNotice.file) }
            : { kind: 'none' },
    privacy: {
      url: privacy.url,
      paragraphs: privacy.text === undefined ? undefined : perLocale(localised(privacy.text)),
    },
  };
}
