import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARCHITECTURE_BYTES, jsonDepth, parseArchitectureJson, toArchitectureJson } from '../../src/core/export/json';
import { LAYOUT_TIMEOUT, allCases, expectGolden, fixtureCases, type ExportCase } from './cases';

let cases: ExportCase[] = [];
beforeAll(async () => {
  cases = await allCases();
}, LAYOUT_TIMEOUT);

/** The model as JSON sees it: undefined keys dropped. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('architecture JSON', () => {
  it('round-trips every model exactly', () => {
    for (const c of cases) {
      const text = toArchitectureJson(c.model);
      const back = parseArchitectureJson(text);
      expect(back, c.name).toEqual({ ok: true, value: plain(c.model) });
      if (back.ok) expect(toArchitectureJson(back.value)).toBe(text);
    }
  });

  it('is versioned, with a stable key order whatever order the model was built in', () => {
    const c = cases[0]!;
    const text = toArchitectureJson(c.model);
    expect(JSON.parse(text)).toMatchObject({ format: 'archtree.architecture', version: 1 });
    const shuffled = { ...c.model, nodes: c.model.nodes.map((n) => Object.fromEntries(Object.entries(n).reverse()) as typeof n) };
    expect(toArchitectureJson(shuffled)).toBe(text);
  });

  it('rejects oversized files before reading them, and deep nesting before parsing', () => {
    const big = ' '.repeat(MAX_ARCHITECTURE_BYTES + 1);
    expect(parseArchitectureJson(big)).toEqual({ ok: false, message: expect.stringMatching(/larger than 5 MiB/) });
    // Multi-byte characters count as bytes, not characters.
    const wide = `"${'é'.repeat(MAX_ARCHITECTURE_BYTES / 2)}"`;
    expect(parseArchitectureJson(wide)).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseArchitectureJson(deep)).toEqual({ ok: false, message: expect.stringMatching(/nests deeper than 16/) });
    expect(jsonDepth('{"a":"[[[[[[","b":[{}]}')).toBe(3); // brackets inside strings do not count
  });

  it('explains what is wrong with a file it cannot take', () => {
    const base = JSON.parse(toArchitectureJson(cases.find((c) => c.name === 'web-app-dr')!.model));
    const variant = (change: (a: any) => void) => {
      const copy = structuredClone(base);
      change(copy);
      return parseArchitectureJson(JSON.stringify(copy));
    };
    expect(parseArchitectureJson('{not json')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseArchitectureJson('[]')).toMatchObject({ ok: false, message: expect.stringMatching(/not an Archtree architecture/) });
    expect(variant((f) => (f.version = 2))).toMatchObject({ ok: false, message: expect.stringMatching(/version 2/) });
    expect(variant((f) => (f.architecture.nodes[0].extra = 1))).toMatchObject({ ok: false, message: expect.stringMatching(/extra/) });
    expect(variant((f) => (f.architecture.nodes[0].provider = 'ibm'))).toMatchObject({ ok: false });
    expect(variant((f) => (f.architecture.nodes[1].parent = 'nowhere'))).toMatchObject({ ok: false, message: expect.stringMatching(/parent "nowhere"/) });
    expect(variant((f) => (f.architecture.nodes[1].id = f.architecture.nodes[0].id))).toMatchObject({ ok: false, message: expect.stringMatching(/used twice/) });
    expect(variant((f) => (f.architecture.edges[0].to = 'ghost'))).toMatchObject({ ok: false, message: expect.stringMatching(/ghost/) });
    expect(variant((f) => (f.architecture.containers[0].parent = f.architecture.containers[1].id))).toMatchObject({ ok: false, message: expect.stringMatching(/inside itself/) });
    const proto = JSON.stringify(base).replace('{', '{"__proto__":{"polluted":true},');
    expect(parseArchitectureJson(proto)).toMatchObject({ ok: false, message: expect.stringMatching(/__proto__/) });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(parseArchitectureJson('\uFEFF' + JSON.stringify(base))).toMatchObject({ ok: true });
  });

  it('matches the golden files', async () => {
    for (const c of await fixtureCases()) expectGolden(`${c.name}.json`, toArchitectureJson(c.model));
  });
});
