import { readFileSync } from 'node:fs';

const USER_HZ = 100; // clock ticks per second of /proc/<pid>/stat on Linux

/** User + system CPU time of a process in milliseconds, from /proc/<pid>/stat (fields 14 and 15). */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

/** Resident set size of a process in MiB, from /proc/<pid>/status. */
export function processRssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/**
 * CPU time of a process's main thread (its event loop, for Node) in milliseconds, from
 * /proc/<pid>/task/<pid>/stat: the rest of processCpuMs is spent by libuv's pool (argon2, file
 * and crypto jobs) and V8's helper threads (garbage collection, compilation).
 */
export function mainThreadCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}
