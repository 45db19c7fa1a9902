import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_TEXT, type ExportsApi } from '../../src/core/architecture/export-api';
import { createClipboardBridge, createExportFiles, withExtension } from '../../src/main/export-files';
import { writeFileAtomically } from '../../src/main/export-write';
import { createAppUrlCheck, createIpcHandler, createIpcHandlers } from '../../src/main/ipc';
import { ipcContract } from '../../src/shared/ipc-contract';

/**
 * Saving exports and the clipboard on the desktop: the renderer sends content it made, main
 * alone picks the path (its save dialog) and writes the file whole; every payload is checked
 * by the IPC contract for its type, its size and what it claims to be.
 */

const dir = mkdtempSync(join(tmpdir(), 'archtree-export-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const parse = (input: unknown) => ipcContract['exports:save'].input.safeParse(input);

describe('the exports:save contract', () => {
  it('accepts text formats as text and PNG/PDF as their bytes', () => {
    expect(parse({ format: 'svg', title: 'Plan', content: '<svg/>' }).success).toBe(true);
    expect(parse({ format: 'png', title: 'Plan', content: PNG }).success).toBe(true);
    expect(parse({ format: 'pdf', title: 'Plan', content: PDF }).success).toBe(true);
  });

  it.each([
    ['a path from the renderer', { format: 'svg', title: 'Plan', content: '<svg/>', path: '/etc/passwd' }],
    ['an unknown format', { format: 'exe', title: 'Plan', content: 'x' }],
    ['text claiming to be a PNG', { format: 'png', title: 'Plan', content: 'not bytes' }],
    ['bytes that are not a PNG', { format: 'png', title: 'Plan', content: PDF }],
    ['bytes that are not a PDF', { format: 'pdf', title: 'Plan', content: PNG }],
    ['bytes for a text format', { format: 'json', title: 'Plan', content: PNG }],
    ['an empty title', { format: 'svg', title: ' ', content: '<svg/>' }],
    ['an endless title', { format: 'svg', title: 'x'.repeat(201), content: '<svg/>' }],
    ['text over the cap', { format: 'mermaid', title: 'Plan', content: 'x'.repeat(MAX_EXPORT_TEXT + 1) }],
    ['no payload', undefined],
  ])('refuses %s', (_name, payload) => {
    expect(parse(payload).success).toBe(false);
  });

  it('lets only PNG bytes and bounded text reach the clipboard', () => {
    expect(ipcContract['exports:copy-png'].input.safeParse(PNG).success).toBe(true);
    expect(ipcContract['exports:copy-png'].input.safeParse(PDF).success).toBe(false);
    expect(ipcContract['exports:copy-text'].input.safeParse('flowchart LR').success).toBe(true);
    expect(ipcContract['exports:copy-text'].input.safeParse('').success).toBe(false);
    expect(ipcContract['exports:copy-text'].input.safeParse({ text: 'x' }).success).toBe(false);
  });

  it('is refused to a foreign page before anything runs', async () => {
    const save = vi.fn();
    const isAppUrl = createAppUrlCheck({ rendererFile: '/opt/archtree/out/renderer/index.html' });
    const handlers = createIpcHandlers({ exports: { save, copyText: vi.fn(), copyPng: vi.fn() } as unknown as ExportsApi } as never);
    const handler = createIpcHandler('exports:save', handlers['exports:save'], isAppUrl);
    const evil = { senderFrame: { url: 'https://evil.example/', parent: null } } as never;
    await expect(handler(evil, { format: 'svg', title: 'Plan', content: '<svg/>' })).rejects.toThrow(/sender/);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('saving an export', () => {
  it('asks where with a name made from the title, adds the extension, writes there', async () => {
    const pickSave = vi.fn(async () => join(dir, 'my-plan'));
    const result = await createExportFiles({ pickSave }).save({ format: 'drawio', title: 'Architecture: Compute · Database', content: '<mxfile/>' });
    expect(pickSave).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'architecture-compute-database.drawio', filters: [expect.objectContaining({ extensions: ['drawio'] }), expect.anything()] }));
    expect(result).toEqual({ status: 'saved', fileName: 'my-plan.drawio' });
    expect(readFileSync(join(dir, 'my-plan.drawio'), 'utf8')).toBe('<mxfile/>');
  });

  it('writes bytes as they are', async () => {
    const result = await createExportFiles({ pickSave: async () => join(dir, 'd.png') }).save({ format: 'png', title: 'D', content: PNG });
    expect(result).toEqual({ status: 'saved', fileName: 'd.png' });
    expect([...readFileSync(join(dir, 'd.png'))]).toEqual([...PNG]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const write = vi.fn();
    expect(await createExportFiles({ pickSave: async () => undefined }, write).save({ format: 'svg', title: 'P', content: '<svg/>' })).toEqual({ status: 'cancelled' });
    expect(write).not.toHaveBeenCalled();
  });

  it('says the file could not be written, and the old one is untouched', async () => {
    writeFileSync(join(dir, 'keep.svg'), 'old');
    const failing = () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    const result = await createExportFiles({ pickSave: async () => join(dir, 'keep.svg') }, failing).save({ format: 'svg', title: 'P', content: '<svg/>' });
    expect(result).toEqual({ status: 'error', message: '“keep.svg” could not be written (ENOSPC); nothing was changed.' });
    expect(readFileSync(join(dir, 'keep.svg'), 'utf8')).toBe('old');
  });

  it('replaces a file atomically, leaving no temp file', () => {
    writeFileAtomically(join(dir, 'atomic.json'), '{"a":1}');
    writeFileAtomically(join(dir, 'atomic.json'), '{"a":2}');
    expect(readFileSync(join(dir, 'atomic.json'), 'utf8')).toBe('{"a":2}');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(() => writeFileAtomically(join(dir, 'no-such-dir', 'x.json'), 'x')).toThrow(/ENOENT/);
  });

  it('keeps an extension the user typed', () => {
    expect(withExtension('/a/plan.SVG', 'svg')).toBe('/a/plan.SVG');
    expect(withExtension('/a/plan', 'md')).toBe('/a/plan.md');
  });
});

describe('the clipboard bridge', () => {
  it('puts text and PNGs on the clipboard, and says when it could not', async () => {
    const clipboard = { writeText: vi.fn(async () => {}), writePng: vi.fn(async () => {}) };
    const bridge = createClipboardBridge(clipboard);
    await expect(bridge.copyText('flowchart LR')).resolves.toEqual({ status: 'copied' });
    await expect(bridge.copyPng(PNG)).resolves.toEqual({ status: 'copied' });
    expect(clipboard.writeText).toHaveBeenCalledWith('flowchart LR');
    expect(clipboard.writePng).toHaveBeenCalledWith(PNG);
    clipboard.writePng.mockRejectedValueOnce(new Error('no display'));
    await expect(bridge.copyPng(PNG)).resolves.toEqual({ status: 'error', message: 'The clipboard refused the image (no display).' });
  });
});
