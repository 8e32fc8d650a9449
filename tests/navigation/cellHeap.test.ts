import { describe, expect, it } from 'vitest';
import { CellHeap } from '../../src/navigation/cellHeap';

describe('CellHeap', () => {
  it('pops cells in order of their keys, growing past its first capacity', () => {
    const heap = new CellHeap(4);
    // Keys from a fixed permutation with repeats: 1000 pushes, no Math.random.
    const keys = Array.from({ length: 1000 }, (_, index) => (index * 7919) % 257);
    keys.forEach((key, cell) => heap.push(cell, key));
    expect(heap.size).toBe(1000);
    const popped: number[] = [];
    while (heap.size > 0) popped.push(keys[heap.pop()] ?? -1);
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
    expect(heap.pop()).toBe(-1);
  });

  it('interleaves pushes and pops', () => {
    const heap = new CellHeap();
    heap.push(1, 5);
    heap.push(2, 3);
    expect(heap.pop()).toBe(2);
    heap.push(3, 4);
    heap.push(4, 6);
    expect([heap.pop(), heap.pop(), heap.pop()]).toEqual([3, 1, 4]);
    heap.push(5, 1);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});
