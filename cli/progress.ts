// The progress bar on stderr: files done of the total, the rate and the time left. Drawn only when stderr
// is a terminal, so logs and pipes never see it; results on stdout are never mixed with it.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  get active(): boolean {
    return this.stream.isTTY === true && this.total > 1;
  }

  /** One more file finished. */
  tick(): void {
    this.done++;
    if (!this.active) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS && this.done < this.total) return;
    this.lastDraw = t;
    this.stream.write(`\r\x1b[K${this.line(t)}`);
    this.shown = true;
  }

  /** Clears the bar, before results or the summary are written to the same terminal. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = -Infinity;
  }

  line(t: number): string {
    const elapsed = Math.max(t - this.started, 1) / 1000;
    const rate = this.done / elapsed;
    const left = rate > 0 ? (this.total - this.done) / rate : undefined;
    const text = ` ${this.done}/${this.total} files  ${rate.toFixed(1)} files/s  ${left === undefined ? '' : `about ${duration(left)} left`}`;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - text.length - 3));
    const filled = Math.round((this.done / this.total) * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${text}`;
  }
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}
