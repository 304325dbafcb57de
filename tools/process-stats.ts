import { readdirSync, readFileSync } from 'node:fs';

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

/**
 * Nanosecond CPU time, from /proc/<pid>/task/<tid>/schedstat (its first field, time spent on a
 * CPU): fine enough to weigh one request, where /proc/<pid>/stat counts in 10 ms ticks.
 * `mainThreadCpuNs` is the event loop's; `processCpuNs` sums every thread of the process.
 */
export function mainThreadCpuNs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
}

export function processCpuNs(pid: number): number {
  let sum = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      sum += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended between the listing and the read: its time is gone from the sum.
    }
  }
  return sum;
}
