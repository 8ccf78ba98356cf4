/** A growable set of small non-negative integers (index slots), one bit each. */
export class Bitset {
  words: Uint32Array;

  constructor(capacity = 0) {
    this.words = new Uint32Array(Math.max(1, Math.ceil(capacity / 32)));
  }

  static of(slots: Iterable<number>, capacity = 0): Bitset {
    const set = new Bitset(capacity);
    for (const slot of slots) set.add(slot);
    return set;
  }

  private ensure(slot: number) {
    const needed = (slot >>> 5) + 1;
    if (needed <= this.words.length) return;
    const grown = new Uint32Array(Math.max(needed, this.words.length * 2));
    grown.set(this.words);
    this.words = grown;
  }

  add(slot: number) {
    this.ensure(slot);
    this.words[slot >>> 5] |= 1 << (slot & 31);
  }

  delete(slot: number) {
    const index = slot >>> 5;
    if (index < this.words.length) this.words[index] &= ~(1 << (slot & 31));
  }

  has(slot: number): boolean {
    const index = slot >>> 5;
    return index < this.words.length && (this.words[index] & (1 << (slot & 31))) !== 0;
  }

  /** Drops the words past `capacity` slots (growth doubles; a bulk load leaves up to half unused). */
  fit(capacity: number) {
    const needed = Math.max(1, Math.ceil(capacity / 32));
    if (needed < this.words.length && this.words.subarray(needed).every((word) => word === 0)) this.words = this.words.slice(0, needed);
  }

  clone(): Bitset {
    const copy = new Bitset(0);
    copy.words = this.words.slice();
    return copy;
  }

  /** In place: keeps only the slots also in `other`. */
  and(other: Bitset): this {
    const n = Math.min(this.words.length, other.words.length);
    for (let i = 0; i < n; i++) this.words[i] &= other.words[i];
    this.words.fill(0, n);
    return this;
  }

  /** In place: adds every slot of `other`. */
  or(other: Bitset): this {
    if (other.words.length > this.words.length) this.ensure(other.words.length * 32 - 1);
    for (let i = 0; i < other.words.length; i++) this.words[i] |= other.words[i];
    return this;
  }

  size(): number {
    let total = 0;
    for (let i = 0; i < this.words.length; i++) total += popcount(this.words[i]);
    return total;
  }

  /** Number of slots in both sets, without building the intersection. */
  intersectionSize(other: Bitset): number {
    const n = Math.min(this.words.length, other.words.length);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const word = this.words[i] & other.words[i];
      if (word) total += popcount(word);
    }
    return total;
  }

  /** Calls `visit` with each slot in ascending order: a loop without an iterator step per slot, for sets of tens of thousands. */
  forEach(visit: (slot: number) => void) {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      let word = words[i]!;
      while (word) {
        const low = word & -word;
        word ^= low;
        visit((i << 5) + 31 - Math.clz32(low));
      }
    }
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.words.length; i++) {
      let word = this.words[i];
      while (word) {
        const low = word & -word;
        yield (i << 5) + 31 - Math.clz32(low);
        word ^= low;
      }
    }
  }
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
