import type { MailRequest } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { mailLink } from './mail-links';

const reset = (token: string): MailRequest => ({
  to: 'ada@example.org',
  locale: 'en',
  template: 'password-reset',
  params: { firstName: 'Ada', token, ttlMinutes: 90 },
});

describe('mailLink', () => {
  it('URL-encodes the token', () => {
    expect(mailLink(reset('a+b/c=&d'), 'https://id.example.org')).toBe(
      'https://id.example.org/password/reset?token=a%2Bb%2Fc%3D%26d',
    );
  });

  it('keeps a path prefix and tolerates a trailing slash', () => {
    expect(mailLink(reset('t'), 'https://id.example.org/sesame/')).toBe(
      'https://id.example.org/sesame/password/reset?token=t',
    );
    const notice: MailRequest = {
      to: 'ada@example.org',
      locale: 'en',
      template: 'account-locked',
      params: { firstName: 'Ada', minutes: 15 },
    };
    expect(mailLink(notice, 'https://id.example.org/')).toBe('https://id.example.org/password/forgot');
  });
});
