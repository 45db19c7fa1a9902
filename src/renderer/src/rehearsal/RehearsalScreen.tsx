import { useEffect, useMemo, useRef, useState } from 'react';
import type { Library } from '../../../core/library';
import type { Platform } from '../platform';
import '../styles/rehearsal.css';
import { bundledBank } from './bundled-bank';
import { Drills } from './Drills';
import { FlashcardSession } from './FlashcardSession';
import { MockRound } from './MockRound';
import { ProgressPage } from './ProgressPage';
import { QuestionProgress } from './QuestionProgress';
import { QuestionsView } from './QuestionsView';
import { RehearsalHub, type RehearsalView } from './RehearsalHub';
import { ScenarioDrill } from './ScenarioDrill';
import { useRehearsalProgress } from './useRehearsalProgress';

type Props = {
  platform: Platform;
  library: Library;
  /** opens a guide in the wizard ("walk it in the guide" from a question) */
  onOpenGuide?: (id: string) => void;
};

const TITLES: Record<RehearsalView, string> = {
  hub: 'Rehearse',
  questions: 'Interview questions',
  interview: 'Mock interview',
  drill: 'Scenario drill',
  drills: 'Drills',
  mock: 'Mock round',
  cards: 'Flashcards',
  progress: 'Progress',
};

/** Rehearsal mode: a hub and four activities, all reading one progress value. */
export function RehearsalScreen({ platform, library, onOpenGuide }: Props) {
  const bank = useMemo(() => bundledBank(library), [library]);
  const state = useRehearsalProgress(platform.rehearsal);
  const [view, setView] = useState<RehearsalView>('hub');
  const [cameFrom, setCameFrom] = useState<RehearsalView | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${TITLES[view]} · Archtree`;
    heading.current?.focus();
  }, [view]);
  // The app sets the title only when a guide opens or closes, so leave it as home expects.
  useEffect(() => () => void (document.title = 'Archtree'), []);

  const go = (next: RehearsalView) => {
    setCameFrom(view);
    setView(next);
  };
  const back = () => go('hub');

  return (
    <div className="rehearsal" data-view={view}>
      <div className="rehearsal-top">
        {view !== 'hub' && (
          <button type="button" className="button button--ghost button--small rehearsal-back" onClick={back}>
            <span aria-hidden="true">←</span> All activities
          </button>
        )}
        <h1 ref={heading} tabIndex={-1} className="rehearsal-title">
          {TITLES[view]}
        </h1>
        {state.saveError && (
          <p className="rehearsal-save-error" role="status">
            {state.saveError}
          </p>
        )}
      </div>
      {view === 'hub' && (
        <RehearsalHub bank={bank} library={library} progress={state.progress} onOpen={go} returnFrom={cameFrom} />
      )}
      {(view === 'questions' || view === 'interview') && (
        <QuestionsView key={view} activity={view} library={library} bank={bank} progress={state} onOpenGuide={onOpenGuide} />
      )}
      {view === 'drill' && <ScenarioDrill bank={bank} library={library} progress={state} />}
      {view === 'drills' && <Drills library={library} bank={bank} onOpenGuide={onOpenGuide} />}
      {view === 'mock' && <MockRound bank={bank} library={library} progress={state} onDone={back} />}
      {view === 'cards' && <FlashcardSession bank={bank} progress={state} onProgress={() => go('progress')} />}
      {view === 'progress' && (
        <ProgressPage bank={bank} library={library} progress={state.progress} onOpen={go}>
          <QuestionProgress library={library} bank={bank} progress={state} onPractise={() => go('questions')} />
        </ProgressPage>
      )}
    </div>
  );
}
