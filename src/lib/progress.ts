/**
 * Progress a person can follow: on a terminal, one self-updating line (`label 40/85 (12/s, ~4 s left) item`);
 * elsewhere (CI, pipes) nothing until `done()`, which prints one summary line.
 */
export interface Progress {
  /** Whether anything is shown before `done()` (a terminal): callers can skip measuring progress otherwise. */
  readonly live: boolean;
  tick(item?: string): void;
  /** Sets the count (for work counted from outside, such as files appearing on disk). */
  update(count: number, item?: string): void;
  done(summary?: string): void;
}

export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  const start = performance.now();
  let n = 0;
  let last = 0;
  const line = (item: string) => {
    const secs = (performance.now() - start) / 1000;
    const rate = secs > 0 ? n / secs : 0;
    const eta = total > 0 && rate > 0 ? `, ~${Math.ceil((total - n) / rate)} s left` : '';
    const count = total > 0 ? `${n}/${Math.max(n, total)} (${rate.toFixed(0)}/s${eta})` : `${n > 0 ? `${n} ` : ''}${secs.toFixed(0)} s`;
    return `${label} ${count} ${item}`.slice(0, (stream.columns || 100) - 1);
  };
  const draw = (item: string) => {
    if (!tty) return;
    const now = performance.now();
    if (now - last < 80 && n < total) return;
    last = now;
    stream.write(`\r\x1b[2K${line(item)}`);
  };
  return {
    live: tty,
    tick(item = '') {
      n++;
      draw(item);
    },
    update(count, item = '') {
      n = count;
      draw(item);
    },
    done(summary) {
      const secs = ((performance.now() - start) / 1000).toFixed(1);
      if (tty) stream.write('\r\x1b[2K');
      stream.write(`${label}: ${summary ?? `${total > 0 ? `${n}/${total} ` : ''}done`} in ${secs} s\n`);
    },
  };
}
