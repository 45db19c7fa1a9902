import { settingsSchema } from '../settings/schema';
import { describeIssues } from './issues';
import { readJsonSafely } from './safe-json';

/**
 * Why a stored settings text cannot be used, or undefined when it can. Settings have no
 * migrations of their own yet, so anything their schema refuses (a newer build's file
 * included) counts as damaged and is moved aside, never silently cleared.
 */
export function settingsTextProblem(text: string): string | undefined {
  const json = readJsonSafely(text, 1024 * 1024);
  if (!json.ok) return json.message;
  const value = json.value;
  // conf's own empty store, before the first setting is saved.
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? undefined : `does not match the settings format: ${describeIssues(parsed.error)}`;
}

export const settingsMovedMessage = (reason: string, location: string) =>
  `Your settings could not be read: the file ${reason}. It was moved aside to ${location}, and Archtree started with the default settings.`;
