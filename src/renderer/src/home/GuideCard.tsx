import { forwardRef } from 'react';
import type { GuideSummary } from '../../../core/library-shelf';
import { SEED_SECTIONS } from '../../../core/guide/sections';

type Props = {
  guide: GuideSummary;
  hint?: string;
  lastOpened: boolean;
  onOpen: (id: string) => void;
};

/** One guide on the home screen: a single button, so Tab, Enter and Space just work. */
export const GuideCard = forwardRef<HTMLButtonElement, Props>(function GuideCard({ guide, hint, lastOpened, onOpen }, ref) {
  const most = guide.mostQuestions;
  return (
    <button
      ref={ref}
      type="button"
      className="guide-card"
      data-guide={guide.id}
      onClick={() => onOpen(guide.id)}
    >
      <span className="guide-card__top">
        <span className="guide-card__title">{guide.title}</span>
        {lastOpened && <span className="badge badge--accent">Last opened</span>}
      </span>
      <span className="guide-card__purpose">{guide.purpose}</span>
      {hint && <span className="guide-card__hint">{hint}</span>}
      <span className="guide-card__meta">
        <span className="tag">{SEED_SECTIONS[guide.section]}</span>
        <span>
          {most === 1 ? '1 question' : `up to ${most} questions`} · {guide.outcomeCount} outcomes
        </span>
      </span>
    </button>
  );
});
