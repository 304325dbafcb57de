/**
 * The measuring instrument of issue 11, point 2 ("Count the actions of the enrolment … in the
 * end-to-end test and print the figure; get it to ≤ 10"): a recorder of what a person does with
 * a computer and a phone, for Playwright journeys (e2e/support/agent-journey.ts) and the bench
 * (bench/enrolment-actions.bench.ts).
 *
 * Counting rule — one action is one thing a person decides to do and does:
 * - a click or a tap (a button, a link);
 * - a field filled: every keystroke inside one field is ONE action (the same field filled again
 *   right after, say a correction, is still that one action);
 * - a choice in a list, a box ticked;
 * - a PIN on the app's keypad: ONE action, as a PIN typed in a field (its four digits are one
 *   decision; the keypad's "OK", where there is one, is a second action);
 * - a scan: pointing a camera at a QR code, the app's camera or the phone's own camera opening the
 *   address it shows;
 * - opening an address: following a mail's link.
 * What the machines do by themselves (a page moving on, a request appearing) is no action; waiting
 * and reading are no action either (the machine time shows the waiting).
 *
 * Machine time: the wall-clock time of a phase, from its start to the start of the next (or
 * `end()`), less the time spent `aside` — the test's own checks (axe-core, assertions), which no
 * person waits for. A person's time is this plus reading and thinking.
 */

export type Device = 'computer' | 'phone';
export type ActionKind = 'click' | 'fill' | 'select' | 'check' | 'keypad' | 'scan' | 'open';

export interface Action {
  phase: string;
  device: Device;
  kind: ActionKind;
  label: string;
  /** Wall-clock ms the action itself took (a fill merged with the one before adds to it). */
  ms: number;
}

/** What the recorder needs of a Playwright Locator: structural, so that a plain test can fake it. */
export interface Clickable {
  click(): Promise<void>;
}
export interface Fillable {
  fill(value: string): Promise<void>;
}
export interface Selectable {
  selectOption(option: { label: string } | string): Promise<string[]>;
}
export interface Checkable {
  check(): Promise<void>;
}

interface Phase {
  name: string;
  startedAt: number;
  endedAt?: number;
  asideMs: number;
}

const KIND_WORDS: Record<ActionKind, string> = {
  click: 'click',
  fill: 'fill',
  select: 'select',
  check: 'tick',
  keypad: 'keypad',
  scan: 'scan',
  open: 'open',
};

export class ActionRecorder {
  readonly #actions: Action[] = [];
  readonly #phases: Phase[] = [];
  #asideDepth = 0;

