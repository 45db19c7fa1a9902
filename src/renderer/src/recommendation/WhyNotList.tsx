import type { Recommendation } from '../../../core/recommendation/types';

/** Every other outcome of the guide, and why it was not the one for these answers. */
export function WhyNotList({ items }: { items: Recommendation['whyNot'] }) {
  if (items.length === 0) return <p className="muted">This guide has no other outcomes.</p>;
  return (
    <ul className="why-not" role="list">
      {items.map((item) => (
        <li key={item.outcome} className="why-not__item" data-outcome={item.outcome}>
          <span className="why-not__title">{item.title}</span>
          <span className="why-not__text">{item.text || 'Not a fit for these answers.'}</span>
        </li>
      ))}
    </ul>
  );
}
