// A min-heap of (time, container id) so that advancing the clock costs per wake-up, not per container.

export class DueQueue {
  private readonly times: number[] = [];
  private readonly ids: string[] = [];
  /** The latest time queued for each id: older entries for it are stale and skipped. */
  private readonly latest = new Map<string, number>();

  push(time: number, id: string): void {
    this.latest.set(id, time);
    this.times.push(time);
    this.ids.push(id);
    let i = this.times.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.times[parent] as number) <= time) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The earliest live entry's time. */
  peek(): number | undefined {
    this.dropStale();
    return this.times[0];
  }

  pop(): { time: number; id: string } | undefined {
    this.dropStale();
    return this.take();
  }

  private dropStale(): void {
    while (this.times.length > 0 && this.latest.get(this.ids[0] as string) !== this.times[0])
      this.take();
  }

  private take(): { time: number; id: string } | undefined {
    const n = this.times.length;
    if (n === 0) return undefined;
    const top = { time: this.times[0] as number, id: this.ids[0] as string };
    this.swap(0, n - 1);
    this.times.pop();
    this.ids.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.times.length && (this.times[l] as number) < (this.times[m] as number)) m = l;
      if (r < this.times.length && (this.times[r] as number) < (this.times[m] as number)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    if (this.latest.get(top.id) === top.time) this.latest.delete(top.id);
    return top;
  }

  private swap(a: number, b: number): void {
    const t = this.times[a] as number;
    this.times[a] = this.times[b] as number;
    this.times[b] = t;
    const id = this.ids[a] as string;
    this.ids[a] = this.ids[b] as string;
    this.ids[b] = id;
  }
}
