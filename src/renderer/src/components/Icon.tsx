const PATHS = {
  back: 'M10 3.5 5.5 8l4.5 4.5',
  next: 'M6 3.5 10.5 8 6 12.5',
  restart: 'M3.5 8a4.5 4.5 0 1 0 1.4-3.25M3.5 2.75v2.5h2.5',
  home: 'M2.75 7.25 8 2.75l5.25 4.5M4.25 6.25v6.5h7.5v-6.5',
  warning: 'M8 2.5 14 13H2L8 2.5ZM8 6.5v3M8 11.25v.25',
  info: 'M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12ZM8 7.25v4M8 5v.25',
  external: 'M9.5 2.75h3.75V6.5M13.25 2.75 7.5 8.5M11.5 9.5v3.75h-8.75V4.5H6.5',
  edit: 'M10.5 3 13 5.5 6 12.5H3.5V10L10.5 3Z',
} as const;

export type IconName = keyof typeof PATHS;

/** Small stroked 16px icons drawn inline (no icon font, nothing fetched). */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon${className ? ` ${className}` : ''}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
