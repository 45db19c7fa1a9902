import { useId, useState } from 'react';
import type { ParamValues, RenderedArtefact } from '../../../core/guide/artefact';
import { getExports } from '../export/web-exports';
import { PolicyTracePanel } from './PolicyTracePanel';
import './artefact.css';

type Props = {
  /** the guide and outcome, to find the example requests traced through these policies */
  guideId: string;
  outcomeId: string;
  artefacts: RenderedArtefact[];
  /** what the user typed, by parameter id (shared: an account id typed once fills every snippet) */
  values: ParamValues;
  onChange: (param: string, value: string) => void;
};

const KIND_LABELS: Record<RenderedArtefact['kind'], string> = {
  'trust-policy': 'IAM trust policy',
  'identity-policy': 'IAM identity policy',
  'permission-boundary': 'Permission boundary',
  'resource-policy': 'Resource policy',
  'key-policy': 'KMS key policy',
  scp: 'Service control policy',
  'session-policy': 'Session policy',
  kubernetes: 'Kubernetes manifest',
  cli: 'Commands',
  config: 'Configuration',
};

/** The policies and configuration the outcome implies: fill in your values, then copy. */
export function ArtefactPanel({ guideId, outcomeId, artefacts, values, onChange }: Props) {
  return (
    <section className="panel" aria-labelledby="rec-artefacts" data-testid="artefacts">
      <h3 id="rec-artefacts" className="panel__title">Policies and configuration</h3>
      <p className="artefact__intro">Filled from your answers. Type your own values: each one fills every snippet that uses it.</p>
      {artefacts.map((a) => (
        <ArtefactCard key={a.id} artefact={a} values={values} onChange={onChange} />
      ))}
      <PolicyTracePanel guideId={guideId} outcomeId={outcomeId} artefacts={artefacts} />
    </section>
  );
}

function ArtefactCard({ artefact, values, onChange }: { artefact: RenderedArtefact; values: ParamValues; onChange: (param: string, value: string) => void }) {
  const base = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = async () => {
    const result = await getExports().copyText(artefact.text);
    setStatus(result.status === 'copied' ? { ok: true, text: 'Copied to the clipboard' } : { ok: false, text: result.message });
  };
  return (
    <article className="artefact" aria-labelledby={`${base}-title`} data-artefact={artefact.id}>
      <header className="artefact__head">
        <div>
          <p className="artefact__kind">{KIND_LABELS[artefact.kind]}</p>
          <h4 id={`${base}-title`} className="artefact__title">{artefact.title}</h4>
          <p className="artefact__description">{artefact.description}</p>
        </div>
        <button type="button" className="button" onClick={copy} aria-describedby={`${base}-status`}>
          Copy
        </button>
      </header>
      {artefact.params.length > 0 && (
        <div className="artefact__params">
          {artefact.params.map((p) => {
            const id = `${base}-${p.id}`;
            const typed = values[p.id] ?? p.default;
            return (
              <div key={p.id} className="artefact__param">
                <label htmlFor={id}>{p.label}</label>
                <input
                  id={id}
                  className="artefact__input"
                  value={typed}
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={p.error ? true : undefined}
                  aria-describedby={`${id}-hint`}
                  onChange={(e) => {
                    setStatus(null);
                    onChange(p.id, e.target.value);
                  }}
                />
                <span id={`${id}-hint`} className={p.error ? 'artefact__error' : 'artefact__hint'} role={p.error ? 'alert' : undefined}>
                  {p.error ? `${p.error}. Showing the default until it is fixed.` : (p.help ?? p.hint)}
                </span>
              </div>
            );
          })}
        </div>
      )}
      <pre className="artefact__code" tabIndex={0} aria-label={`${artefact.title} (${artefact.language})`}>
        <code>{artefact.text}</code>
      </pre>
      <p id={`${base}-status`} className={status?.ok === false ? 'artefact__error' : 'artefact__status'} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </article>
  );
}
