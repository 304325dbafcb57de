import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorsIn, githubSlug, linksIn } from './markdown-links';

/**
 * Issue 11, point 7: in README.md, docs/ and every other Markdown page, every image and relative link the docs name exists, and every `#anchor` into
 * a Markdown page names one of its headings. External links are not fetched (no network).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** README.md, docs/**, and every other page of the repository (bench, apps, test kits). */
const pages = markdownUnder(root);

/** `page:line → target (why)` for each link of `page` that leads nowhere. */
function brokenLinks(page: string): string[] {
  const broken: string[] = [];
  const name = relative(root, page);
  for (const link of linksIn(readFileSync(page, 'utf8'))) {
    const { target } = link;
    // External (not fetched), mail, and links to the running portal are not files of the repository.
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
    const [pathAndQuery = '', anchor] = target.split('#', 2);
    const path = decodeURIComponent(pathAndQuery.split('?')[0] ?? '');
    if (path.startsWith('/')) {
      broken.push(`${name}:${link.line} → ${target} (a path from the site root: write it relative to the page)`);
      continue;
    }
    const file = path === '' ? page : resolve(dirname(page), path);
    if (!existsSync(file)) {
      broken.push(`${name}:${link.line} → ${target} (no such ${link.image ? 'image' : 'file'})`);
      continue;
    }
    if (anchor !== undefined && file.endsWith('.md') && !anchorsIn(readFileSync(file, 'utf8')).has(anchor)) {
      broken.push(`${name}:${link.line} → ${target} (no heading #${anchor} in ${relative(root, file)})`);
    }
  }
  return broken;
}

describe('docs links', () => {
  it('computes heading anchors as GitHub does, accented letters kept', () => {
    expect(githubSlug('Paramétrer l’app (étapes 1 à 10 de l’annexe)')).toBe('paramétrer-lapp-étapes-1-à-10-de-lannexe');
    expect(githubSlug('Deny, “This wasn’t me”')).toBe('deny-this-wasnt-me');
    expect(githubSlug('Mot de passe oublié ?')).toBe('mot-de-passe-oublié-');
    expect(githubSlug('Set up the app (annex steps 1–10)')).toBe('set-up-the-app-annex-steps-110');
    expect(githubSlug('snake_case and CAS 3.0')).toBe('snake_case-and-cas-30');
    const anchors = anchorsIn('# Title\n\n## Notes\n\n```\n# not a heading\n```\n\n## Notes\n\nSetext\n------\n');
    expect([...anchors]).toEqual(['title', 'notes', 'notes-1', 'setext']);
  });

  it('finds links and images outside code, and ignores those inside', () => {
    const found = linksIn(
      '![a](images/x.png) [b](../c.md#d "t")\n`[no](code.md)`\n```\n[no](fence.md)\n```\n[id]: ref.md\n<img src="y.png" alt="">',
    );
    expect(found.map((link) => [link.target, link.image])).toEqual([
      ['images/x.png', true],
      ['../c.md#d', false],
      ['ref.md', false],
      ['y.png', true],
    ]);
  });

  it.each(pages.map((page) => [relative(root, page), page]))(
    '%s: every image, relative link and anchor exists',
    (_, page) => {
      expect(brokenLinks(page)).toEqual([]);
    },
  );
});
