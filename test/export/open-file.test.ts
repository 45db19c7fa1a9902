import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toArchitectureJson } from '../../src/core/export/json';
import { generateArchitecture } from '../../src/core/export/generate';
import { readArchtreeFile } from '../../src/core/session/import';
import { realLibrary } from '../core/merge-cases';

/** Everything Archtree writes, it reads back: sessions and architectures, with a BOM or CRLF as editors leave them. */

const SESSION = readFileSync(new URL('../fixtures/architecture/five-guides.archtree.json', import.meta.url), 'utf8');
const asEditorsSave = (text: string) => '\uFEFF' + text.replace(/\n/g, '\r\n');

describe('readArchtreeFile', () => {
  const guides = realLibrary().guides;

  it('opens an exported architecture as it was written, BOM and CRLF or not', () => {
    const model = generateArchitecture(10);
    model.nodes[1]!.label = '注文サービス & "orders"';
    for (const text of [toArchitectureJson(model), asEditorsSave(toArchitectureJson(model))]) {
      const file = readArchtreeFile(text, guides);
      expect(file.kind).toBe('architecture');
      if (file.kind === 'architecture') expect(toArchitectureJson(file.model)).toBe(toArchitectureJson(model));
    }
  });

  it('reads a saved session with a byte-order mark and CRLF line ends', () => {
    const file = readArchtreeFile(asEditorsSave(SESSION), guides);
    expect(file.kind).toBe('session');
  });

  it('says what is wrong with anything else', () => {
    expect(readArchtreeFile('{"format":"archtree.architecture","version":1}', guides)).toMatchObject({ kind: 'error', message: expect.stringMatching(/not a valid Archtree architecture: architecture: /) });
    expect(readArchtreeFile('\uFEFF{"nodes": []}', guides)).toEqual({ kind: 'error', message: 'The file is not an Archtree session (it has no "format": "archtree.session").' });
    expect(readArchtreeFile('', guides)).toEqual({ kind: 'error', message: 'The file is empty.' });
    expect(readArchtreeFile('{"format":"something.else"}', guides)).toEqual({
      kind: 'error',
      message: 'The file has "format": "something.else", which Archtree does not read; it reads a saved session ("archtree.session") or an exported architecture ("archtree.architecture").',
    });
  });
});
