import { en } from '@sesame/server';
import { type Answer, formsIn, textOf, type WebClient } from './web-client';

/**
 * "Manage my mobile devices" as its page shows it (in English): each row's device id (from its
 * action links), name and status. What the attacker sees, and what the suite checks at the end.
 */
export interface ShownDevice {
  id: string;
  name: string;
  status: string;
  active: boolean;
}

export function devicesIn(page: Answer): ShownDevice[] {
  const rows = [...page.html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((m) => m[1]!);
  const shown: ShownDevice[] = [];
  for (const row of rows) {
    const id = /href="\/account\/devices\/([^/"]+)\/(?:rename|delete)"/.exec(row)?.[1];
    const name = /<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/.exec(row)?.[1];
    if (!id || name === undefined) continue;
    const cells = [...row.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map((m) => textOf(m[1]!));
    const status = cells[2] ?? '';
    shown.push({
      id: decodeURIComponent(id),
      name: textOf(name),
      status,
      active: status === en.devices.statuses.active,
    });
  }
  return shown;
}

export async function listDevices(browser: WebClient): Promise<ShownDevice[]> {
  return devicesIn(await browser.follow('/account/devices'));
}

/** The CSRF token the page's forms carry (every portal page has the sign-out form). */
export function csrfIn(page: Answer): string | undefined {
  for (const form of formsIn(page.html, page.url)) {
    const token = form.fields.find((f) => f.name === '_csrf')?.value;
    if (token) return token;
  }
  return undefined;
}
