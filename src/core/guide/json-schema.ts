import { z } from 'zod';
import { catalogSchema } from '../catalog/schema';
import { guideSchema } from './schema';

/** JSON Schemas generated from the zod schemas, committed so editors complete guide files. */
export function guideJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(guideSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

export function catalogJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(catalogSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}
