/** Every occurrence of many patterns in one pass over a text (Aho–Corasick over UTF-16 code units). */
export class PatternMatcher<T> {
  private next: Map<number, number>[] = [new Map()];
  private fail: number[] = [0];
  private outputs: T[][] = [[]];

  constructor(patterns: Iterable<[pattern: string, value: T]>) {
    for (const [pattern, value] of patterns) {
      if (!pattern) continue;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const unit = pattern.charCodeAt(i);
        let child = this.next[node]!.get(unit);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.next[node]!.set(unit, child);
        }
        node = child;
      }
      this.outputs[node]!.push(value);
    }
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [unit, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f && !this.next[f]!.has(unit)) f = this.fail[f]!;
        const target = this.next[f]!.get(unit);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.outputs[child] = [...this.outputs[child]!, ...this.outputs[this.fail[child]!]!];
        queue.push(child);
      }
    }
  }

  /** Calls `found` once per occurrence of a pattern (overlapping occurrences included). */
  scan(text: string, found: (value: T) => void) {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      while (node && !this.next[node]!.has(unit)) node = this.fail[node]!;
      node = this.next[node]!.get(unit) ?? 0;
      for (const value of this.outputs[node]!) found(value);
    }
  }
}
