import type { Architecture } from '../../../core/architecture/model';
import { PROVIDER_NAMES, providerNotes, type CloudProvider } from '../../../core/architecture/provider';
import type { CatalogIndex } from '../../../core/catalog/load';

/** Beside the diagram after a switch: every part that behaves differently, or has no equivalent, and why. */
export function ProviderNotes({ model, provider, catalog }: { model: Architecture; provider: CloudProvider; catalog: CatalogIndex }) {
  if (provider === 'aws') return null;
  // One entry per note: three AZ boxes share one sentence about zones.
  const groups = new Map<string, ReturnType<typeof providerNotes>>();
  for (const n of providerNotes(model)) groups.set(`${n.kind}|${n.note}`, [...(groups.get(`${n.kind}|${n.note}`) ?? []), n]);
  const notes = [...groups.values()].map((group) => ({
    ...group[0]!,
    label: [...new Set(group.map((n) => n.label))].join(', '),
    from: [...new Set(group.flatMap((n) => (n.from ? [catalog.byId.get(n.from)?.short ?? n.from] : [])))].join(', '),
  }));
  return (
    <section className="panel provider-notes" aria-labelledby="provider-notes-title" data-testid="provider-notes">
      <h3 id="provider-notes-title" className="panel__title">What changes on {PROVIDER_NAMES[provider]}</h3>
      {notes.length === 0 ? (
        <p className="provider-notes__empty">Every service has an equivalent that behaves the same way.</p>
      ) : (
        <ul className="provider-notes__list">
          {notes.map((n) => (
            <li key={`${n.kind}|${n.note}`} className={`provider-notes__item provider-notes__item--${n.kind}`} data-kind={n.kind}>
              <span className="provider-notes__badge">{n.kind === 'none' ? 'No equivalent' : 'Behaves differently'}</span>
              <strong>{n.label}</strong>
              {n.from && <span className="provider-notes__from"> (was {n.from})</span>}
              <p className="provider-notes__note">{n.note}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
