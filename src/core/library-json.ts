import type { Library } from './library';

/*
 * A Library as JSON, for libraries validated and linted at build time (the web build's
 * virtual:archtree/library, the CLI's out/cli/library.json). Maps (the catalogue's and the
 * facts' byId) travel as { "$map": [[key, value], …] }.
 */

export const libraryToJson = (library: Library): string =>
  JSON.stringify(library, (_key, v: unknown) => (v instanceof Map ? { $map: [...v.entries()] } : v));

export const reviveLibraryValue = (_key: string, v: unknown): unknown =>
  v && typeof v === 'object' && Array.isArray((v as { $map?: unknown }).$map) ? new Map((v as { $map: [unknown, unknown][] }).$map) : v;

export const libraryFromJson = (json: string): Library => JSON.parse(json, reviveLibraryValue) as Library;
