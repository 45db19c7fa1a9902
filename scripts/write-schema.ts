import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsJsonSchema } from '../src/core/facts/json-schema';
import { catalogJsonSchema, guideJsonSchema } from '../src/core/guide/json-schema';
import { drillJsonSchema } from '../src/core/rehearsal/drill-item-schema';
import { questionJsonSchema } from '../src/core/rehearsal/question-json-schema';
import { TREES_DIR } from '../src/node/read-trees';

// Regenerates the editor schemas; test/core/json-schema.test.ts fails while they are stale.
writeFileSync(join(TREES_DIR, 'schema.json'), guideJsonSchema());
writeFileSync(join(TREES_DIR, 'catalog.schema.json'), catalogJsonSchema());
writeFileSync(join(TREES_DIR, 'facts', 'facts.schema.json'), factsJsonSchema());
writeFileSync(join(TREES_DIR, 'questions', 'schema.json'), questionJsonSchema());
writeFileSync(join(TREES_DIR, 'drills', 'schema.json'), drillJsonSchema());
console.log('wrote decision-trees/schema.json, catalog.schema.json, facts/facts.schema.json, questions/schema.json and drills/schema.json');
