/** Open-addressing sets of 32-bit hashes in flat typed arrays (0 marks an empty slot), as the matcher stores them. */

/** Slot of `hash` in an open-addressing table of `mask + 1` slots. */
export function hashSlot(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
}

/** The hashes (none of them 0) in a table at most half full. */
export function hashSet(hashes: ReadonlySet<number>): Int32Array {
  let size = 16;
  while (size < hashes.size * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (const hash of hashes) {
    let slot = hashSlot(hash, mask);
    while (table[slot] !== 0 && table[slot] !== hash) slot = (slot + 1) & mask;
    table[slot] = hash;
  }
  return table;
}
