import { CLOUD_PROVIDERS, PROVIDER_NAMES, type CloudProvider } from '../../../core/architecture/provider';

/** AWS / Google Cloud / Azure as one radio group: the architecture redrawn with the catalogue's equivalents. */
export function ProviderSwitch({ value, onChange }: { value: CloudProvider; onChange: (provider: CloudProvider) => void }) {
  return (
    <fieldset className="provider-switch" data-testid="provider-switch">
      <legend className="visually-hidden">Draw the architecture on</legend>
      {CLOUD_PROVIDERS.map((p) => (
        <label key={p} className={`provider-switch__option${value === p ? ' is-active' : ''}`} data-provider={p}>
          <input type="radio" name="architecture-provider" value={p} checked={value === p} onChange={() => onChange(p)} />
          {PROVIDER_NAMES[p]}
        </label>
      ))}
    </fieldset>
  );
}
