import { describe, expect, it } from 'vitest';
import { mergeRuns } from '../../src/core/architecture/merge';
import { architectureFromSession, architectureSession } from '../../src/core/architecture/session-runs';
import { newSession } from '../../src/core/session/ops';
import { isArchitectureSession, sessionSchema } from '../../src/core/session/schema';
import { decodeStoreText, encodeStoreFile } from '../../src/core/session/store-text';
import { describeProgress, guideTitleOf } from '../../src/renderer/src/sessions/session-labels';
import { fiveGuideSession, realLibrary } from './merge-cases';

const meta = { id: 'arch-1', name: 'Architecture · 12 Mar, 14:05', createdAt: '2025-03-12T14:05:00.000Z' };
const now = new Date('2025-03-12T14:10:00.000Z');

describe('an architecture session in the session store', () => {
  it('saved and reloaded gives the same runs, provider and merged model', () => {
    const { guides, catalog } = realLibrary();
    const runs = fiveGuideSession();
    const session = architectureSession(meta, runs, 'gcp', now)!;
    expect(sessionSchema.parse(session)).toEqual(session);
    expect(isArchitectureSession(session)).toBe(true);

    const decoded = decodeStoreText(encodeStoreFile({ version: 2, sessions: [session] }));
    if (!decoded.ok) throw new Error(decoded.message);
    const reloaded = decoded.file.sessions[0]!;
    expect(reloaded).toEqual(session);

    const back = architectureFromSession(reloaded, guides);
    expect(back.skipped).toEqual([]);
    expect(back.provider).toBe('gcp');
    expect(back.runs.map((r) => r.guide.id)).toEqual(runs.map((r) => r.guide.id));
    expect(back.runs.map((r) => r.decided)).toEqual(runs.map((r) => r.decided));
    expect(mergeRuns(back.runs, catalog)).toEqual(mergeRuns(runs, catalog));
  });

  it('is not saved without a guide, and a guide session stays a guide session', () => {
    const { guides } = realLibrary();
    expect(architectureSession(meta, [], 'aws', now)).toBeNull();
    const single = newSession(guides[0]!, 'One guide', now);
    expect(single.architecture).toBeUndefined();
    expect(isArchitectureSession(sessionSchema.parse(single))).toBe(false);
  });

  it('reads as "Architecture · N guides" in Recent', () => {
    const { guides } = realLibrary();
    const session = architectureSession(meta, fiveGuideSession().slice(0, 3), 'aws', now)!;
    expect(`${guideTitleOf(session, guides)} · ${describeProgress(session, guides)}`).toBe('Architecture · 3 guides');
  });
});
