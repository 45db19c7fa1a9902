import { z } from 'zod';
import { questionFileSchema } from './question-schema';

/** The JSON Schema of a question file, committed as decision-trees/questions/schema.json for editor completion. */
export function questionJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(questionFileSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}
