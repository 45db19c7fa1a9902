import { useEffect, useMemo, useRef, useState } from 'react';
import type { Snapshot } from 'xstate';
import { mergeRuns } from '../../../core/architecture/merge';
import { switchProvider } from '../../../core/architecture/provider';
import { projectView, VIEW_INFO, type ArchitectureView } from '../../../core/architecture/views';
import type { Library } from '../../../core/library';
import { buildRecommendation } from '../../../core/recommendation/build';
import { restoreRun } from '../../../core/session/resume';
import { ArchitectureDiagram } from '../diagram/ArchitectureDiagram';
import { ExportMenu } from '../export/ExportMenu';
import type { Platform } from '../platform';
import { WizardScreen } from '../wizard/WizardScreen';
import { GuideConflicts } from './GuideConflicts';
import { ProviderNotes } from './ProviderNotes';
import { ProviderSwitch } from './ProviderSwitch';
import { SessionGuides } from './SessionGuides';
import { ViewSwitch } from './ViewSwitch';
import { putRun, removeRun, type ArchitectureState } from './state';
import './architecture.css';

type Props = {
  library: Library;
  platform: Platform;
  state: ArchitectureState;
  onChange: (state: ArchitectureState) => void;
};

/**
 * One architecture from several guides: add, redo or remove guides (each runs in the usual
 * wizard and joins with "Add to the architecture"), see the merged diagram, switch provider
 * and export. Merging and switching are core functions (src/core/architecture); this screen
 * only keeps the list of decisions.
 */
export function ArchitectureScreen({ library, platform, state, onChange }: Props) {
  const [running, setRunning] = useState<{ guideId: string; resume?: Snapshot<unknown> } | null>(null);
  // Which projection of the one model to draw and export; 'full' is the model as composed.
  const [view, setView] = useState<ArchitectureView>('full');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!running) headingRef.current?.focus();
  }, [running]);

  const runs = useMemo(
    () => state.runs.flatMap((r) => {
      const guide = library.guides.find((g) => g.id === r.guideId);
      return guide ? [{ guide, decided: r.decided }] : [];
    }),
    [state.runs, library],
  );
  const drawn = useMemo(() => mergeRuns(runs, library.catalog), [runs, library]);
  const switched = useMemo(() => switchProvider(drawn, library.catalog, state.provider), [drawn, library, state.provider]);
  const model = useMemo(() => projectView(switched, view), [switched, view]);
  const exportSource = useMemo(
    () => ({ model, recommendations: runs.map((r) => buildRecommendation(r.guide, library.catalog, r.decided)) }),
    [model, runs, library],
  );

  const guide = running ? library.guides.find((g) => g.id === running.guideId) : undefined;
  if (running && guide) {
    return (
      <WizardScreen
        key={`${guide.id}:${running.resume ? 'redo' : 'new'}`}
        guide={guide}
        catalog={library.catalog}
        platform={platform}
        resume={running.resume}
        homeLabel="Back to the architecture"
        onHome={() => setRunning(null)}
        onUse={(decided) => {
          onChange(putRun(state, { guideId: guide.id, decided }));
          setRunning(null);
        }}
      />
    );
  }

  // Redo starts from the answers given last time, at the outcome: Back or Change any of them.
  const redo = (guideId: string) => {
    const run = state.runs.find((r) => r.guideId === guideId);
    const redoGuide = library.guides.find((g) => g.id === guideId);
    if (!run || !redoGuide) return;
    const { snapshot } = restoreRun(redoGuide, {
      guide: guideId, guideVersion: redoGuide.version, answers: run.decided.answers, remembered: run.decided.answers,
      history: run.decided.path.map((s) => s.question), position: { kind: 'outcome', outcome: run.decided.outcome },
    });
    setRunning({ guideId, resume: snapshot });
  };

  return (
    <article className="architecture" aria-labelledby="architecture-title">
      <header className="architecture__hero">
        <div>
          <p className="eyebrow">Architecture · several guides, one diagram</p>
          <h2 id="architecture-title" ref={headingRef} tabIndex={-1} className="architecture__title">
            {state.runs.length ? drawn.title : 'Compose an architecture'}
          </h2>
          <p className="architecture__lead">
            Run the guides for each tier (compute, database, messaging, disaster recovery, connectivity). Their outcomes merge into one model:
            shared region, VPC and AZs, the application wired to its data and messaging, the second region and its replication added by DR.
          </p>
        </div>
      </header>

      <SessionGuides
        guides={library.guides}
        runs={state.runs}
        onAdd={(guideId) => setRunning({ guideId })}
        onRedo={redo}
        onRemove={(guideId) => onChange(removeRun(state, guideId))}
      />

      {state.runs.length > 0 && (
        <>
          <section className="panel panel--diagram" aria-labelledby="architecture-diagram-title">
            <div className="panel__head">
              <h3 id="architecture-diagram-title" className="panel__title">Diagram</h3>
              <ViewSwitch value={view} onChange={setView} />
              <ProviderSwitch value={state.provider} onChange={(provider) => onChange({ ...state, provider })} />
              <ExportMenu source={exportSource} />
            </div>
            <p className="panel__hint">
              {VIEW_INFO[view].label} view: {VIEW_INFO[view].description.toLowerCase()}. {model.nodes.length} services from {state.runs.length}{' '}
              {state.runs.length === 1 ? 'guide' : 'guides'}. Hover or focus a service to see which guide and answers put it there.
            </p>
            <div className="diagram-frame diagram-frame--architecture">
              <ArchitectureDiagram model={model} />
            </div>
          </section>
          <GuideConflicts recommendations={exportSource.recommendations} />
          <ProviderNotes model={switched} provider={state.provider} catalog={library.catalog} />
        </>
      )}
    </article>
  );
}
