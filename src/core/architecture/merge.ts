/**
 * The names the app, the CLI and the benchmarks import: composing several guides into one
 * architecture is ./compose.ts (a generic composer over the guides' declarations).
 */
export {
  composeParts as mergeParts, composeRuns as mergeRuns, declarationsOf,
  type ArchitectureRun, type ComposeOptions as MergeOptions, type ComposePart as MergePart,
} from './compose';
