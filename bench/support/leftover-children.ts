import { readdirSync, readFileSync } from 'node:fs';

/**
 * SIGTERM to this process's own children still running (Linux, from /proc/<pid>/stat), by
 * pid: a server caught half-started by Ctrl+C is not in the bench's clean-up list yet, since
 * tools/server-process.ts hands it over only once it is listening. Returns their pids.
 */
export function terminateOwnChildren(): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 is the parent pid; the name in field 2 may hold spaces, hence the split on ") ".
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === process.pid) children.push(Number(entry));
    } catch {
      // The process ended while /proc was read.
    }
  }
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  return children;
}
