import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, exportSession } from '../../src/core/session/export';
import { admitImport, parseSessionFile } from '../../src/core/session/import';
import { MAX_DEPTH, MAX_IMPORT_BYTES } from '../../src/core/session/safe-json';
import type { Session } from '../../src/core/session/schema';
import { guides, sessionArb, walk } from './session-arbitraries';

const messaging = guides.find((g) => g.id === 'messaging')!;
const session: Session = {
  id: 'abc123',
  name: 'Billing queue',
  createdAt: '2025-03-12T14:05:00.000Z',
  updatedAt: '2025-03-12T14:09:00.000Z',
  runs: [walk(messaging, [0, 0])],
};
const exported = JSON.parse(exportSession(session, new Date('2025-03-13T08:00:00Z'))) as Record<string, unknown>;
const withSession = (patch: Record<string, unknown>) => JSON.stringify({ ...exported, session: { ...session, ...patch } });
const message = (text: string) => {
  const result = parseSessionFile(text, guides);
  return result.ok ? 'imported' : result.message;
};

describe('import: every failure names the problem', () => {
  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['only whitespace', ' \n\t', 'The file is empty.'],
    ['a truncated file', exportSession(session).slice(0, 120), /ends too early, as if cut off/],
    ['not JSON', 'name: my session', /^The file is not valid JSON \(/],
    ['text over several lines, named on one line', 'hello world\nsecond line', /^The file is not valid JSON \([^\n]*\)\.?$/],
    ['JSON that is not a session', '{"nodes": []}', 'The file is not an Archtree session (it has no "format": "archtree.session").'],
    ['a JSON array', '[1, 2]', /is not an Archtree session/],
    ['another format', '{"format": "something.else"}', 'The file is not an Archtree session: its "format" is "something.else", not "archtree.session".'],
    ['a file from a newer Archtree', JSON.stringify({ ...exported, version: 3 }), /newer Archtree \(format 3/],
    ['a missing field', withSession({ name: undefined }), /session\.name: Invalid input/],
    ['an unknown field', withSession({ owner: 'me' }), /Unrecognized key: "owner"/],
    ['a huge name', withSession({ name: 'x'.repeat(10_000) }), /session\.name: Too big/],
    ['a bad timestamp', withSession({ createdAt: 'yesterday' }), /session\.createdAt/],
    ['an unknown guide', withSession({ runs: [{ ...session.runs[0]!, guide: 'mainframes' }] }), 'The file uses the guide "mainframes", which this version of Archtree does not have.'],
    [
      'an unknown outcome',
      withSession({ runs: [{ ...session.runs[0]!, position: { kind: 'outcome', outcome: 'carrier-pigeon' } }] }),
      'The file ends at the outcome "carrier-pigeon", which the guide “Messaging backbone” does not have.',
    ],
    ['an unknown question', withSession({ runs: [{ ...session.runs[0]!, history: ['pattern', 'favouriteColour'] }] }), /questions? "favouriteColour" that the guide “Messaging backbone” does not have/],
    ['a "__proto__" key', exportSession(session).replace('"runs"', '"__proto__": {"polluted": 1}, "runs"'), 'The file contains a "__proto__" key, which no session file has.'],
    ['a "constructor" key', withSession({ constructor: { prototype: { polluted: 1 } } }), /Unrecognized key: "constructor"/],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, `The file nests data more than ${MAX_DEPTH} levels deep, which no session file does.`],
    ['a huge string', `"${'x'.repeat(MAX_IMPORT_BYTES)}"`, /^The file is too large: 5\.0 MiB \(5,242,882 bytes\), over the 5 MiB limit\.$/],
  ])('%s', (_name, text, expected) => {
    const got = message(text);
    if (typeof expected === 'string') expect(got).toBe(expected);
    else expect(got).toMatch(expected);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps messages short even when the file quotes a megabyte-long key', () => {
    const got = message(withSession({ ['k'.repeat(1_000_000)]: 1 }));
    expect(got).toMatch(/^The file does not match format 2: session: Unrecognized key: "k+…/);
    expect(got.length).toBeLessThan(400);
  });

  it('accepts a format-1 export and migrates it', () => {
    const old = { format: 'archtree.session', version: 1, session: { id: 'x', name: 'Old', createdAt: 0, updatedAt: 1, guide: 'messaging', answers: {}, history: [], at: 'pattern' } };
    expect(parseSessionFile(JSON.stringify(old), guides)).toMatchObject({ ok: true, from: 1, session: { id: 'x', runs: [{ guide: 'messaging' }] } });
  });
});

