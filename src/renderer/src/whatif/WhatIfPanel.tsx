import { useEffect, useRef } from 'react';
import { questionById } from '../../../core/guide/answers';
import { shortLabel } from '../../../core/guide/guide-graph';
import type { AnswerValue, Guide } from '../../../core/guide/schema';
import { ArchitectureDiagram } from '../diagram/ArchitectureDiagram';
import { Icon } from '../components/Icon';
import { AnswerEditor } from './AnswerEditor';
import { MarkLegend } from './MarkLegend';
import { ComparisonSide } from './ComparisonSide';
import type { WhatIf } from './use-what-if';
import '../styles/whatif.css';

type Props = {
  guide: Guide;
  whatIf: WhatIf;
  /** answer a question the change opened */
  onAnswer: (question: string, value: AnswerValue) => void;
  /** absent when the screen cannot adopt answers (then only Discard shows) */
  onKeep?: () => void;
  onDiscard: () => void;
};

/**
 * The recommendation and the what-if side by side (stacked on narrow windows): the sentence
 * that explains the move, both outcomes and both diagrams with the differences marked.
 */
export function WhatIfPanel({ guide, whatIf, onAnswer, onKeep, onDiscard }: Props) {
  const { decision, comparison } = whatIf;
  const { before, after, marks, diff } = comparison;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.closest('section')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, []);
  const pending = decision.status === 'pending' ? questionById(guide, decision.question) : undefined;
  const dropped = comparison.dropped.flatMap((id) => questionById(guide, id) ?? []).map(shortLabel);
  const moved = after && after.recommendation.outcome.id !== before.recommendation.outcome.id;

  return (
    <section className="panel whatif" aria-labelledby="whatif-title" data-testid="what-if" data-status={decision.status}>
      <header className="whatif__head">
        <div className="whatif__text">
          <p className="eyebrow whatif__eyebrow">What if</p>
          <h3 id="whatif-title" ref={heading} tabIndex={-1} className="whatif__sentence" data-testid="what-if-sentence">
            {comparison.sentence}
          </h3>
          {dropped.length > 0 && <p className="whatif__dropped">No longer asked: {dropped.join(', ')}</p>}
        </div>
        <div className="whatif__actions">
          {onKeep && (
            <button type="button" className="button button--primary" onClick={onKeep} disabled={decision.status === 'error'}>
              {decision.status === 'pending' ? 'Keep and continue' : 'Keep this change'}
            </button>
          )}
          <button type="button" className="button" onClick={onDiscard}>Discard</button>
        </div>
      </header>
      {diff && <MarkLegend diff={diff} />}
      <div className="whatif__compare">
        <ComparisonSide tag="Now" side={before}>
          <ArchitectureDiagram model={before.model} marks={marks.before} />
        </ComparisonSide>
        {after ? (
          <ComparisonSide tag="What if" side={after} highlight={moved}>
            <ArchitectureDiagram model={after.model} marks={marks.after} />
          </ComparisonSide>
        ) : (
          <div className="whatif__side whatif__side--waiting">
            <span className="whatif__tag whatif__tag--after">What if</span>
            {pending ? (
              <div className="whatif__pending">
                <h4 className="whatif__pending-title">One more answer</h4>
                <p className="whatif__pending-prompt">{pending.prompt}</p>
                <p className="whatif__pending-help">{pending.help}</p>
                <AnswerEditor key={pending.id} question={pending} submitLabel="See the outcome" onSubmit={(v) => onAnswer(pending.id, v)} autoFocus />
              </div>
            ) : (
              <p className="whatif__error" role="alert">
                <Icon name="warning" /> {decision.status === 'error' ? decision.message : 'No recommendation.'}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
