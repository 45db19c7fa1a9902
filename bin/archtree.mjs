#!/usr/bin/env node
// The archtree CLI. The sources are TypeScript; tsx compiles them on the fly, so the bin
// needs no build step. tsx must therefore be a runtime dependency of this package.
import { tsImport } from 'tsx/esm/api';

const { bootstrap } = await tsImport('../src/cli/main.ts', import.meta.url);
await bootstrap(process.argv.slice(2));
