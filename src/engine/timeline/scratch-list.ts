/**
 * A list emptied and refilled at every step of the simulation. Emptying an array with
 * `length = 0` drops its storage in V8, so the next step would allocate it again; this one keeps it.
 */
export class ScratchList<T> {
  private readonly items: T[] = [];
  size = 0;

  push(item: T): void {
    this.items[this.size++] = item;
  }

  get(i: number): T {
    return this.items[i]!;
  }

  clear(): void {
    this.size = 0;
  }

  /** Sorts the list in place by a number (an insertion sort: the lists hold a handful of items). */
  sortBy(key: (item: T) => number): void {
    const items = this.items;
    for (let i = 1; i < this.size; i++) {
      const item = items[i]!;
      const k = key(item);
      let j = i;
      while (j > 0 && key(items[j - 1]!) > k) {
        items[j] = items[j - 1]!;
        j--;
      }
      items[j] = item;
    }
  }
}
