import { useEffect, useId, useState } from 'react';
import type { ChartData } from '../../../core/guide/chart';
import { chartTable } from '../../../core/guide/chart';
import { useDocumentTheme } from '../diagram/use-document-theme';
import { getExports } from '../export/web-exports';
import './chart.css';

type Props = { charts: ChartData[] };
type Drawn = { svg: string; alt: string };
type ChartModule = typeof import('../../../core/export/chart-svg');

/** ECharts is about a third of a megabyte: it loads the first time an outcome has a chart. */
let chartModule: Promise<ChartModule> | undefined;
const loadCharts = () => (chartModule ??= import('../../../core/export/chart-svg'));


/** The outcome's charts, drawn from the answers, each with its numbers and a save button. */
export function ChartPanel({ charts }: Props) {
  return (
    <section className="panel" aria-labelledby="rec-charts" data-testid="charts">
      <h3 id="rec-charts" className="panel__title">Charts</h3>
      {charts.map((c) => (
        <ChartFigure key={c.id} chart={c} />
      ))}
    </section>
  );
}

function ChartFigure({ chart }: { chart: ChartData }) {
  const base = useId();
  const [drawn, setDrawn] = useState<Drawn | { error: string } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const theme = useDocumentTheme() === 'dark' ? 'dark' : 'light';

  useEffect(() => {
    let live = true;
    loadCharts()
      .then((m) => live && setDrawn({ svg: m.chartSvg(chart, { theme, background: false }), alt: m.chartTextAlternative(chart) }))
      .catch((error: unknown) => live && setDrawn({ error: `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}` }));
    return () => {
      live = false;
    };
  }, [chart, theme]);

  const save = async (format: 'svg' | 'png') => {
    if (!drawn || 'error' in drawn) return;
    setStatus(null);
    try {
      const { chartSvg } = await loadCharts();
      // Saved files are light: they go into documents, whatever the screen's theme.
      const svg = chartSvg(chart, { theme: 'light' });
      const content = format === 'svg' ? svg : await (await import('../export/rasterise')).svgToPng(svg, 2);
      const result = await getExports().save(format === 'svg' ? { format, title: chart.title, content: svg } : { format, title: chart.title, content: content as Uint8Array });
      if (result.status === 'saved') setStatus({ ok: true, text: `Saved ${result.fileName}` });
      else if (result.status === 'error') setStatus({ ok: false, text: result.message });
    } catch (error) {
      setStatus({ ok: false, text: `Could not save the chart: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const table = chartTable(chart, 13);
  return (
    <figure className="chart" aria-labelledby={`${base}-title`} data-chart={chart.id}>
      <div className="chart__head">
        <div>
          <h4 id={`${base}-title`} className="chart__title">{chart.title}</h4>
          <figcaption className="chart__description">{chart.description}</figcaption>
        </div>
        <div className="chart__actions">
          <button type="button" className="button" onClick={() => save('svg')} disabled={!drawn || 'error' in drawn} aria-describedby={`${base}-status`}>Save SVG</button>
          <button type="button" className="button" onClick={() => save('png')} disabled={!drawn || 'error' in drawn} aria-describedby={`${base}-status`}>Save PNG</button>
        </div>
      </div>
      {drawn === null ? (
        <p className="chart__loading" role="status">Drawing the chart…</p>
      ) : 'error' in drawn ? (
        <p className="chart__error" role="alert">{drawn.error}</p>
      ) : (
        <img className="chart__image" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`} alt={drawn.alt} width={720} height={400} />
      )}
      <p id={`${base}-status`} className={status?.ok === false ? 'chart__status chart__status--error' : 'chart__status'} role="status">{status?.text ?? ''}</p>
      <details className="chart__numbers">
        <summary>The numbers</summary>
        <table>
          <thead>
            <tr>{table.header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>{r.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
