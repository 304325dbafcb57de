import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isProtocolError } from '@sesame/protocol';
import { createFetchDeviceApi } from '../api/fetch-device-api';
import { Authenticator } from '../authenticator/authenticator';
import { isAuthenticatorError } from '../errors';
import { JsonFileStore } from './json-file-store';

export const USAGE = `usage: sesame-device <command> [--state <file>]
  enrol --qr <text> --pin <pin> [--server <url>]   register this device and accept it at once (the app's
                                                   "Accept" of annex step 10); --server: API base URL,
                                                   default the QR's
  pending                                          list the push requests waiting
  approve <challengeId> --number <n> --pin <pin>   answer a push request: the number the browser shows
  deny <challengeId>                               refuse a push request
  report <challengeId>                             "this wasn't me"
  code --qr <text> --pin <pin>                     offline code for a QR challenge
State: --state, default ~/.sesame-device.json (mode 0600). Output: one JSON document on stdout.`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

class UsageError extends Error {}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`missing --${flag}`);
  return value;
}

/**
 * `sesame-device`: the Authenticator for tests, load generation and automation. The PIN is a
 * command-line argument, visible to other local users in the process list: a test tool, not an
 * app. Exit status 0 when the command ran (an answer the server did not accept included: see
 * `accepted`), 1 on an error (its code on stderr), 2 on a usage error.
 */
export async function runSesameDevice(argv: readonly string[], io: CliIo): Promise<number> {
  // The command comes first, then the challenge id for the commands that take one — read before
  // parseArgs, since a base64url id may begin with "-" — then the options.
  const [command, ...rest] = argv;
  const challengeId = command === 'approve' || command === 'deny' || command === 'report' ? rest.shift() : undefined;
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        state: { type: 'string' },
        server: { type: 'string' },
        qr: { type: 'string' },
        pin: { type: 'string' },
        number: { type: 'string' },
      },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const authenticator = new Authenticator({
    store: new JsonFileStore(values.state ?? join(homedir(), '.sesame-device.json')),
    deviceApi: (server) => createFetchDeviceApi(server),
  });
  const id = () => {
    if (challengeId === undefined) throw new UsageError(`${command} takes a challenge id`);
    return challengeId;
  };
  try {
    let result: unknown;
    switch (command) {
      case 'enrol':
        await authenticator.initialise();
        // No one to tap "Accept" in a script: the CLI accepts the device as soon as the PIN is right.
        result = await authenticator.enrol(required(values.qr, 'qr'), required(values.pin, 'pin'), {
          server: values.server,
          autoAccept: true,
        });
        break;
      case 'pending':
        result = { challenges: await authenticator.pending() };
        break;
      case 'approve': {
        const number = Number(required(values.number, 'number'));
        if (!Number.isInteger(number)) throw new UsageError('--number is an integer');
        result = await authenticator.approve(id(), number, required(values.pin, 'pin'));
        break;
      }
      case 'deny':
        result = await authenticator.deny(id());
        break;
      case 'report':
        result = await authenticator.report(id());
        break;
      case 'code':
        result = await authenticator.offlineCode(required(values.qr, 'qr'), required(values.pin, 'pin'));
        break;
      default:
        throw new UsageError(command === undefined ? 'missing command' : `unknown command ${command}`);
    }
    io.stdout(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (isAuthenticatorError(error) || isProtocolError(error)) {
      io.stderr(`sesame-device: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
