import type { Theme } from '../../../core/settings/schema';

/**
 * What the user asked of the first screen before the workbench (sessions, settings, stores)
 * arrived: carried out, in order, as soon as it mounts, so no click in that moment is lost.
 */
export type Intent = { kind: 'guide'; id: string } | { kind: 'rehearse' } | { kind: 'compose' } | { kind: 'theme'; theme: Theme };
