import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '@sesame/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../config/config-schema';
import { footerLinks } from './branding';
import { BrandingFileError, loadBranding, MAX_LOGO_BYTES } from './load-branding';

const dir = mkdtempSync(join(tmpdir(), 'sesame-branding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The same value in each language spoken. */
const everyLocale = <T>(value: T) => Object.fromEntries(LOCALES.map((locale) => [locale, value]));
const organisation = (input: Record<string, unknown>) => configSchema.parse({ organisation: input }).organisation;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

describe('the organisation, resolved at start (docs/adr/0020)', () => {
  it('defaults to Sésame: no logo, no theme, no support, no legal notice, the portal’s own pages', () => {
    const branding = loadBranding(organisation({}));
    expect(branding.name).toEqual(everyLocale('Sésame'));
    expect(branding.logo).toBeUndefined();
    expect(branding.theme).toBeUndefined();
    expect(branding.legal).toEqual({ kind: 'none' });
    expect(footerLinks(branding)).toEqual({ help: '/help', contact: '/contact', legal: '/legal', privacy: '/privacy' });
  });

  it('knows a PNG and an SVG logo by their bytes, under an address that changes with the content', () => {
    const png = loadBranding(organisation({ logoFile: file('logo.bin', PNG) })).logo!;
    expect(png.contentType).toBe('image/png');
    expect(png.path).toMatch(/^\/brand\/logo-[0-9a-f]{16}\.png$/);
    const svg = loadBranding(organisation({ logoFile: file('logo.svg', SVG) })).logo!;
    expect(svg.contentType).toBe('image/svg+xml');
    expect(svg.path).toMatch(/^\/brand\/logo-[0-9a-f]{16}\.svg$/);
    const other = loadBranding(organisation({ logoFile: file('other.svg', SVG.replace('10"/>', '9"/>')) })).logo!;
    expect(other.path).not.toBe(svg.path);
  });

  it('refuses a missing logo, a logo too large and a file that is not an image, naming the key and the file', () => {
    const missing = join(dir, 'nowhere.svg');
    expect(() => loadBranding(organisation({ logoFile: missing }))).toThrow(BrandingFileError);
    expect(() => loadBranding(organisation({ logoFile: missing }))).toThrow(
      `cannot read organisation.logoFile=${missing}`,
    );
    const large = file('large.png', Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]));
    expect(() => loadBranding(organisation({ logoFile: large }))).toThrow(
      /organisation\.logoFile=.*more than the 102400 allowed/,
    );
    const jpeg = file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    expect(() => loadBranding(organisation({ logoFile: jpeg }))).toThrow(/not an SVG or PNG image/);
    const html = file('page.svg', '<html><script>alert(1)</script></html>');
    expect(() => loadBranding(organisation({ logoFile: html }))).toThrow(/not an SVG or PNG image/);
  });

  it('turns the primary colour into a stylesheet with a darker hover shade', () => {
    const theme = loadBranding(organisation({ primaryColour: '#1D4ED8' })).theme!;
    expect(theme.path).toMatch(/^\/brand\/theme-[0-9a-f]{16}\.css$/);
    expect(theme.body.toString()).toBe(':root{--brand:#1d4ed8;--brand-dark:#163ba2}\n');
  });

  it('gives texts in both languages, paragraphs split on blank lines, and a dialable phone number', () => {
    const branding = loadBranding(
      organisation({
        name: { fr: 'Ministère', en: 'Ministry' },
        support: { phone: '+33 (0)1 23 45 67 89', hours: 'Mon–Fri 9:00–17:00' },
        legalNotice: { text: { fr: 'Éditeur : DGAL.\n\nHébergeur : SNum.', en: 'Publisher: DGAL.\nParis.' } },
      }),
    );
    expect(branding.name.en).toBe('Ministry');
    expect(branding.support.phone).toEqual({ label: '+33 (0)1 23 45 67 89', tel: 'tel:+33123456789' });
    expect(branding.support.hours).toEqual(everyLocale('Mon–Fri 9:00–17:00'));
    expect(branding.legal).toEqual({
      kind: 'text',
      paragraphs: { ...everyLocale(['Publisher: DGAL. Paris.']), fr: ['Éditeur : DGAL.', 'Hébergeur : SNum.'] },
    });
  });

  it('takes any other EU language given, English where none is given, and refuses a key that is no EU language (ADR 0045 §2)', () => {
    const branding = loadBranding(organisation({ name: { fr: 'Ministère', en: 'Ministry', de: 'Ministerium' } }));
    expect(branding.name.fr).toBe('Ministère');
    expect(branding.name.en).toBe('Ministry');
    for (const locale of LOCALES.filter((l) => l !== 'fr' && l !== 'en'))
      expect(branding.name[locale]).toBe((locale as string) === 'de' ? 'Ministerium' : 'Ministry');
    expect(() => organisation({ name: { fr: 'Ministère', en: 'Ministry', xx: 'Ministry' } })).toThrow();
    expect(() => organisation({ name: { fr: 'Ministère', de: 'Ministerium' } })).toThrow();
    const de = file('impressum.txt', 'Herausgeber: DGAL.\n');
    const en = file('notice-de.txt', 'Publisher: DGAL.\n');
    const fr = file('mentions-de.txt', 'Éditeur : DGAL.\n');
    const legal = loadBranding(organisation({ legalNotice: { file: { fr, en, de } } })).legal;
    expect(legal).toMatchObject({ kind: 'text', paragraphs: { fr: ['Éditeur : DGAL.'], en: ['Publisher: DGAL.'] } });
    if ((LOCALES as readonly string[]).includes('de'))
      expect((legal as { paragraphs: Record<string, string[]> }).paragraphs.de).toEqual(['Herausgeber: DGAL.']);
  });

  it('reads a legal notice file per language, refuses an empty one, and links an external one', () => {
    const fr = file('mentions.txt', 'Éditeur : DGAL.\n\nDirecteur de la publication : X.\n');
    const en = file('notice.txt', 'Publisher: DGAL.\n');
    expect(loadBranding(organisation({ legalNotice: { file: { fr, en } } })).legal).toEqual({
      kind: 'text',
      paragraphs: { ...everyLocale(['Publisher: DGAL.']), fr: ['Éditeur : DGAL.', 'Directeur de la publication : X.'] },
    });
    const empty = file('empty.txt', '\n\n');
    expect(() => loadBranding(organisation({ legalNotice: { file: empty } }))).toThrow(/legalNotice\.file=.*empty/);
    const external = loadBranding(
      organisation({
        legalNotice: { url: 'https://www.example.gouv.fr/mentions' },
        privacy: { url: 'https://www.example.gouv.fr/rgpd' },
      }),
    );
    expect(footerLinks(external)).toMatchObject({
      legal: 'https://www.example.gouv.fr/mentions',
      privacy: 'https://www.example.gouv.fr/rgpd',
    });
  });
});
