/**
 * Whether a mouse button or a finger is held on the page, tracked from the entry chunk on.
 * The workbench replaces the first screen's DOM when it mounts; a click whose press landed on
 * the first screen and whose release landed on the workbench fired no click at all (CI lost
 * guide clicks this way). The swap waits for the release instead.
 */
let held = 0;
let waiting: (() => void)[] = [];

const release = () => {
  held = 0;
  // After the click that follows this release (same task), not before it.
  setTimeout(() => {
    if (held > 0) return;
    const ready = waiting;
    waiting = [];
    ready.forEach((done) => done());
  }, 0);
};

if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (held += 1), { capture: true });
  window.addEventListener('pointerup', release, { capture: true });
  window.addEventListener('pointercancel', release, { capture: true });
}

/** Resolves at once when nothing is held, else just after the press is released and its click handled. */
export function pointerReleased(): Promise<void> {
  return held === 0 ? Promise.resolve() : new Promise((done) => waiting.push(done));
}
