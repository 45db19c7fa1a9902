import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SEED_SECTIONS } from '../../../core/guide/sections';
import type { RehearsalBank } from '../../../core/rehearsal/bank';
import { recordReview, type RatingName } from '../../../core/rehearsal/progress';
import { countDue, dueQueue, formatInterval, previewIntervals, RATINGS, reviewCard } from '../../../core/rehearsal/schedule';
import type { Flashcard } from '../../../core/rehearsal/schema';
import type { ProgressState } from './useRehearsalProgress';

type Props = { bank: RehearsalBank; progress: ProgressState; onProgress: () => void };

const LABELS: Record<RatingName, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const KIND: Record<Flashcard['kind'], string> = { limit: 'Limit', price: 'Price', sla: 'SLA', threshold: 'Threshold', behaviour: 'Behaviour' };

/** Whether a key press is meant for a form field rather than for the card. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

export function FlashcardSession({ bank, progress, onProgress }: Props) {
  if (!progress.loaded) return <p className="muted">Loading your schedule…</p>;
  return <Session bank={bank} progress={progress} onProgress={onProgress} />;
}

function Session({ bank, progress, onProgress }: Props) {
  // The queue is fixed when the session starts; a card rated Again comes back at the end.
  const [queue, setQueue] = useState<Flashcard[]>(() => dueQueue(bank.cards, progress.progress.cards, new Date()));
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [tally, setTally] = useState<Record<RatingName, number>>({ again: 0, hard: 0, good: 0, easy: 0 });
  const cardRef = useRef<HTMLElement>(null);
  const card = queue[index];
  const state = card ? progress.progress.cards[card.id] : undefined;
  const preview = useMemo(() => (card && revealed ? previewIntervals(state, new Date()) : null), [card, revealed, state]);

  const reveal = useCallback(() => setRevealed(true), []);
  const rate = useCallback(
    (rating: RatingName) => {
      if (!card) return;
      const now = new Date();
      progress.update((p) => recordReview(p, { card: card.id, rating, at: now.toISOString() }, reviewCard(p.cards[card.id], rating, now)));
      setTally((t) => ({ ...t, [rating]: t[rating] + 1 }));
      if (rating === 'again') setQueue((q) => [...q, card]);
      setIndex((i) => i + 1);
      setRevealed(false);
    },
    [card, progress],
  );

  useEffect(() => {
    cardRef.current?.focus();
  }, [index, revealed]);

  // Anki's keys: Space or Enter shows the answer, 1–4 rate it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (!revealed && (e.key === ' ' || e.key === 'Enter') && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault();
        reveal();
      } else if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        rate(RATINGS[Number(e.key) - 1]!);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [revealed, reveal, rate]);

  const reviewed = Object.values(tally).reduce((a, b) => a + b, 0);
  if (!card) {
    const left = countDue(bank.cards, progress.progress.cards, new Date());
    return (
      <div className="cards-done reveal-card" role="status">
        <h2 className="reveal-card__title">{reviewed > 0 ? 'Session complete' : 'Nothing due right now'}</h2>
        <p>
          {reviewed > 0
            ? `${reviewed} ${reviewed === 1 ? 'review' : 'reviews'}: ${tally.again} again, ${tally.hard} hard, ${tally.good} good, ${tally.easy} easy.`
            : 'Every card you have seen is scheduled for later.'}{' '}
          {left.unseen > 0 ? `${left.unseen} new cards remain.` : 'You have seen every card.'}
        </p>
        <div className="pick-actions">
          {left.unseen > 0 && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setQueue(dueQueue(bank.cards, progress.progress.cards, new Date()));
                setIndex(0);
              }}
            >
              Study more
            </button>
          )}
          <button type="button" className="button" onClick={onProgress}>
            See progress
          </button>
        </div>
      </div>
    );
  }

  const isNew = !state;
  return (
    <div className="cards">
      <p className="cards-status" aria-live="polite">
        Card {Math.min(index + 1, queue.length)} of {queue.length}
        <span className="muted"> · {reviewed} reviewed this session</span>
      </p>
      <article ref={cardRef} tabIndex={-1} className={`flashcard${revealed ? ' flashcard--revealed' : ''}`} data-card={card.id} aria-label="Flashcard">
        <p className="flashcard__meta">
          <span className={`fact-kind fact-kind--${card.kind}`}>{KIND[card.kind]}</span>
          <span>{SEED_SECTIONS[card.section]}</span>
          {isNew && <span className="badge badge--accent">New</span>}
        </p>
        <p className="flashcard__front">{card.front}</p>
        {revealed ? (
          <div className="flashcard__answer">
            <p className="flashcard__back" data-testid="card-back">
              {card.back}
            </p>
            {card.detail && <p className="flashcard__detail">{card.detail}</p>}
          </div>
        ) : (
          <button type="button" className="button button--primary flashcard__show" onClick={reveal}>
            Show answer <kbd>Space</kbd>
          </button>
        )}
      </article>
      {revealed && preview && (
        <div className="ratings" role="group" aria-label="How well did you recall it?">
          {RATINGS.map((rating, i) => (
            <button key={rating} type="button" className={`rating rating--${rating}`} onClick={() => rate(rating)}>
              <span className="rating__label">{LABELS[rating]}</span>
              <span className="rating__interval">{formatInterval(preview[rating])}</span>
              <kbd aria-hidden="true">{i + 1}</kbd>
            </button>
          ))}
        </div>
      )}
      <p className="cards-keys">
        <kbd>Space</kbd> shows the answer · <kbd>1</kbd>–<kbd>4</kbd> rate it · Again brings the card back this session
      </p>
    </div>
  );
}
