/** A data file as read from disk or bundled by Vite: its name and raw text. */
export type DataFile = { name: string; text: string };
