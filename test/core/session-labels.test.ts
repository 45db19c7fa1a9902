import { describe, expect, it } from 'vitest';
import { newSession } from '../../src/core/session/ops';
import { defaultSessionName, describeProgress, guideTitleOf, relativeTime } from '../../src/renderer/src/sessions/session-labels';
import { guides, walk } from './session-arbitraries';

const messaging = guides.find((g) => g.id === 'messaging')!;
const at = new Date('2025-03-12T14:05:00Z');

describe('what the Recent list says about a session', () => {
  it('names a new session after its guide and when it began', () => {
    expect(defaultSessionName('Messaging backbone', at, 'en-GB')).toMatch(/^Messaging backbone · 12 Mar, \d\d:05$/);
  });

  it('says how far it got: not started, at a question, or at a recommendation', () => {
    const fresh = newSession(messaging, 'A', at);
    expect(describeProgress(fresh, guides)).toBe('Not started');
    expect(describeProgress({ ...fresh, runs: [walk(messaging, [0, 0])] }, guides)).toBe('Question 3 · 2 answered');
    expect(describeProgress({ ...fresh, runs: [walk(messaging, [0, 0, 0])] }, guides)).toBe('Recommendation: SQS Standard queue with a dead-letter queue');
    const orphan = { ...fresh, runs: [{ ...fresh.runs[0]!, guide: 'mainframes' }] };
    expect(describeProgress(orphan, guides)).toBe('Guide “mainframes” is not available');
    expect(guideTitleOf(orphan, guides)).toBe('mainframes');
  });

  it('says when, relative to now', () => {
    const now = new Date('2025-03-12T14:05:00Z');
    expect(relativeTime('2025-03-12T14:04:40Z', now, 'en')).toBe('just now');
    expect(relativeTime('2025-03-12T13:55:00Z', now, 'en')).toBe('10 minutes ago');
    expect(relativeTime('2025-03-11T14:05:00Z', now, 'en')).toBe('yesterday');
    expect(relativeTime('2025-01-01T00:00:00Z', now, 'en')).toBe('2 months ago');
  });
});
