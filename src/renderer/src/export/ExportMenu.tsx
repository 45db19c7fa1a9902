import { useEffect, useId, useRef, useState } from 'react';
import type { ClipboardResult, ExportSaveResult } from '../../../core/architecture/export-api';
import { EXPORT_FORMATS, EXPORT_THEMES, FORMAT_INFO, type ExportFormat } from '../../../core/architecture/export-formats';
import type { ThemeName } from '../../../core/export/theme';
import { mermaidOf, pngOf, produceExport, type ExportSource } from './produce';
import { getExports } from './web-exports';
import './export.css';

const THEME_LABEL: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', transparent: 'Transparent' };
type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Export the shown architecture in any of the seven formats, or copy its Mermaid or PNG.
 * The files are made from the model here; saving goes through main's save dialog on the
 * desktop and is a download in the browser. What happened is said in a live status line.
 */
export function ExportMenu({ source, label = 'Export' }: { source: ExportSource; label?: string }) {
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useState<ThemeName>('light');
  const [scale, setScale] = useState<1 | 2>(2);
  const [status, setStatus] = useState<Status>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  // Click outside or Escape closes the panel (focus back on its button for Escape).
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const run = async (busy: string, task: () => Promise<ExportSaveResult | ClipboardResult>, done: (r: ExportSaveResult | ClipboardResult) => string) => {
    setStatus({ kind: 'busy', text: busy });
    try {
      const result = await task();
      if (result.status === 'error') setStatus({ kind: 'error', text: result.message });
      else if (result.status === 'cancelled') setStatus(null);
      else setStatus({ kind: 'done', text: done(result) });
    } catch (error) {
      setStatus({ kind: 'error', text: `The export failed: ${describe(error)}` });
    }
  };

  const save = (format: ExportFormat) =>
    run(`Making the ${FORMAT_INFO[format].label}…`, async () => getExports().save(await produceExport(source, { format, theme, scale })), (r) =>
      r.status === 'saved' ? `Saved ${r.fileName}` : '');
  const copyMermaid = () => run('Copying the Mermaid…', () => getExports().copyText(mermaidOf(source)), () => 'Mermaid copied to the clipboard');
  const copyPng = () => run('Copying the PNG…', async () => getExports().copyPng(await pngOf(source, theme, scale)), () => 'PNG copied to the clipboard');

  return (
    <div className="export-menu" ref={root} onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), setOpen(false))}>
      <button type="button" className="button" aria-expanded={open} aria-controls={panelId} data-testid="export-menu-button" onClick={() => setOpen((o) => !o)}>
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} className="export-menu__panel" role="group" aria-label="Export the architecture" data-testid="export-menu">
          <fieldset className="export-menu__choice">
            <legend>Background</legend>
            {EXPORT_THEMES.map((t) => (
              <label key={t}>
                <input type="radio" name={`${panelId}-theme`} value={t} checked={theme === t} onChange={() => setTheme(t)} /> {THEME_LABEL[t]}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-menu__choice">
            <legend>PNG size</legend>
            {([1, 2] as const).map((s) => (
              <label key={s}>
                <input type="radio" name={`${panelId}-scale`} value={s} checked={scale === s} onChange={() => setScale(s)} /> {s}×
              </label>
            ))}
          </fieldset>
          <ul className="export-menu__formats">
            {EXPORT_FORMATS.map((format) => (
              <li key={format}>
                <button type="button" className="export-menu__item" data-testid={`export-${format}`} onClick={() => void save(format)} disabled={status?.kind === 'busy'}>
                  <span className="export-menu__name">{FORMAT_INFO[format].label}</span>
                  <span className="export-menu__ext">.{FORMAT_INFO[format].extension}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="export-menu__copy">
            <button type="button" className="button" data-testid="copy-mermaid" onClick={() => void copyMermaid()} disabled={status?.kind === 'busy'}>Copy Mermaid</button>
            <button type="button" className="button" data-testid="copy-png" onClick={() => void copyPng()} disabled={status?.kind === 'busy'}>Copy PNG</button>
          </div>
        </div>
      )}
      <p className={`export-menu__status${status ? ` export-menu__status--${status.kind}` : ''}`} role="status" data-testid="export-status">
        {status?.text}
      </p>
    </div>
  );
}
