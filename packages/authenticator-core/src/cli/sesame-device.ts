/**
 * Entry point: `node --import tsx packages/authenticator-core/src/cli/sesame-device.ts <command>`
 * (root script: `npm run device -- <command>`). See run.ts for the commands.
 */
import { runSesameDevice } from './run';

process.exitCode = await runSesameDevice(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
