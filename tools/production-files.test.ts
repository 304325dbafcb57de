import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nginxAvailable, writeNginxTestConfig } from './nginx-wrapper';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** docs/operators/production.md shows the deploy/ files as they are (docs/adr/0025). */
describe('the production files (deploy/) and their page', () => {
  const page = read('docs/operators/production.md');

  it.each([
    ['deploy/systemd/sesame@.service', 'ini'],
    ['deploy/sesame.env.example', 'sh'],
    ['deploy/nginx/sesame.conf', 'nginx'],
  ])('docs/operators/production.md shows %s verbatim', (file, language) => {
    expect(page).toContain(`\`\`\`${language}\n${read(file)}\`\`\``);
  });

  it('the unit restarts a node that failed, but not on a configuration error (exit 2), and runs the build', () => {
    const unit = read('deploy/systemd/sesame@.service');
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^RestartPreventExitStatus=2$/m);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node apps\/server\/dist\/main\.js$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/sesame\/sesame\.env$/m);
    expect(unit).toMatch(/^Environment=PORT=%i /m);
    expect(unit).not.toMatch(/^MemoryDenyWriteExecute=true/m); // V8's JIT
  });

  it('systemd-analyze verify finds nothing to say about the unit', () => {
    let analyze = true;
    try {
      execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    } catch {
      analyze = false;
    }
    if (!analyze) return; // not a systemd machine: nothing to verify with (the content checks above still ran)
    const dir = mkdtempSync(join(tmpdir(), 'sesame-unit-'));
    try {
      const copy = join(dir, 'sesame@3001.service');
      execFileSync('cp', [join(root, 'deploy/systemd/sesame@.service'), copy]);
      const run = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
      // Unknown keys and bad values are only warnings (exit 0): any output fails the test.
      expect(run.stdout + run.stderr).toBe('');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const required = (process.env.SESAME_REQUIRE_BACKENDS ?? '').split(',').includes('nginx');
  it.runIf(nginxAvailable() || required)('nginx -t accepts deploy/nginx/sesame.conf', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sesame-nginx-'));
    try {
      const conf = writeNginxTestConfig(dir, { http: 18080, https: 18443 });
      const run = spawnSync('nginx', ['-t', '-q', '-p', dir, '-c', conf], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).toBe('');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
