import type { Theme } from '../../../core/settings/schema';

const OPTIONS: { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

/** A segmented control over native radios: arrow keys and screen readers work as usual. */
export function ThemeSwitch({ value, onChange }: { value: Theme; onChange: (theme: Theme) => void }) {
  return (
    <fieldset className="segmented" data-no-wizard-keys>
      <legend className="visually-hidden">Theme</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className="segmented__option">
          <input
            type="radio"
            name="theme"
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
