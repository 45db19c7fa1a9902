import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/core/rehearsal/progress';
import { recordQuestionAttempt } from '../../src/core/rehearsal/question-progress';
import { createRehearsalStore } from '../../src/core/rehearsal/store';
import { electronRehearsalBacking } from '../../src/main/rehearsal-store';
import { createAppUrlCheck, createIpcHandler } from '../../src/main/ipc';
import { createWebRehearsalStore, REHEARSAL_KEY } from '../../src/renderer/src/platform/web-rehearsal';
import { ipcContract } from '../../src/shared/ipc-contract';

/* Interview-question progress travels inside rehearsal progress: same stores, same IPC channel, same validation. */

const answered = recordQuestionAttempt(emptyProgress(), {
  question: 'q-dr-strategy',
  section: 'ha-dr',
  covered: ['pick', 'define'],
  total: 9,
  answer: 'Warm standby with Aurora Global.',
  answeredBy: 'typed',
  context: 'practice',
  seconds: 180,
  limitSeconds: 300,
  at: '2026-11-29T12:00:00.000Z',
});

function mapStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('question progress persistence', () => {
  it('survives the web store (localStorage) with the typed answer', async () => {
    const storage = mapStorage();
    await createWebRehearsalStore(storage).save(answered);
    const back = await createWebRehearsalStore(storage).get();
    expect(back).toEqual(answered);
    expect(back.questions!.attempts[0]!.answer).toBe('Warm standby with Aurora Global.');
    expect(JSON.parse(storage.map.get(REHEARSAL_KEY)!).questions.cards['q-dr-strategy'].reps).toBe(1);
  });

  it('survives the desktop store (electron-store backing)', async () => {
    const backing = { store: {} as Record<string, unknown> };
    await createRehearsalStore(electronRehearsalBacking(backing, undefined)).save(answered);
    expect(await createRehearsalStore(electronRehearsalBacking(backing, undefined)).get()).toEqual(answered);
  });

  it('passes the rehearsal:save channel, which refuses a malformed attempt', async () => {
    const isAppUrl = createAppUrlCheck({ rendererFile: '/app/out/renderer/index.html' });
    const save = createIpcHandler('rehearsal:save', async (p) => p, isAppUrl);
    const event = { senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } } as unknown as Parameters<typeof save>[0];
    expect(await save(event, answered)).toEqual(answered);
    const bad = structuredClone(answered);
    bad.questions!.attempts[0]!.covered = Array.from({ length: 10 }, (_, i) => `p${i}`);
    await expect(save(event, bad)).rejects.toThrow(/rehearsal:save: invalid input[\s\S]*covers more key points/);
    expect(ipcContract['rehearsal:save'].input.safeParse({ ...answered, questions: { cards: {}, attempts: [], extra: 1 } }).success).toBe(false);
  });
});
