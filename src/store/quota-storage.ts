/**
 * A Storage with a size limit like a browser's (UTF-16 units of keys and values), for tests of what
 * happens when storage is full. Not used by the app.
 */
export class QuotaStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(public quota = 5_000_000) {}

  get length(): number {
    return this.items.size;
  }
  used(): number {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    const previous = this.items.get(key);
    const after = this.used() - (previous === undefined ? 0 : key.length + previous.length);
    if (after + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
