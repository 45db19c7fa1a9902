import type { CloudProvider } from '../../../core/architecture/provider';
import type { ArchitectureSessionMeta } from '../../../core/architecture/session-runs';
import type { Decided } from '../../../core/recommendation/build';

/**
 * An architecture session in the app: the guides run so far, in order, each with the
 * decision it reached, and the provider it is drawn for. Kept by App, so leaving for the
 * guides and coming back finds it as it was.
 */
export type ArchitectureRunState = { guideId: string; decided: Decided };
/** `session` names the saved session it autosaves to; it is given one when the first guide joins. */
export type ArchitectureState = { runs: ArchitectureRunState[]; provider: CloudProvider; session?: ArchitectureSessionMeta };

export const emptyArchitecture: ArchitectureState = { runs: [], provider: 'aws' };

/** Add a guide's decision, or replace it where the guide already is (a redo keeps its place). */
export function putRun(state: ArchitectureState, run: ArchitectureRunState): ArchitectureState {
  const at = state.runs.findIndex((r) => r.guideId === run.guideId);
  const runs = at < 0 ? [...state.runs, run] : state.runs.map((r, i) => (i === at ? run : r));
  return { ...state, runs };
}

export const removeRun = (state: ArchitectureState, guideId: string): ArchitectureState => ({ ...state, runs: state.runs.filter((r) => r.guideId !== guideId) });
