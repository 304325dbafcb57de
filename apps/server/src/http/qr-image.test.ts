import type encodeQR from 'qr';
import { describe, expect, it, vi } from 'vitest';
import { decodeQrSvg } from '../../testing/qr-svg';
import { QR_IMAGE_CACHE_SIZE, qrImage, qrSvg } from './qr-image';

const encode = vi.hoisted(() => ({ calls: 0 }));
vi.mock('qr', async (importOriginal) => {
  const { default: encode_ } = await importOriginal<{ default: typeof encodeQR }>();
  return { default: (...args: Parameters<typeof encodeQR>) => (encode.calls++, encode_(...args)) };
});

const svgOf = (url: string) => Buffer.from(url.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');

describe('qrImage', () => {
  it('draws a QR code that reads back as its text, with a quiet zone of 4 modules', async () => {
    const text = 'https://sesame.example/enrol#c=Zm9vYmFy&n=Sésame';
    const svg = svgOf(await qrImage(text));
    expect(decodeQrSvg(svg)).toBe(text);
    const size = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    expect(/M(\d+) (\d+)h/.exec(svg.split('fill="#000"')[1]!)!.slice(1, 3)).toEqual(['4', '4']);
    expect((size - 8 - 17) % 4).toBe(0); // version v is 17 + 4v modules wide
  });

  it('serves the same image again from memory, and forgets the oldest past its bound', async () => {
    const first = await qrImage('otpauth://first');
    const drawn = encode.calls;
    expect(await qrImage('otpauth://first')).toBe(first);
    expect(encode.calls).toBe(drawn);
    for (let i = 0; i < QR_IMAGE_CACHE_SIZE; i++) await qrImage(`otpauth://other-${i}`);
    expect(encode.calls).toBe(drawn + QR_IMAGE_CACHE_SIZE);
    expect(await qrImage('otpauth://first')).toBe(first);
    expect(encode.calls).toBe(drawn + QR_IMAGE_CACHE_SIZE + 1); // forgotten: drawn again
  });

  it('draws dark modules on a white square', () => {
    expect(qrSvg('x')).toMatch(/<path fill="#fff" d="M0 0h(\d+)v\1H0z"\/><path fill="#000"/);
  });
});
