/**
 * Resolves once the browser has painted a frame: a task after the next animation frame, so
 * work started then (the workbench chunk, the library) never delays the first screen.
 */
export const afterFirstPaint = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
