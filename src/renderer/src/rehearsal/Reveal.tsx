import { useMemo } from 'react';
import type { CatalogIndex } from '../../../core/catalog/load';
import { questionById } from '../../../core/guide/answers';
import type { Guide } from '../../../core/guide/schema';
import { explainAlternative, scenarioPath, scenarioRecommendation, type Grade, type Pick } from '../../../core/rehearsal/drill';
import type { Scenario } from '../../../core/rehearsal/schema';
import { DefendIt } from './DefendIt';
import { RuledOut } from './RuledOut';
import { WhatWouldChange } from './WhatWouldChange';

type Props = { guide: Guide; catalog: CatalogIndex; scenario: Scenario; pick: Pick; grade: Grade };

/** After the commit: the verdict, the guide's own answer and path, and why the pick fails if it does. */
export function Reveal({ guide, catalog, scenario, pick, grade }: Props) {
  const rec = useMemo(() => scenarioRecommendation(guide, catalog, scenario), [guide, catalog, scenario]);
  const path = useMemo(() => scenarioPath(guide, scenario), [guide, scenario]);
  const wrong = useMemo(
    () => (grade.outcomeRight ? undefined : explainAlternative(guide, scenario, pick.outcome)),
    [grade.outcomeRight, guide, scenario, pick.outcome],
  );
  const picked = pick.decidedBy ? questionById(guide, pick.decidedBy) : undefined;
  const pickedTitle = guide.outcomes.find((o) => o.id === pick.outcome)?.title ?? pick.outcome;

  return (
    <section className="reveal" aria-labelledby="reveal-verdict">
      <div className={`verdict verdict--${grade.outcomeRight ? 'right' : 'wrong'}`} role="status">
        <p id="reveal-verdict" className="verdict__headline">
          {grade.outcomeRight
            ? `Right: ${rec.outcome.title}`
            : grade.outcomeDefensible
              ? `Defensible: ${pickedTitle}, if ${scenario.alternatives?.find((a) => a.outcome === pick.outcome)?.when ?? ''} The guide picks ${rec.outcome.title}.`
              : `Not quite: you chose ${pickedTitle}`}
        </p>
        <p className="verdict__detail">
          {grade.deciderRight ? (
            <>You also named a requirement that decides it.</>
          ) : (
            <>
              {picked ? <>You named “{picked.prompt}”. </> : <>You did not name a requirement. </>}
              Requirements that decide it: {grade.decisive.map((q) => `“${questionById(guide, q)?.prompt ?? q}”`).join(', ')}.
            </>
          )}
        </p>
        <p className="verdict__score">
          {grade.points} / 2 points
        </p>
      </div>

      <div className="reveal-grid">
        <div className="reveal-main">
          <article className="reveal-card" data-testid="guide-answer">
            <p className="eyebrow">The guide’s answer</p>
            <h3 className="reveal-card__title">{rec.outcome.title}</h3>
            <p className="reveal-card__summary">{rec.outcome.summary}</p>
            <p>{rec.rationale}</p>
          </article>

          {wrong && <RuledOut alternative={wrong} heading={`Why not ${wrong.title}?`} />}

          <DefendIt key={scenario.id} guide={guide} scenario={scenario} />
          <WhatWouldChange key={`change-${scenario.id}`} guide={guide} scenario={scenario} />
        </div>

        <aside className="reveal-side">
          <section className="reveal-card" aria-labelledby="reveal-path">
            <h3 id="reveal-path" className="reveal-card__heading">
              The guide’s path
            </h3>
            <ol className="path-trail" data-testid="guide-path">
              {path.map((step) => (
                <li key={step.question} className={`path-step${step.decider ? ' path-step--decider' : ''}`}>
                  <span className="path-step__prompt">{step.prompt}</span>
                  <span className="path-step__answer">{step.answer}</span>
                  {step.decider && <span className="badge badge--accent">Decides it</span>}
                </li>
              ))}
              <li className="path-step path-step--end">
                <span className="path-step__prompt">Outcome</span>
                <span className="path-step__answer">{rec.outcome.title}</span>
              </li>
            </ol>
          </section>
          <section className="reveal-card" aria-labelledby="reveal-facts">
            <h3 id="reveal-facts" className="reveal-card__heading">
              Facts that matter
            </h3>
            <ul className="fact-list">
              {scenario.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </section>
  );
}
