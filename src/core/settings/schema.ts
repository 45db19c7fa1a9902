import { z } from 'zod';

/**
 * User settings, persisted by the desktop store (electron-store) and the browser adapter
 * (localStorage) alike. Bump `version` and add a step to `migrateSettings` in ./store when
 * the shape changes.
 */

export const themeSchema = z.enum(['light', 'dark', 'system']);

/** A guide id; bounded so a corrupted or hostile file cannot smuggle in a huge string. */
const lastGuideSchema = z.string().min(1).max(200).nullable();

export const settingsSchema = z.strictObject({
  version: z.literal(1),
  theme: themeSchema.default('system'),
  lastGuide: lastGuideSchema.default(null),
});

/**
 * A partial update. Built from the bare field schemas (not `settingsSchema.partial()`) so
 * an absent key stays absent instead of being filled with its default.
 */
export const settingsPatchSchema = z.strictObject({
  theme: themeSchema.optional(),
  lastGuide: lastGuideSchema.optional(),
});

export type Theme = z.infer<typeof themeSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const defaultSettings: Settings = Object.freeze({
  version: 1,
  theme: 'system',
  lastGuide: null,
});
