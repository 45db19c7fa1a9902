import { formatClock } from '../../../core/rehearsal/mock';
import { useElapsed } from './useClock';

export type TimerChoice = 'off' | '120' | '300';
export const TIMER_CHOICES: { value: TimerChoice; label: string }[] = [
  { value: 'off', label: 'No timer' },
  { value: '120', label: '2 min' },
  { value: '300', label: '5 min' },
];

/**
 * A countdown beside the commit button. Running out does not take the question away: in an
 * interview you would still answer, just late, and the reveal is still worth seeing.
 */
export function DrillClock({ startedAt, limitSeconds }: { startedAt: number; limitSeconds: number }) {
  const elapsed = useElapsed(startedAt, true);
  const left = limitSeconds - elapsed;
  const over = left <= 0;
  return (
    <span className={`clock${over ? ' clock--over' : left < 30 ? ' clock--low' : ''}`} role="timer" aria-live="off">
      <span className="clock__value">{over ? formatClock(-left) : formatClock(left)}</span>
      <span className="clock__label">{over ? 'over time' : 'left'}</span>
    </span>
  );
}
