import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, guideJsonSchema } from '../../src/core/guide/json-schema';
import { TREES_DIR } from '../../src/node/read-trees';

describe('committed JSON Schemas', () => {
  it('decision-trees/schema.json matches the zod guide schema (run `npm run schema` if not)', () => {
    expect(readFileSync(join(TREES_DIR, 'schema.json'), 'utf8')).toBe(guideJsonSchema());
  });

  it('decision-trees/catalog.schema.json matches the zod catalogue schema (run `npm run schema` if not)', () => {
    expect(readFileSync(join(TREES_DIR, 'catalog.schema.json'), 'utf8')).toBe(catalogJsonSchema());
  });

  it('describes conditions recursively, so editors complete nested all/any/not', () => {
    expect(guideJsonSchema()).toMatch(/"\$ref": "#\/\$defs\//);
  });
});