describe('admitting an import', () => {
  it('keeps the id when free; gives a new one on collision; never touches the stored session', () => {
    const now = new Date('2025-04-01T00:00:00Z');
    expect(admitImport(session, new Set(['other']), now)).toEqual({ session: { ...session, updatedAt: now.toISOString() }, newId: false });
    const ids = ['abc123', 'taken'];
    const admitted = admitImport(session, new Set(ids), now, () => ids.shift() ?? 'fresh');
    expect(admitted.newId).toBe(true);
    expect(admitted.session.id).toBe('fresh');
  });

  it('names export files safely', () => {
    expect(exportFileName({ name: 'Café queue / billing: v2' })).toBe('cafe-queue-billing-v2.archtree.json');
    expect(exportFileName({ name: '🙂🙂' })).toBe('session.archtree.json');
    expect(exportFileName({ name: '../../etc/passwd' })).toBe('etc-passwd.archtree.json');
  });
});

/** Adversarial keys and structures, sprinkled anywhere in otherwise ordinary JSON. */
const hostileJson = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'session', 'runs', 'version', 'toString'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const never = (text: string) => {
  const result = parseSessionFile(text, guides);
  expect(result.ok ? true : result.message.startsWith('The file ')).toBe(true);
  expect(Object.prototype).not.toHaveProperty('polluted');
};

describe('import never throws (properties, 1,000 runs each)', () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), never), { numRuns: 1000 });
  });

  it('arbitrary JSON, bare or wrapped as a session file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
        never(JSON.stringify(wrap ? { format: 'archtree.session', version: 2, exportedAt: '2025-01-01T00:00:00Z', session: value } : value) ?? 'null');
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('hostile keys (__proto__, constructor, prototype) anywhere', () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        // JSON.stringify drops nothing here: dictionary() defines "__proto__" as an own key.
        never(JSON.stringify({ format: 'archtree.session', version: 2, session: value }));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('deep nesting, of arrays and objects, well past zod’s limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.boolean(), fc.boolean(), (depth, objects, closed) => {
        const open = objects ? '{"a":'.repeat(depth) : '['.repeat(depth);
        const close = closed ? (objects ? '}' : ']').repeat(depth) : '';
        const text = `{"format":"archtree.session","version":2,"session":${open}1${close}}`;
        never(text);
        if (depth > MAX_DEPTH) expect(message(text)).toMatch(/nests data more than/);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('huge strings, near and past the 5 MiB cap', () => {
    const big = 'x'.repeat(MAX_IMPORT_BYTES + 1024);
    fc.assert(
      // One run in four wraps the string in a real session file (a full parse of ~5 MiB); the rest are bare.
      fc.property(fc.integer({ min: MAX_IMPORT_BYTES - 64, max: MAX_IMPORT_BYTES + 1024 }), fc.nat(3), (size, kind) => {
        const text = kind === 0 ? withSession({ name: big.slice(0, size - 200) }) : big.slice(0, size);
        never(text);
        if (text.length > MAX_IMPORT_BYTES) expect(message(text)).toMatch(/too large/);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('export → import (property, 1,000 runs)', () => {
  it('round-trips to an equal session', () => {
    fc.assert(
      fc.property(sessionArb, (original) => {
        const back = parseSessionFile(exportSession(original), guides);
        if (!back.ok) throw new Error(back.message);
        expect(back.session).toEqual(original);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
