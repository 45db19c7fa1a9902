import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogJsonSchema, guideJsonSchema } from '../src/core/guide/json-schema';
import { TREES_DIR } from '../src/node/read-trees';

// Regenerates the editor schemas; test/core/json-schema.test.ts fails while they are stale.
writeFileSync(join(TREES_DIR, 'schema.json'), guideJsonSchema());
writeFileSync(join(TREES_DIR, 'catalog.schema.json'), catalogJsonSchema());
console.log('wrote decision-trees/schema.json and decision-trees/catalog.schema.json');
