import type { Alternative } from '../../../core/rehearsal/drill';

/** The guide's why-not for an alternative, and the scenario answer that rules it out. */
export function RuledOut({ alternative, heading, model = false }: { alternative: Alternative; heading: string; model?: boolean }) {
  const [first, ...more] = alternative.ruledOutBy;
  return (
    <article
      className={`reveal-card ruled-out${model ? ' ruled-out--model' : ''}`}
      data-testid={model ? 'model-answer' : 'why-not'}
      data-outcome={alternative.outcome}
    >
      <h3 className="reveal-card__heading">{heading}</h3>
      {/* the ruling answer shows in the box below, so the paragraph starts at the guide's reason */}
      <p>{first ? alternative.reason : alternative.whyNot}</p>
      {first && (
        <div className="ruling">
          <p className="ruling__label">The answer that rules it out</p>
          <p className="ruling__prompt">{first.prompt}</p>
          <dl className="ruling__values">
            <div>
              <dt>This scenario</dt>
              <dd>{first.given}</dd>
            </div>
            <div>
              <dt>{alternative.title} would need</dt>
              <dd>{first.needed}</dd>
            </div>
          </dl>
          {more.length > 0 && (
            <p className="ruling__more">
              Also: {more.map((m) => `“${m.prompt}” would have to be ${m.needed}`).join('; ')}.
            </p>
          )}
        </div>
      )}
    </article>
  );
}
