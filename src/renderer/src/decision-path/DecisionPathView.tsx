import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { whatWouldLeadTo } from '../../../core/guide/counterfactual';
import { guideGraph, pathHighlight } from '../../../core/guide/guide-graph';
import type { Answers, Guide } from '../../../core/guide/schema';
import type { Decided } from '../../../core/recommendation/build';
import { Icon } from '../components/Icon';
import { LeadHere } from './LeadHere';
import { PathGraph } from './PathGraph';
import { usePathLayout } from './use-path-layout';
import '../styles/decision-path.css';

type Props = {
  guide: Guide;
  decided: Decided;
  onClose: () => void;
  /** open these answers as a what-if beside the recommendation */
  onTry: (answers: Answers) => void;
};

/**
 * The whole guide with the user's path on it. Choosing another outcome (in the tree or the
 * list) asks the core for the smallest set of answer changes that would reach it.
 */
export function DecisionPathView({ guide, decided, onClose, onTry }: Props) {
  const graph = useMemo(() => guideGraph(guide), [guide]);
  const taken = useMemo(() => pathHighlight(guide, decided), [guide, decided]);
  const layout = usePathLayout(guide, graph);
  const [selected, setSelected] = useState<string>();
  const result = useMemo(() => (selected ? whatWouldLeadTo(guide, decided.answers, selected) : undefined), [guide, decided, selected]);
  const suggested = useMemo(
    () => (result?.ok ? { highlight: pathHighlight(guide, result.decision), answers: result.decision.answers } : undefined),
    [guide, result],
  );
  const current = guide.outcomes.find((o) => o.id === decided.outcome);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const select = (outcome: string) => setSelected(outcome === decided.outcome ? undefined : outcome);
  // Escape returns to the recommendation (the wizard's own Escape would leave the guide).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <article className="decision-path" aria-labelledby="decision-path-title" onKeyDown={onKeyDown}>
      <header className="decision-path__head">
        <div>
          <p className="eyebrow">Decision path · {guide.title}</p>
          <h2 id="decision-path-title" ref={heading} tabIndex={-1} className="decision-path__title">
            How you reached {current?.title ?? decided.outcome}
          </h2>
          <p className="decision-path__hint">Your path is highlighted. Choose another outcome to see what would lead there.</p>
        </div>
        <button type="button" className="button" onClick={onClose}>
          <Icon name="back" /> Back to the recommendation
        </button>
      </header>
      <div className="decision-path__body">
        <div className="decision-path__canvas">
          {layout.status === 'ready' && (
            <PathGraph
              guide={guide}
              graph={graph}
              layout={layout.layout}
              taken={taken}
              answers={decided.answers}
              suggested={suggested}
              selected={selected}
              onSelect={select}
            />
          )}
          {layout.status === 'pending' && <p className="decision-path__status" role="status">Drawing the guide…</p>}
          {layout.status === 'error' && <p className="decision-path__status" role="alert">The guide could not be drawn: {layout.message}</p>}
          <ul className="decision-path__legend" role="list" aria-label="Legend">
            <li><span className="path-swatch is-taken" aria-hidden="true" /> Your path</li>
            {suggested && <li><span className="path-swatch is-suggested" aria-hidden="true" /> Suggested path</li>}
            <li><span className="path-swatch is-off" aria-hidden="true" /> Other branches</li>
          </ul>
        </div>
        <aside className="decision-path__aside" aria-label="Outcomes">
          <h3 className="decision-path__aside-title">Outcomes</h3>
          <ul className="path-outcomes" role="list">
            {guide.outcomes.map((o) => {
              const mine = o.id === decided.outcome;
              return (
                <li key={o.id}>
                  <button
                    type="button"
                    className={`path-outcomes__item${mine ? ' is-current' : ''}${selected === o.id ? ' is-selected' : ''}`}
                    data-outcome={o.id}
                    aria-pressed={selected === o.id}
                    disabled={mine}
                    onClick={() => select(o.id)}
                  >
                    <span className="path-outcomes__title">{o.title}</span>
                    {mine && <span className="path-outcomes__tag">Your outcome</span>}
                  </button>
                </li>
              );
            })}
          </ul>
          {result ? (
            <LeadHere guide={guide} result={result} onTry={onTry} />
          ) : (
            <p className="decision-path__empty">Pick an outcome, here or in the tree, to see the fewest answers you would change to get there.</p>
          )}
        </aside>
      </div>
    </article>
  );
}
