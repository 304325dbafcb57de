import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, errorNotice, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

describe('static files', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await createTestPortal();
  });
  afterAll(() => portal.close());

  it('serves a file', async () => {
    const page = await portal.browser().get('/static/sesame.css');
    expect(page.status).toBe(200);
  });

  // Found by the fuzz suite: a directory went to the portal's 404 page without the portal's
  // context (no language), which threw — a 500.
  it('a directory is the portal’s 404 page, in the user’s language', async () => {
    for (const [language, message] of [
      ['en', en.errors.NOT_FOUND],
      ['fr', fr.errors.NOT_FOUND],
    ] as const) {
      for (const url of ['/static/', '/static/missing-directory/']) {
        const page = await portal.browser(language).get(url);
        expect(page.status).toBe(404);
        expect(page.html).toContain(`<html lang="${language}"`);
        expect(errorNotice(page.html)).toBe(message);
      }
    }
  });
});