  /**
   * `title` names the run in the summary (e.g. the language: "enrolment (fr)"); `now` is the
   * clock in ms (performance.now by default; a test passes its own).
   */
  constructor(
    readonly title: string,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Starts the phase `name` (and ends the one running): what follows is counted under it. */
  phase(name: string): void {
    if (this.#phases.some((p) => p.name === name)) throw new Error(`the phase "${name}" was already recorded`);
    this.end();
    this.#phases.push({ name, startedAt: this.now(), asideMs: 0 });
  }

  /** Ends the running phase, if any: its machine time stops here. */
  end(): void {
    const running = this.#phases.at(-1);
    if (running && running.endedAt === undefined) running.endedAt = this.now();
  }

  /** The running phase's name; an action outside any phase is a mistake of the journey. */
  get current(): string {
    const running = this.#phases.at(-1);
    if (!running || running.endedAt !== undefined) throw new Error('an action was recorded outside any phase');
    return running.name;
  }

  /**
   * Records one action of `kind` on `device` while `work` does it. A fill of the same field (same
   * device and label) right after another is merged into it: keystrokes in one field, one action.
   */
  async act<T>(device: Device, kind: ActionKind, label: string, work: () => Promise<T>): Promise<T> {
    const phase = this.current;
    const started = this.now();
    const result = await work();
    const ms = this.now() - started;
    const last = this.#actions.at(-1);
    if (
      kind === 'fill' &&
      last?.phase === phase &&
      last.kind === 'fill' &&
      last.device === device &&
      last.label === label
    ) {
      last.ms += ms;
    } else {
      this.#actions.push({ phase, device, kind, label, ms });
    }
    return result;
  }

  /** Runs `work` (a check, an assertion) outside the count and the machine time. */
  async aside<T>(work: () => Promise<T>): Promise<T> {
    if (this.#asideDepth > 0) return work();
    const phase = this.#phases.at(-1);
    const started = this.now();
    this.#asideDepth++;
    try {
      return await work();
    } finally {
      this.#asideDepth--;
      if (phase && phase.endedAt === undefined) phase.asideMs += this.now() - started;
    }
  }

  click(device: Device, label: string, target: Clickable): Promise<void> {
    return this.act(device, 'click', label, () => target.click());
  }

  fill(device: Device, label: string, target: Fillable, value: string): Promise<void> {
    return this.act(device, 'fill', label, () => target.fill(value));
  }

  async select(device: Device, label: string, target: Selectable, option: { label: string } | string): Promise<void> {
    await this.act(device, 'select', label, () => target.selectOption(option));
  }

  check(device: Device, label: string, target: Checkable): Promise<void> {
    return this.act(device, 'check', label, () => target.check());
  }

  /** A PIN on the app's keypad: every digit tapped by `work`, one action. */
  keypad(device: Device, label: string, work: () => Promise<void>): Promise<void> {
    return this.act(device, 'keypad', label, work);
  }

  /** A camera pointed at a QR code; `work` simulates what the camera and the app then do. */
  scan<T>(device: Device, label: string, work: () => Promise<T>): Promise<T> {
    return this.act(device, 'scan', label, work);
  }

  /** An address opened (a mail's link followed). */
  open(device: Device, label: string, work: () => Promise<unknown>): Promise<void> {
    return this.act(device, 'open', label, async () => {
      await work();
    });
  }

  /** The actions recorded, of one phase or of all. */
  actions(phase?: string): readonly Action[] {
    return phase === undefined ? [...this.#actions] : this.#actions.filter((a) => a.phase === phase);
  }

  /** The phases, in their order. */
  phases(): readonly string[] {
    return this.#phases.map((p) => p.name);
  }

  count(phase: string): number {
    return this.actions(phase).length;
  }

  /** The phase's machine time in seconds (still running: until now). */
  machineSeconds(phase: string): number {
    const p = this.#phases.find((candidate) => candidate.name === phase);
    if (!p) throw new Error(`no phase "${phase}" was recorded`);
    return ((p.endedAt ?? this.now()) - p.startedAt - p.asideMs) / 1000;
  }

  /** The phase's actions as a text table: number, device, kind, label, seconds. */
  table(phase: string): string {
    const rows = this.actions(phase).map((a, i) => [
      String(i + 1),
      a.device,
      KIND_WORDS[a.kind],
      a.label,
      (a.ms / 1000).toFixed(1),
    ]);
    const header = ['#', 'device', 'action', 'what', 's'];
    const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
    const line = (cells: string[]) =>
      `| ${cells.map((c, col) => (col === 0 || col === 4 ? c.padStart(widths[col]!) : c.padEnd(widths[col]!))).join(' | ')} |`;
    return [
      `${this.#label(phase)}:`,
      line(header),
      `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...rows.map(line),
    ].join('\n');
  }

  /** `enrolment (fr): 10 actions (target ≤ 10), 14.2 s of machine time`. */
  summary(phase: string, target?: number): string {
    const n = this.count(phase);
    const goal = target === undefined ? '' : ` (target ≤ ${target})`;
    return `${this.#label(phase)}: ${n} action${n === 1 ? '' : 's'}${goal}, ${this.machineSeconds(phase).toFixed(1)} s of machine time`;
  }

  /** The table and the summary of a phase, printed (console.log: vitest and the bench show it); returns the summary. */
  print(phase: string, target?: number): string {
    const summary = this.summary(phase, target);
    console.log(`${this.table(phase)}\n${summary}\n`);
    return summary;
  }

  #label(phase: string): string {
    return `${phase} (${this.title})`;
  }
}
