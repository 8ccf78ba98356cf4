import { Bitset } from "./bitset";

/** Below one member in 32 slots a sorted list of members is smaller than a bitset (4 bytes a member, 1 bit a slot). */
const SPARSE_RATIO = 32;

/**
 * The initiatives carrying one facet value: a sorted list of slots while it is sparse, a bitset once it is
 * not. Most values (an organisation, a year, a small country) are carried by few of 100,000 initiatives: as
 * bitsets, the index's ~1,800 posting sets took 22 MB, 12.5 kB each whatever their size.
 */
export class PostingSet {
  private members: Int32Array | null = new Int32Array(4);
  private count = 0;
  private bits: Bitset | null = null;

  /** Adds a slot; `capacity` is the index's slot count, which decides when the list becomes a bitset. */
  add(slot: number, capacity: number) {
    if (this.bits) return this.bits.add(slot);
    const members = this.members!;
    const at = this.count && members[this.count - 1]! < slot ? this.count : lowerBound(members, this.count, slot);
    if (at < this.count && members[at] === slot) return;
    if (this.count + 1 > capacity / SPARSE_RATIO && this.count >= 4) {
      this.densify(capacity);
      return this.bits!.add(slot);
    }
    if (this.count === members.length) {
      const grown = new Int32Array(members.length * 2);
      grown.set(members);
      this.members = grown;
    }
    this.members!.copyWithin(at + 1, at, this.count);
    this.members![at] = slot;
    this.count++;
  }

  delete(slot: number) {
    if (this.bits) return this.bits.delete(slot);
    const at = lowerBound(this.members!, this.count, slot);
    if (at === this.count || this.members![at] !== slot) return;
    this.members!.copyWithin(at, at + 1, this.count);
    this.count--;
  }

  has(slot: number): boolean {
    if (this.bits) return this.bits.has(slot);
    const at = lowerBound(this.members!, this.count, slot);
    return at < this.count && this.members![at] === slot;
  }

  size(): number {
    return this.bits ? this.bits.size() : this.count;
  }

  /** Adds every slot of the set to `target`. */
  orInto(target: Bitset) {
    if (this.bits) return void target.or(this.bits);
    for (let i = 0; i < this.count; i++) target.add(this.members![i]!);
  }

  /** Number of slots in both this set and `other`. */
  intersectionSize(other: Bitset): number {
    if (this.bits) return this.bits.intersectionSize(other);
    let total = 0;
    for (let i = 0; i < this.count; i++) if (other.has(this.members![i]!)) total++;
    return total;
  }

  /** Takes the smaller form for `capacity` slots, without spare room (call after a bulk load). */
  fit(capacity: number) {
    if (this.bits) {
      const size = this.bits.size();
      if (size * SPARSE_RATIO >= capacity) return this.bits.fit(capacity);
      this.members = Int32Array.from(this.bits);
      this.count = size;
      this.bits = null;
      return;
    }
    if (this.members!.length > this.count) this.members = this.members!.slice(0, Math.max(1, this.count));
  }

  /** Bytes its members take (for tests and measurements). */
  byteLength(): number {
    return this.bits ? this.bits.words.byteLength : this.members!.byteLength;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    if (this.bits) return yield* this.bits;
    for (let i = 0; i < this.count; i++) yield this.members![i]!;
  }

  private densify(capacity: number) {
    const bits = new Bitset(capacity);
    for (let i = 0; i < this.count; i++) bits.add(this.members![i]!);
    this.bits = bits;
    this.members = null;
    this.count = 0;
  }
}

/** The first index of `sorted[0..length)` whose value is not below `value`. */
function lowerBound(sorted: Int32Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
