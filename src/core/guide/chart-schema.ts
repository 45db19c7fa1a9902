import { z } from 'zod';
import { conditionSchema, id, text } from './schema-primitives';

const chartAxisSchema = z.strictObject({ label: text, unit: text });
/** a formula: the figure language; line charts may also use `x`, the point on the x axis */
const chartFormula = text;

const chartBase = {
  id,
  title: text,
  /** one line: what the chart shows; also the image's text alternative */
  description: text,
  when: conditionSchema.optional(),
  y: chartAxisSchema,
};

/**
 * A chart computed from the answers: a line over a numeric x (each series a formula in
 * `x`), or bars by category (each series one formula per category). Rendered by ECharts
 * (src/core/export/chart-svg.ts) for the screen and every export.
 */
export const chartSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...chartBase,
    type: z.literal('line'),
    x: z.strictObject({
      label: text,
      unit: text,
      /** formulas for the first and last x value */
      from: chartFormula,
      to: chartFormula,
      /** how many evenly spaced points each series is computed at */
      points: z.number().int().min(2).max(200).default(25),
    }),
    series: z.array(z.strictObject({ label: text, formula: chartFormula })).min(1).max(8),
  }),
  z
    .strictObject({
      ...chartBase,
      type: z.enum(['bar', 'stacked-bar']),
      categories: z.array(text).min(1).max(12),
      series: z.array(z.strictObject({ label: text, values: z.array(chartFormula).min(1) })).min(1).max(8),
    })
    .superRefine((chart, ctx) => {
      chart.series.forEach((s, i) => {
        if (s.values.length !== chart.categories.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['series', i, 'values'],
            message: `series "${s.label}" has ${s.values.length} values for ${chart.categories.length} categories`,
          });
        }
      });
    }),
]);

