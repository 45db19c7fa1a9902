import { useId, useMemo, useState } from 'react';
import type { RenderedArtefact } from '../../../core/guide/artefact';
import { LAYER_TITLES, type RenderedTrace } from '../../../core/policy-trace/render';
import { policyTracesFor } from '../../../core/policy-trace/shipped';
import './policy-trace.css';

type Props = {
  guideId: string;
  outcomeId: string;
  /** the outcome's artefacts as filled with the user's values; the traces use the same values */
  artefacts: RenderedArtefact[];
};

/**
 * "Why allowed or denied": pick an example request and read, step by step in AWS's evaluation
 * order, what the generated policies do with it, with the values typed above. The steps were
 * recorded from the IAM policy simulator at build time; nothing is evaluated here.
 */
export function PolicyTracePanel({ guideId, outcomeId, artefacts }: Props) {
  // The trace data rides in the chunk the ADR export already loads with this screen (4 KB gzipped).
  const traces = useMemo(() => policyTracesFor({ guide: { id: guideId }, outcome: { id: outcomeId }, artefacts }), [guideId, outcomeId, artefacts]);
  return traces.length ? <TraceExplorer traces={traces} /> : null;
}

function TraceExplorer({ traces }: { traces: RenderedTrace[] }) {
  const base = useId();
  const [picked, setPicked] = useState(traces[0]!.id);
  const trace = traces.find((t) => t.id === picked) ?? traces[0]!;
  return (
    <section className="trace" aria-labelledby={`${base}-title`} data-testid="policy-traces">
      <h4 id={`${base}-title`} className="artefact__title">Why a request is allowed or denied</h4>
      <p className="artefact__intro">
        Example requests evaluated against the policies above, with your values, in AWS&rsquo;s order: explicit deny, then resource control policies and SCPs,
        resource-based and identity-based policies, the permissions boundary and the session policy. Evaluated by the open-source IAM policy simulator
        from Cloud Copilot (@cloud-copilot/iam-simulate).
      </p>
      <fieldset className="trace__examples">
        <legend>Example request</legend>
        {traces.map((t) => (
          <label key={t.id} className="trace__example">
            <input type="radio" name={`${base}-example`} value={t.id} checked={t.id === trace.id} onChange={() => setPicked(t.id)} />
            <span className="trace__example-title">{t.title}</span>
            <Verdict trace={t} />
          </label>
        ))}
      </fieldset>
      <TraceDetail trace={trace} />
    </section>
  );
}

function Verdict({ trace }: { trace: RenderedTrace }) {
  if (trace.unavailable) return <span className="badge badge--muted">Not available</span>;
  return <span className={`badge trace__verdict trace__verdict--${trace.verdict === 'Allowed' ? 'allowed' : 'denied'}`}>{trace.verdictLabel}</span>;
}

function TraceDetail({ trace }: { trace: RenderedTrace }) {
  return (
    <div className="trace__detail" data-trace={trace.id}>
      <p className="trace__summary" role="status" aria-live="polite">
        {trace.unavailable ?? trace.summary}
      </p>
      {trace.note && <p className="artefact__hint">{trace.note}</p>}
      {!trace.unavailable && (
        <>
          <dl className="trace__request">
            <dt>Principal</dt>
            <dd><code>{trace.request.principal}</code></dd>
            <dt>Action</dt>
            <dd><code>{trace.request.action}</code></dd>
            <dt>Resource</dt>
            <dd><code>{trace.request.resource}</code></dd>
            <dt>Policies</dt>
            <dd>
              <ul className="trace__policies">
                {trace.policies.map((p) => (
                  <li key={`${p.layer}-${p.name}`}>
                    {LAYER_TITLES[p.layer]}: {p.name}, {p.description}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <ol className="trace__steps" aria-label="Evaluation steps">
            {trace.steps.map((s) => (
              <li key={s.layer} className={s.decisive ? 'trace__step trace__step--decisive' : 'trace__step'} data-layer={s.layer}>
                <p className="trace__step-head">
                  <strong>{s.title}</strong>
                  {s.decisive && <span className="badge badge--accent">Decides</span>}
                </p>
                <p className="trace__step-text">{s.text}</p>
                {s.statements.length > 0 && (
                  <ul className="trace__statements">
                    {s.statements.map((st, i) => (
                      <li key={i} className={st.applies ? 'trace__statement trace__statement--applies' : 'trace__statement'}>
                        {st.text}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
