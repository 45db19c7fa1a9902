import { useEffect, useMemo, useRef, useState } from 'react';
import { buildArchitecture } from '../../../core/architecture/build';
import type { CatalogIndex } from '../../../core/catalog/load';
import type { Decision } from '../../../core/guide/decide';
import type { Guide } from '../../../core/guide/schema';
import { buildRecommendation, type Decided } from '../../../core/recommendation/build';
import { Icon } from '../components/Icon';
import { DecisionPathView } from '../decision-path/DecisionPathView';
import { PathIcon } from '../decision-path/PathIcon';
import { ArchitectureDiagram } from '../diagram/ArchitectureDiagram';
import { ExportMenu } from '../export/ExportMenu';
import type { Platform } from '../platform';
import { AnswersList } from './AnswersList';
import { FactsTable } from './FactsTable';
import { Reasoning } from './Reasoning';
import { ServiceList } from './ServiceList';
import { WhyNotList } from './WhyNotList';
import { ArtefactPanel } from './ArtefactPanel';
import { ChartPanel } from './ChartPanel';
import type { ParamValues } from '../../../core/guide/artefact';
import { AnswerEditor } from '../whatif/AnswerEditor';
import { useWhatIf } from '../whatif/use-what-if';
import { WhatIfPanel } from '../whatif/WhatIfPanel';

type Props = {
  guide: Guide;
  catalog: CatalogIndex;
  platform: Platform;
  decided: Decided;
  canBack: boolean;
  onBack: () => void;
  /** go back to a question to change its answer */
  onChange: (question: string) => void;
  onRestart: () => void;
  onHome: () => void;
  /** adopt a what-if's answers in the wizard ("Keep this change") */
  onAdopt?: (decision: Decision) => void;
  /** in an architecture session: take this outcome into the architecture (the screen's main action) */
  onUse?: () => void;
  /** what the way out is called ("All guides", or "Back to the architecture") */
  homeLabel?: string;
};

export function RecommendationScreen({ guide, catalog, platform, decided, canBack, onBack, onChange, onRestart, onHome, onAdopt, onUse, homeLabel = 'All guides' }: Props) {
  // Values typed into the policies and configuration snippets; they fill the ADR export too.
  const [artefactValues, setArtefactValues] = useState<ParamValues>({});
  const rec = useMemo(() => buildRecommendation(guide, catalog, decided, artefactValues), [guide, catalog, decided, artefactValues]);
  const model = useMemo(() => buildArchitecture(guide, catalog, decided), [guide, catalog, decided]);
  const exportSource = useMemo(() => ({ model, recommendations: [rec] }), [model, rec]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { whatIf, change, open, discard } = useWhatIf(guide, catalog, decided);
  const [editing, setEditing] = useState<string | null>(null);
  const [showPath, setShowPath] = useState(false);
  // A why-not's change opened while a what-if shows remounts the panel, so it takes focus again.
  const [tries, setTries] = useState(0);

  if (showPath) {
    return (
      <DecisionPathView
        guide={guide}
        decided={decided}
        onClose={() => setShowPath(false)}
        onTry={(answers) => {
          open(answers);
          setShowPath(false);
        }}
      />
    );
  }

  return (
    <article className="rec" aria-labelledby="rec-title" data-outcome={rec.outcome.id}>
      <header className="rec-hero">
        <div className="rec-hero__text">
          <p className="eyebrow">Recommendation · {rec.guide.title}</p>
          <h2 id="rec-title" ref={headingRef} tabIndex={-1} className="rec-hero__title">
            {rec.outcome.title}
          </h2>
          <p className="rec-hero__summary">{rec.outcome.summary}</p>
        </div>
        <div className="rec-hero__actions">
          {onUse && (
            <button type="button" className="button button--primary" onClick={onUse} data-testid="use-in-architecture">
              Add to the architecture
            </button>
          )}
          <button type="button" className="button" onClick={() => setShowPath(true)}>
            <PathIcon /> See the decision path
          </button>
          <button type="button" className="button" onClick={onBack} disabled={!canBack}>
            <Icon name="back" /> Back
          </button>
          <button type="button" className="button" onClick={onRestart}>
            <Icon name="restart" /> Restart
          </button>
          <button type="button" className="button" onClick={onHome}>
            <Icon name="home" /> {homeLabel}
          </button>
        </div>
      </header>

      {rec.warnings.length > 0 && (
        <section className="callout callout--warning" aria-labelledby="rec-warnings">
          <h3 id="rec-warnings" className="callout__title">
            <Icon name="warning" /> Watch out
          </h3>
          <ul>
            {rec.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}

      {whatIf ? (
        <WhatIfPanel
          key={tries}
          guide={guide}
          whatIf={whatIf}
          onAnswer={change}
          onKeep={onAdopt ? () => onAdopt(whatIf.decision) : undefined}
          onDiscard={discard}
        />
      ) : (
        <section className="panel panel--diagram" aria-labelledby="rec-diagram">
          <div className="panel__head">
            <h3 id="rec-diagram" className="panel__title">Architecture</h3>
            <p className="panel__hint">Hover or focus a service to see why it is there</p>
            <ExportMenu source={exportSource} />
          </div>
          <div className="diagram-frame">
            <ArchitectureDiagram model={model} />
          </div>
        </section>
      )}

      <div className="rec-grid">
        <section className="panel" aria-labelledby="rec-services">
          <h3 id="rec-services" className="panel__title">Recommended services</h3>
          <ServiceList services={rec.services} platform={platform} />
        </section>
        <Reasoning rationale={rec.rationale} notes={rec.notes} figures={rec.figures} />
      </div>

      {rec.charts && rec.charts.length > 0 && <ChartPanel charts={rec.charts} />}

      {rec.artefacts && rec.artefacts.length > 0 && (
        <ArtefactPanel
          guideId={rec.guide.id}
          outcomeId={rec.outcome.id}
          artefacts={rec.artefacts}
          values={artefactValues}
          onChange={(param, value) => setArtefactValues((all) => ({ ...all, [param]: value }))}
        />
      )}

      <div className="rec-grid">
        <section className="panel" aria-labelledby="rec-why-not">
          <h3 id="rec-why-not" className="panel__title">Why not the others</h3>
          <WhyNotList
            items={rec.whyNot}
            onTry={(answers) => {
              open(answers);
              setTries((n) => n + 1);
            }}
          />
        </section>
        <section className="panel" aria-labelledby="rec-answers">
          <h3 id="rec-answers" className="panel__title">Your answers</h3>
          <AnswersList
            answers={rec.answers}
            onChange={onChange}
            canChange={canBack}
            whatIf={{
              open: editing,
              onOpen: (q) => setEditing((e) => (e === q ? null : q)),
              editor: (q) => (
                <AnswerEditor
                  question={guide.questions.find((x) => x.id === q)!}
                  initial={whatIf?.given[q] ?? decided.answers[q]}
                  submitLabel="Compare"
                  autoFocus
                  onCancel={() => setEditing(null)}
                  onSubmit={(value) => {
                    setEditing(null);
                    change(q, value);
                  }}
                />
              ),
            }}
          />
        </section>
      </div>

      <section className="panel" aria-labelledby="rec-facts">
        <h3 id="rec-facts" className="panel__title">Facts to cite</h3>
        <FactsTable facts={rec.facts} />
      </section>
    </article>
  );
}
