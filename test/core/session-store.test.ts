import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateSession, newSession } from '../../src/core/session/ops';
import type { Session } from '../../src/core/session/schema';
import { createSessionStore, type SessionBacking, type StoreName } from '../../src/core/session/store';
import { guides } from './session-arbitraries';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/store/${name}`, import.meta.url), 'utf8');
const messaging = guides.find((g) => g.id === 'messaging')!;
const clock = () => {
  let t = Date.UTC(2025, 0, 1);
  return () => new Date((t += 60_000));
};

/** A backing in memory that records what moved aside, like a folder of files would. */
function memoryBacking(initial: Partial<Record<StoreName, string>> = {}) {
  const data = new Map<string, string>(Object.entries(initial));
  const writes: StoreName[] = [];
  const backing: SessionBacking = {
    read: (name) => data.get(name) ?? null,
    write: (name, text) => {
      writes.push(name);
      data.set(name, text);
    },
    moveAside: (name, stamp) => {
      const target = `${name}.corrupt-${stamp}.json`;
      data.set(target, data.get(name)!);
      data.delete(name);
      return target;
    },
    locate: (name) => `${name}.json`,
  };
  return { backing, data, writes };
}

const session = (name: string, now: () => Date): Session => newSession(messaging, name, now());

describe('session store', () => {
  it('starts empty, saves, and lists most recent first', async () => {
    const now = clock();
    const store = createSessionStore(memoryBacking().backing, { now });
    expect(await store.list()).toEqual({ sessions: [], archived: 0, notices: [] });
    const a = session('A', now);
    const b = session('B', now);
    await store.put(a);
    await store.put(b);
    expect((await store.list()).sessions.map((s) => s.name)).toEqual(['B', 'A']);
    await store.put({ ...a, updatedAt: now().toISOString() });
    expect((await store.list()).sessions.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('delete, then undo by putting the same session back, restores it exactly', async () => {
    const now = clock();
    const store = createSessionStore(memoryBacking().backing, { now });
    const a = session('A', now);
    await store.put(a);
    expect(await store.remove(a.id)).toBe(true);
    expect(await store.remove(a.id)).toBe(false);
    expect((await store.list()).sessions).toEqual([]);
    await store.put(a);
    expect((await store.list()).sessions).toEqual([a]);
  });

  it('past the cap, the least recent sessions go to the archive and can be brought back', async () => {
    const now = clock();
    const { backing, data } = memoryBacking();
    const store = createSessionStore(backing, { now, cap: 3 });
    const made = [1, 2, 3, 4, 5].map((n) => session(`S${n}`, now));
    const archivedBy = [];
    for (const s of made) archivedBy.push((await store.put(s)).archived);
    expect(archivedBy).toEqual([0, 0, 0, 1, 1]);
    const listing = await store.list();
    expect(listing.sessions.map((s) => s.name)).toEqual(['S5', 'S4', 'S3']);
    expect(listing.archived).toBe(2);
    expect((await store.archive()).map((s) => s.name)).toEqual(['S2', 'S1']);
    expect(JSON.parse(data.get('sessions')!).sessions).toHaveLength(3);

    expect(await store.unarchive(made[0]!.id)).toEqual({ archived: 1 });
    expect((await store.list()).sessions.map((s) => s.name)).toEqual(['S1', 'S5', 'S4']);
    expect((await store.archive()).map((s) => s.name).sort()).toEqual(['S2', 'S3']);
  });

  it('refuses an invalid session without writing anything', async () => {
    const { backing, writes } = memoryBacking();
    const store = createSessionStore(backing);
    await expect(store.put({ ...session('A', clock()), name: '' })).rejects.toThrow();
    await expect(store.put({ ...session('A', clock()), extra: 1 } as Session)).rejects.toThrow();
    expect(writes).toEqual([]);
  });

  it('reads a format-1 store, and writes format 2 on the next save', async () => {
    const { backing, data } = memoryBacking({ sessions: fixture('v1.json') });
    const store = createSessionStore(backing, { now: clock() });
    const [first] = (await store.list()).sessions;
    expect(first).toMatchObject({ id: 'fixture-1', createdAt: '2025-03-12T14:05:00.000Z', runs: [{ guide: 'messaging' }] });
    expect(JSON.parse(data.get('sessions')!).version).toBe(1); // reading alone changes nothing
    await store.put(duplicateSession(first!, new Date()));
    expect(JSON.parse(data.get('sessions')!).version).toBe(2);
  });

  it.each(['empty.json', 'truncated.json', 'invalid.json', 'schema-violation.json'])(
    'a corrupt store (%s) is moved aside, the store starts empty and says where the old data is',
    async (name) => {
      const { backing, data } = memoryBacking({ sessions: fixture(name) });
      const store = createSessionStore(backing, { now: () => new Date('2025-03-12T14:05:00.000Z') });
      const listing = await store.list();
      expect(listing.sessions).toEqual([]);
      expect(data.get('sessions.corrupt-2025-03-12T14-05-00-000Z.json')).toBe(fixture(name));
      expect(data.has('sessions')).toBe(false);
      expect(listing.notices).toHaveLength(1);
      expect(listing.notices[0]!.message).toMatch(/^Your saved sessions could not be read: the file .+\. It was moved aside to sessions\.corrupt-2025-03-12T14-05-00-000Z\.json/);
      await store.put(session('fresh', clock()));
      expect((await store.list()).sessions).toHaveLength(1);
    },
  );

  it('a file from a newer Archtree is left untouched and the user told nothing is saved', async () => {
    const { backing, data, writes } = memoryBacking({ sessions: fixture('newer.json') });
    const store = createSessionStore(backing);
    await store.put(session('kept in memory', clock()));
    const listing = await store.list();
    expect(listing.sessions.map((s) => s.name)).toEqual(['kept in memory']);
    expect(listing.notices[0]!.message).toMatch(/sessions\.json was written by a newer Archtree \(format 3.*left untouched.*kept only until Archtree closes/);
    expect(data.get('sessions')).toBe(fixture('newer.json'));
    expect(writes).toEqual([]);
  });

  it('a failed migration leaves the file untouched and says why', async () => {
    // Format 1 allowed a trailing dash in an outcome target; format 2's ids do not.
    const old = fixture('v1.json').replace('"at": "ordering"', '"at": "outcome:sqs-"');
    const { backing, data, writes } = memoryBacking({ sessions: old });
    const store = createSessionStore(backing);
    const listing = await store.list();
    expect(listing.sessions).toEqual([]);
    expect(listing.notices[0]!.message).toBe(
      'Your saved sessions at sessions.json could not be upgraded from format 1: sessions[0].runs[0].position.outcome: must be a kebab-case outcome id. ' +
        'The file was left untouched. Changes made now are kept only until Archtree closes.',
    );
    await store.put(session('A', clock()));
    expect(data.get('sessions')).toBe(old);
    expect(writes).toEqual([]);
  });

  it('a store that cannot be moved aside is left untouched too', async () => {
    const { backing, data } = memoryBacking({ sessions: '{' });
    backing.moveAside = () => {
      throw new Error('EACCES');
    };
    const store = createSessionStore(backing);
    await store.put(session('A', clock()));
    expect(data.get('sessions')).toBe('{');
    expect((await store.list()).notices[0]!.message).toMatch(/could not be moved aside \(EACCES\), so it was left untouched/);
  });

  it('notices from other stores are shown, and can be dismissed', async () => {
    const store = createSessionStore(memoryBacking().backing, { notices: [{ id: 'moved:settings:x', message: 'Your settings…' }] });
    expect((await store.list()).notices.map((n) => n.id)).toEqual(['moved:settings:x']);
    await store.dismiss('moved:settings:x');
    expect((await store.list()).notices).toEqual([]);
  });
});

describe('store properties (1,000 runs)', () => {
  it('any sequence of saves and deletes keeps the list at the cap and never loses a session', async () => {
    type Op = { kind: 'put'; n: number } | { kind: 'remove'; n: number } | { kind: 'touch'; n: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), n: fc.nat(30) }),
      fc.record({ kind: fc.constant('remove' as const), n: fc.nat(30) }),
      fc.record({ kind: fc.constant('touch' as const), n: fc.nat(30) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const now = clock();
        const store = createSessionStore(memoryBacking().backing, { now, cap: 5 });
        const made = new Map<number, Session>();
        const live = new Set<string>();
        for (const o of ops) {
          const existing = made.get(o.n);
          if (o.kind === 'remove') {
            if (existing && (await store.remove(existing.id))) live.delete(existing.id);
          } else {
            const s = existing && o.kind === 'touch' ? { ...existing, updatedAt: now().toISOString() } : existing ?? session(`S${o.n}`, now);
            made.set(o.n, s);
            await store.put(s);
            live.add(s.id);
          }
        }
        const listing = await store.list();
        const archive = await store.archive();
        expect(listing.sessions.length).toBeLessThanOrEqual(5);
        const kept = new Set([...listing.sessions, ...archive].map((s) => s.id));
        // Every session ever saved and not deleted from the list is somewhere.
        const removedFromList = [...made.values()].filter((s) => !live.has(s.id)).map((s) => s.id);
        for (const s of made.values()) if (!removedFromList.includes(s.id)) expect(kept.has(s.id)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
