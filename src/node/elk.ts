import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkLike } from '../core/layout/elk-layout';

/** ELK in-process, for the CLI, tests and benchmarks. */
export const createNodeElk = (): ElkLike => new ELK();
