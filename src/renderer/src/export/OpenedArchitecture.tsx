import { useEffect, useMemo, useRef } from 'react';
import type { Architecture } from '../../../core/architecture/model';
import { ArchitectureDiagram } from '../diagram/ArchitectureDiagram';
import { ExportMenu } from './ExportMenu';

/**
 * An architecture opened from its exported JSON: drawn as it was saved, and exportable
 * again in every format (the decision record is built from the answers its elements carry).
 */
export function OpenedArchitecture({ model, fileName, onClose }: { model: Architecture; fileName: string; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const source = useMemo(() => ({ model, recommendations: [] }), [model]);
  return (
    <article className="architecture" aria-labelledby="opened-title" data-testid="opened-architecture">
      <header className="architecture__hero">
        <div>
          <p className="eyebrow">Opened from {fileName}</p>
          <h2 id="opened-title" ref={heading} tabIndex={-1} className="architecture__title">{model.title || 'Architecture'}</h2>
          <p className="architecture__lead">
            {model.nodes.length} services, {model.edges.length} connections, as they were exported. Export it again in any format, or close it to go home.
          </p>
        </div>
      </header>
      <section className="panel panel--diagram" aria-labelledby="opened-diagram-title">
        <div className="panel__head">
          <h3 id="opened-diagram-title" className="panel__title">Diagram</h3>
          <ExportMenu source={source} />
          <button type="button" className="button" onClick={onClose} data-testid="close-opened">Close</button>
        </div>
        <div className="diagram-frame diagram-frame--architecture">
          <ArchitectureDiagram model={model} />
        </div>
      </section>
    </article>
  );
}
