import { describe, expect, it } from 'vitest';
import { networkOf } from './client-network';

describe('networkOf', () => {
  it('keeps an IPv4 address, also when mapped into IPv6', () => {
    expect(networkOf('192.0.2.10')).toBe('192.0.2.10');
    expect(networkOf('::ffff:192.0.2.10')).toBe('192.0.2.10');
  });

  it('reduces an IPv6 address to its /64, however it is written', () => {
    const network = '2001:db8:1:2::/64';
    for (const ip of [
      '2001:db8:1:2::1',
      '2001:0db8:0001:0002:ffff:0:0:1',
      '2001:DB8:1:2:a:b:c:d',
      '2001:db8:1:2::5%eth0',
    ])
      expect(networkOf(ip)).toBe(network);
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('2001:db8:1:3::1')).not.toBe(network);
  });

  it('keeps anything else as it is', () => {
    expect(networkOf('')).toBe('');
    expect(networkOf('unix-socket')).toBe('unix-socket');
  });
});
