import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * deploy/nginx/sesame.conf as an unprivileged nginx can run it in a test: everything under `dir`
 * (`nginx -p dir -c dir/nginx.conf`), the test-only localhost certificate instead of the real one,
 * the given ports instead of 80/443 (and of the nodes' 3001/3002), and the upstream that served
 * each request in an access log and an X-Sesame-Upstream response header.
 * Only these lines change; the rest of the file is used as it is.
 */
export const DEPLOY_NGINX_CONF = fileURLToPath(new URL('../deploy/nginx/sesame.conf', import.meta.url));
const TLS_DIR = fileURLToPath(new URL('../apps/server/src/cas/fixtures/tls/', import.meta.url));

export function nginxAvailable(): boolean {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function writeNginxTestConfig(
  dir: string,
  ports: { http: number; https: number; nodes?: [number, number] },
): string {
  mkdirSync(join(dir, 'logs'), { recursive: true });
  copyFileSync(join(TLS_DIR, 'localhost-test-only.cert.pem'), join(dir, 'cert.pem'));
  copyFileSync(join(TLS_DIR, 'localhost-test-only.key.pem'), join(dir, 'key.pem'));
  const site = readFileSync(DEPLOY_NGINX_CONF, 'utf8')
    .replace('/etc/ssl/sesame/fullchain.pem', join(dir, 'cert.pem'))
    .replace('/etc/ssl/sesame/privkey.pem', join(dir, 'key.pem'))
    .replace(/^\s*listen \[::\]:(80|443)[^;]*;\n/gm, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${ports.http};`)
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${ports.https} ssl http2;`)
    .replace('127.0.0.1:3001', `127.0.0.1:${ports.nodes?.[0] ?? 3001}`)
    .replace('127.0.0.1:3002', `127.0.0.1:${ports.nodes?.[1] ?? 3002}`);
  writeFileSync(join(dir, 'sesame.conf'), site);
  const main = join(dir, 'nginx.conf');
  writeFileSync(
    main,
    [
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'logs/error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  log_format upstream '$request_method $uri $status $upstream_addr';`,
      `  access_log ${join(dir, 'logs/access.log')} upstream;`,
      // Which node answered, for the test to see (inherited: the site adds no header of its own).
      `  add_header X-Sesame-Upstream $upstream_addr always;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (name) => `  ${name}_temp_path ${join(dir, `${name}-temp`)};`,
      ),
      `  include ${join(dir, 'sesame.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  return main;
}
