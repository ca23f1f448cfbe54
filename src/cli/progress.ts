import cliProgress from "cli-progress";

/** A progress bar on stderr that stays out of the way of piped output and of quiet runs. */
export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private count = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly label: string,
    private readonly total?: number,
  ) {
    if (enabled && process.stderr.isTTY) {
      this.bar = new cliProgress.SingleBar(
        { format: `${label} [{bar}] {value}/{total} {eta_formatted}`, stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total ?? 0, 0);
    }
  }

  tick(n = 1): void {
    this.count += n;
    if (!this.bar) return;
    if (this.total === undefined) this.bar.setTotal(this.count);
    this.bar.update(this.count);
  }

  /** A message that must not be overwritten by the bar. */
  log(message: string): void {
    if (this.bar) this.bar.stop();
    process.stderr.write(message + "\n");
    if (this.bar) this.bar.start(this.total ?? this.count, this.count);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }

  summary(line: string): void {
    this.stop();
    process.stderr.write(line + "\n");
  }
}
