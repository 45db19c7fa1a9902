import { useEffect, useState } from 'react';
import type { Library } from '../../../core/library';
import { loadDrillBank, type DrillBank } from '../../../core/rehearsal/drill-item-bank';
import { toDataFiles } from '../library/bundled-library';

/*
 * The drills are bundled as raw text like the question bank and, like it, lazily: each kind's
 * file is its own chunk, fetched the first time the drills open.
 */
const loaders = import.meta.glob<string>(
  ['../../../../decision-trees/drills/*.json', '!../../../../decision-trees/drills/*schema.json'],
  { query: '?raw', import: 'default' },
);

const banks = new WeakMap<Library, Promise<DrillBank>>();

/** Load and lint the drills once per library (each item is walked through its guide). */
export function loadBundledDrills(library: Library): Promise<DrillBank> {
  let pending = banks.get(library);
  if (!pending) {
    pending = Promise.all(Object.entries(loaders).map(async ([path, load]) => [path, await load()] as const)).then((entries) =>
      loadDrillBank(toDataFiles(Object.fromEntries(entries)), library),
    );
    banks.set(library, pending);
  }
  return pending;
}

export type DrillBankState = { status: 'loading' } | { status: 'ready'; bank: DrillBank } | { status: 'error'; message: string };

export function useDrillBank(library: Library): DrillBankState {
  const [state, setState] = useState<DrillBankState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadBundledDrills(library).then(
      (bank) => live && setState({ status: 'ready', bank }),
      (error: unknown) => live && setState({ status: 'error', message: `The drills could not be loaded (${error instanceof Error ? error.message : String(error)}).` }),
    );
    return () => {
      live = false;
    };
  }, [library]);
  return state;
}
