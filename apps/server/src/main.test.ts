import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from './demo/demo-accounts';
import { startServerProcess } from '../../../tools/server-process';

describe('the server process (main.ts)', () => {
  it('starts with the demo accounts, prints the URLs and accounts, and stops gracefully on SIGTERM', async () => {
    const server = await startServerProcess({ SESAME_DEV_PAGES: 'true' });
    try {
      const out = server.output();
      expect(out).toContain(`${server.url}/login`);
      expect(out).toContain(`${server.url}/dev/outbox`);
      for (const demo of DEMO_ACCOUNTS) expect(out).toContain(`${demo.email}`);
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(await server.exited).toBe(0);
  }, 60_000);
});
