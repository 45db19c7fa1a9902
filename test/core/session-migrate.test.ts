import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateExportFile, migrateSession, migrateStoreFile, sessionV1ToV2 } from '../../src/core/session/migrate';
import { CURRENT_VERSION, sessionSchema, storeFileSchema } from '../../src/core/session/schema';
import { sessionV1Schema, type SessionV1 } from '../../src/core/session/schema-v1';
import { sessionV1Arb } from './session-arbitraries';

const v1: SessionV1 = {
  id: 'old-1',
  name: 'Queue for the billing service',
  createdAt: Date.UTC(2024, 4, 1, 9, 30),
  updatedAt: Date.UTC(2024, 4, 2, 17, 0),
  guide: 'messaging',
  answers: { pattern: 'work-queue', consumerCompute: 'lambda' },
  history: ['pattern', 'consumerCompute'],
  at: 'ordering',
};

describe('format 1 → 2', () => {
  it('turns the single guide into a run, epoch times into ISO, and the target into a position', () => {
    expect(sessionV1ToV2(v1)).toEqual({
      id: 'old-1',
      name: 'Queue for the billing service',
      createdAt: '2024-05-01T09:30:00.000Z',
      updatedAt: '2024-05-02T17:00:00.000Z',
      runs: [
        {
          guide: 'messaging',
          answers: { pattern: 'work-queue', consumerCompute: 'lambda' },
          remembered: { pattern: 'work-queue', consumerCompute: 'lambda' },
          history: ['pattern', 'consumerCompute'],
          position: { kind: 'question', question: 'ordering' },
        },
      ],
    });
    expect(sessionV1ToV2({ ...v1, at: 'outcome:sqs-standard' }).runs[0]!.position).toEqual({ kind: 'outcome', outcome: 'sqs-standard' });
  });

  it('migrates a whole store file and an export, saying which version they came from', () => {
    const store = migrateStoreFile({ version: 1, sessions: [v1] });
    expect(store).toMatchObject({ ok: true, from: 1, value: { version: CURRENT_VERSION, sessions: [{ id: 'old-1' }] } });
    const exported = migrateExportFile({ format: 'archtree.session', version: 1, session: v1 });
    expect(exported).toMatchObject({ ok: true, from: 1, value: { version: 2, exportedAt: '2024-05-02T17:00:00.000Z' } });
  });

  it('a current file passes through unchanged', () => {
    const current = migrateStoreFile({ version: 1, sessions: [v1] });
    if (!current.ok) throw new Error(current.message);
    expect(migrateStoreFile(current.value)).toEqual({ ok: true, from: 2, value: current.value });
  });

  it.each([
    ['no version', { sessions: [] }, 'corrupt', /no format version/],
    ['version 0', { version: 0, sessions: [] }, 'corrupt', /no format version/],
    ['a fractional version', { version: 1.5, sessions: [] }, 'corrupt', /no format version/],
    ['a newer version', { version: 3, sessions: [] }, 'newer', /newer Archtree \(format 3; this version reads formats 1 to 2\)/],
    ['a v1 file with a v2 session', { version: 1, sessions: [{ ...v1, runs: [] }] }, 'corrupt', /sessions\[0\]: Unrecognized key: "runs"/],
    ['a wrong type', { version: 2, sessions: [{ ...v1 }] }, 'corrupt', /does not match format 2: sessions\[0\]/],
  ])('%s is refused as %s, with the reason', (_name, raw, problem, message) => {
    const result = migrateStoreFile(raw);
    expect(result).toMatchObject({ ok: false, problem });
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('migrations, as properties', () => {
  it('every valid format-1 session reaches the current format with nothing lost (1,000 runs)', () => {
    fc.assert(
      fc.property(sessionV1Arb, (old) => {
        expect(sessionV1Schema.safeParse(old).success).toBe(true);
        const result = migrateSession(old, 1);
        if (!result.ok) throw new Error(result.message);
        const session = sessionSchema.parse(result.value);
        const [run] = session.runs;
        expect(session.runs).toHaveLength(1);
        expect(Date.parse(session.createdAt)).toBe(old.createdAt);
        expect(Date.parse(session.updatedAt)).toBe(old.updatedAt);
        expect(run!.answers).toEqual(old.answers);
        expect(run!.history).toEqual(old.history);
        expect(run!.position.kind === 'outcome' ? `outcome:${run!.position.outcome}` : run!.position.question).toBe(old.at);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('every earlier store file version reaches the current one (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(sessionV1Arb, { maxLength: 4 }), (sessions) => {
        const result = migrateStoreFile({ version: 1, sessions });
        if (!result.ok) throw new Error(result.message);
        expect(storeFileSchema.parse(result.value).sessions.map((s) => s.id)).toEqual(sessions.map((s) => s.id));
        // and migrating again is a no-op
        expect(migrateStoreFile(result.value)).toEqual({ ok: true, from: CURRENT_VERSION, value: result.value });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('migration never throws on arbitrary input (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: -1, max: 4 }), (value, version) => {
        expect(() => migrateStoreFile({ version, sessions: [value] })).not.toThrow();
        expect(() => migrateExportFile({ format: 'archtree.session', version, session: value })).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
