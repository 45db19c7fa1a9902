import { atomicWriteFileSync } from './atomic-write';

/*
 * Node built-ins only (no electron), so the CLI writes its exports the same way main does,
 * through the same writer the session store's crash test proves.
 */

/**
 * Write an exported file (text, or bytes for PNG and PDF) so that a crash leaves the old
 * content or the new, never a half-written diagram. Exports are meant to be shared, so they
 * are readable by others (0644), unlike the private session store (0600).
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  atomicWriteFileSync(path, data, 0o644);
}
