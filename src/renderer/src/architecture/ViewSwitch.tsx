import { ARCHITECTURE_VIEWS, VIEW_INFO, type ArchitectureView } from '../../../core/architecture/views';

/** Logical / Deployment / Every AZ as one radio group: the same model projected (src/core/architecture/views.ts). */
export function ViewSwitch({ value, onChange }: { value: ArchitectureView; onChange: (view: ArchitectureView) => void }) {
  return (
    <fieldset className="provider-switch view-switch" data-testid="view-switch">
      <legend className="visually-hidden">Show the architecture as</legend>
      {ARCHITECTURE_VIEWS.map((v) => (
        <label key={v} className={`provider-switch__option${value === v ? ' is-active' : ''}`} data-view={v} title={VIEW_INFO[v].description}>
          <input type="radio" name="architecture-view" value={v} checked={value === v} onChange={() => onChange(v)} />
          {VIEW_INFO[v].label}
        </label>
      ))}
    </fieldset>
  );
}
