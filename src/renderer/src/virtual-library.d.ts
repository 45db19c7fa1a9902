/** The home screen's summaries of the library, made at build time (scripts/vite-prebuilt-library.ts). */
declare module 'virtual:archtree/shelf' {
  const shelf: import('../../core/library-shelf').Shelf;
  export default shelf;
}

/** The library loaded at build time (scripts/vite-prebuilt-library.ts); imported dynamically, after the first screen. */
declare module 'virtual:archtree/library' {
  const library: import('../../core/library').Library;
  export default library;
}

/** Per guide, the layouts of every diagram it can draw, computed at build time (src/core/layout/precompute.ts). */
declare module 'virtual:archtree/layouts' {
  export const layoutLoaders: Record<string, () => Promise<{ default: import('../../core/layout/precompute').LayoutTable }>>;
}
