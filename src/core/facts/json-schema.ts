import { z } from 'zod';
import { factFileSchema } from './schema';

/** The JSON Schema of a facts file, committed as decision-trees/facts/facts.schema.json for editors. */
export function factsJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(factFileSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}
