/**
 * Makes IndexedDB writes to one table fail on demand, as a full disk or a worker stopped
 * mid-transaction would: a Dexie middleware under every table, so the code under test runs
 * unchanged. Register it before the database opens.
 */
import type Dexie from 'dexie';

export interface WriteFault {
  /** From now on, every write to `table` rejects. */
  arm(table: string): void;
  disarm(): void;
}

export function injectWriteFaults(db: Dexie): WriteFault {
  let failing: string | null = null;
  db.use({
    stack: 'dbcore',
    name: 'test-write-faults',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            failing === name
              ? Promise.reject(new Error(`disk full (writing ${name})`))
              : table.mutate(request),
        };
      },
    }),
  });
  return {
    arm: (table) => {
      failing = table;
    },
    disarm: () => {
      failing = null;
    },
  };
}
