import type { Locale } from '@sesame/protocol';
import type { Messages } from '../i18n/en';

/**
 * The help guide (issue 11, point 5): the instruction's annex, steps 1 to 14, each with the
 * screenshots the end-to-end tests take of that very step (docs/images, `UPDATE_SCREENSHOTS=1`),
 * so the guide shows the product as it is. Texts are in the catalogues (`help.steps`, in order).
 */

/** A screenshot by its name without language: `annex-07-add-device` is `annex-07-add-device-fr.png` in French. */
export type HelpImage = keyof Messages['help']['alt'];

export interface HelpStep {
  /** 1 to 14, the annex's numbering. */
  number: number;
  part: keyof Messages['help']['parts'];
  images: HelpImage[];
  /** The page where the step is done, when the portal has one. */
  href?: string;
}

export const HELP_STEPS: readonly HelpStep[] = [
  { number: 1, part: 'app', images: ['help-app'], href: '/help/app' },
  { number: 2, part: 'app', images: [] },
  { number: 3, part: 'app', images: ['app-welcome'] },
  { number: 4, part: 'app', images: [] },
  { number: 5, part: 'device', images: ['sign-in'], href: '/login' },
  { number: 6, part: 'device', images: ['account'], href: '/account/devices/new' },
  { number: 7, part: 'device', images: ['annex-07-add-device'] },
  { number: 8, part: 'device', images: ['annex-08-qr', 'annex-08-scan'] },
  { number: 9, part: 'device', images: ['annex-09-pin'] },
  { number: 10, part: 'device', images: ['annex-10-accept', 'annex-10-device-added'] },
  { number: 11, part: 'signIn', images: ['sign-in'] },
  { number: 12, part: 'signIn', images: ['annex-12-method'] },
  { number: 13, part: 'signIn', images: ['annex-13-request', 'annex-13-number'] },
  { number: 14, part: 'signIn', images: ['annex-14-signed-in'], href: '/account' },
];

/** The languages the help's screenshots are taken in; the others show the English ones (docs/adr/0045 §2). */
const SCREENSHOT_LOCALES = ['fr', 'en'] as const;

/**
 * The screenshot's file in docs/images. The account-lifecycle test names its pictures with the
 * language first (`fr-sign-in.png`), the others with the language last.
 */
export function helpImageFile(image: HelpImage, locale: Locale): string {
  const shown = (SCREENSHOT_LOCALES as readonly string[]).includes(locale) ? locale : 'en';
  return image === 'sign-in' || image === 'account' ? `${shown}-${image}.png` : `${image}-${shown}.png`;
}

/** Every file the help may ask for: the only names /help/images/ serves. */
export function helpImageFiles(): Set<string> {
  const files = new Set<string>();
  for (const step of HELP_STEPS)
    for (const image of step.images) for (const locale of SCREENSHOT_LOCALES) files.add(helpImageFile(image, locale));
  return files;
}
