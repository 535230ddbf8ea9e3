/**
 * Vitest 5.1 calls ES2024 built-ins in its main process that Node 20 lacks:
 * `Map.groupBy` when it prints a failed test (without it, every failing run crashes
 * in the reporter with "Map.groupBy is not a function" and test-results/vitest.json is
 * never written), `Object.groupBy` when it updates inline snapshots, and
 * `Promise.withResolvers`. each package's vitest.config.ts imports this module first so those calls
 * work on Node 20; on Node 22+ it changes nothing. Delete it once Node 22 is the floor.
 */

type KeyOf<T, K> = (item: T, index: number) => K;

// Checked through `object` so that TypeScript's ES2024 lib (which declares these) does not
// narrow the constructors to `never` inside the blocks.
const has = (target: object, key: string): boolean => key in target;

if (!has(Map, 'groupBy')) {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: <T, K>(items: Iterable<T>, keyOf: KeyOf<T, K>): Map<K, T[]> => {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

if (!has(Object, 'groupBy')) {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value: <T, K extends PropertyKey>(items: Iterable<T>, keyOf: KeyOf<T, K>): Partial<Record<K, T[]>> => {
      const groups: Partial<Record<K, T[]>> = Object.create(null);
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups[key];
        if (group) group.push(item);
        else groups[key] = [item];
      }
      return groups;
    },
  });
}

if (!has(Promise, 'withResolvers')) {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: <T>() => {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
