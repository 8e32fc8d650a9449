/**
 * A binary min-heap of grid cells (or graph nodes) keyed by a number, for the open lists of A* and
 * of the door graph's shortest path. A hall's walk grid holds a hundred thousand cells, where
 * picking the best open cell by a linear scan is quadratic. Typed arrays keep it compact; it grows
 * by doubling and keeps its size, so a heap reused across searches stops allocating. A cell may be
 * pushed again with a better key: the caller skips the stale copy when it comes out (lazy
 * decrease-key).
 */
export class CellHeap {
  private cells: Int32Array;
  private keys: Float64Array;
  private count = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(1, Math.floor(initialCapacity));
    this.cells = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by its arrays (they only grow). */
  get bytes(): number {
    return this.cells.byteLength + this.keys.byteLength;
  }

  push(cell: number, key: number): void {
    if (this.count === this.cells.length) this.grow();
    const { cells, keys } = this;
    // Sift up: move parents down until the new key's place is found.
    let index = this.count;
    this.count += 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentKey = keys[parent] ?? 0;
      if (parentKey <= key) break;
      cells[index] = cells[parent] ?? 0;
      keys[index] = parentKey;
      index = parent;
    }
    cells[index] = cell;
    keys[index] = key;
  }

  /** The cell with the smallest key, removed; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const { cells, keys } = this;
    const top = cells[0] ?? -1;
    this.count -= 1;
    const last = this.count;
    if (last === 0) return top;
    const cell = cells[last] ?? 0;
    const key = keys[last] ?? 0;
    // Sift down the former last element from the root.
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && (keys[right] ?? 0) < (keys[left] ?? 0) ? right : left;
      const childKey = keys[child] ?? 0;
      if (childKey >= key) break;
      cells[index] = cells[child] ?? 0;
      keys[index] = childKey;
      index = child;
    }
    cells[index] = cell;
    keys[index] = key;
    return top;
  }

  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const cells = new Int32Array(this.cells.length * 2);
    cells.set(this.cells);
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.cells = cells;
    this.keys = keys;
  }
}
