import { describe, expect, it } from 'vitest';
import { newSession } from '../../src/core/session/ops';
import { createWebSessions, guardWebSettings, SESSION_KEYS, type WebStorage } from '../../src/renderer/src/platform/web-sessions';
import { guides } from './session-arbitraries';

function fakeStorage(initial: Record<string, string> = {}): WebStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const stamp = /^archtree\.sessions\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/;

describe('web sessions over localStorage', () => {
  it('saves under one key and reads back in a new store (a reload)', async () => {
    const storage = fakeStorage();
    const s = newSession(guides[0]!, 'First', new Date());
    await createWebSessions(storage).put(s);
    expect(JSON.parse(storage.data.get(SESSION_KEYS.sessions)!)).toMatchObject({ version: 2, sessions: [{ id: s.id }] });
    expect((await createWebSessions(storage).list()).sessions).toEqual([s]);
  });

  it.each(['', '{"version":2,"sessions":[', 'not json', '{"version":2,"sessions":[{"id":1}]}'])(
    'a corrupt value %j is copied to <key>.corrupt-<timestamp> and the notice names that key',
    async (raw) => {
      const storage = fakeStorage({ [SESSION_KEYS.sessions]: raw });
      const listing = await createWebSessions(storage).list();
      expect(listing.sessions).toEqual([]);
      const aside = [...storage.data.keys()].find((k) => stamp.test(k))!;
      expect(storage.data.get(aside)).toBe(raw);
      expect(storage.data.has(SESSION_KEYS.sessions)).toBe(false);
      expect(listing.notices[0]!.message).toContain(`moved aside to the browser storage key “${aside}”`);
    },
  );

  it('damaged settings are copied aside before the settings store reads them', () => {
    const storage = fakeStorage({ 'archtree.settings': '{"version":1,"theme":"neon"}' });
    const notice = guardWebSettings(storage, 'archtree.settings', new Date('2025-01-02T03:04:05.006Z'));
    expect(notice?.message).toMatch(/^Your settings could not be read: the file does not match the settings format: theme: .+ It was moved aside to the browser storage key “archtree\.settings\.corrupt-2025-01-02T03-04-05-006Z”/);
    expect(storage.data.has('archtree.settings')).toBe(false);
    expect(guardWebSettings(fakeStorage({ 'archtree.settings': '{"version":1,"theme":"dark"}' }), 'archtree.settings')).toBeUndefined();
  });

  it('a full storage rejects the save (the UI says "not saved") and keeps what was there', async () => {
    const storage = fakeStorage();
    const sessions = createWebSessions(storage);
    await sessions.put(newSession(guides[0]!, 'Kept', new Date()));
    const before = storage.data.get(SESSION_KEYS.sessions);
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    await expect(sessions.put(newSession(guides[0]!, 'Lost', new Date()))).rejects.toThrow(/quota/);
    expect(storage.data.get(SESSION_KEYS.sessions)).toBe(before);
  });
});
