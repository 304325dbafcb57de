import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** main.ts with this environment only; it must stop before opening any store. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Were the check gone, the server would start and listen: never leave it running.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('a bad organisation configuration stops the start with one readable error (ADR 0020)', () => {
  it.each([
    [
      { SESAME_ORGANISATION_PRIMARY_COLOUR: '#ffcc00' },
      /contrast with white text is 1\.\d\d:1[\s\S]*organisation\.primaryColour/,
    ],
    [
      { SESAME_ORGANISATION_LOGO_FILE: '/nonexistent/logo.png' },
      /cannot read organisation\.logoFile=\/nonexistent\/logo\.png/,
    ],
    [
      { SESAME_SUPPORT_URL: 'ftp://example.org' },
      /an http:\/\/ or https:\/\/ address[\s\S]*organisation\.support\.url/,
    ],
  ])(
    '%o',
    async (env, message) => {
      const { code, stderr } = await start({ ...env, PORT: '0', SESAME_STORE_STARTUP_TIMEOUT_SECONDS: '0' });
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr, 'no stack trace').not.toMatch(/^\s+at /m);
    },
    40_000,
  );
});
