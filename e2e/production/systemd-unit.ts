import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEPLOY_UNIT = fileURLToPath(new URL('../../deploy/systemd/sesame@.service', import.meta.url));

/** What a test needs of the unit to start a node as systemd would: its command and environment. */
export interface UnitStart {
  execStart: string[];
  environment: Record<string, string>;
  environmentFile: string;
}

/**
 * The [Service] lines of deploy/systemd/sesame@.service that say how a node starts, for the
 * instance `instance` (`%i`): `ExecStart`, `Environment` (space-separated KEY=value, no quoting
 * used in the file) and `EnvironmentFile`. A small reading of systemd.exec(5), enough for this file.
 */
export function readUnit(instance: string, path = DEPLOY_UNIT): UnitStart {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith(';'));
  const values = (key: string) =>
    lines
      .filter((line) => line.startsWith(`${key}=`))
      .map((line) => line.slice(key.length + 1).replaceAll('%i', instance));
  const environment: Record<string, string> = {};
  for (const assignment of values('Environment').flatMap((value) => value.split(/\s+/))) {
    const at = assignment.indexOf('=');
    environment[assignment.slice(0, at)] = assignment.slice(at + 1);
  }
  const [execStart] = values('ExecStart');
  const [environmentFile] = values('EnvironmentFile');
  if (!execStart || !environmentFile) throw new Error(`${path}: no ExecStart or EnvironmentFile`);
  return { execStart: execStart.split(/\s+/), environment, environmentFile };
}
