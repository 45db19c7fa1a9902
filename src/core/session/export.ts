import { CURRENT_VERSION, exportFileSchema, SESSION_FORMAT, type ExportFile, type Session } from './schema';

/** A session as the text of an `.archtree.json` file; parsed on the way out too, so we never write what we would refuse to read. */
export function exportSession(session: Session, now: Date = new Date()): string {
  const file: ExportFile = exportFileSchema.parse({ format: SESSION_FORMAT, version: CURRENT_VERSION, exportedAt: now.toISOString(), session });
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const EXPORT_SUFFIX = '.archtree.json';

/** A file name from the session name: ASCII, lower case, dashes; safe on every file system. */
export function exportFileName(session: Pick<Session, 'name'>): string {
  const slug = session.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'session'}${EXPORT_SUFFIX}`;
}
