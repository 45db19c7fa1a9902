import type { Service } from '../../../core/catalog/schema';
import type { ServiceWithEquivalents } from '../../../core/recommendation/types';
import type { Platform } from '../platform';
import { DocsLink } from './DocsLink';

const PROVIDER: Record<Service['provider'], string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure', generic: 'Generic', other: 'Other' };

const names = (services: Service[]) => (services.length ? services.map((s) => s.name).join(', ') : '—');

/** The recommended services, main one first, each with its nearest GCP and Azure equivalents. */
export function ServiceList({ services, platform }: { services: ServiceWithEquivalents[]; platform: Platform }) {
  return (
    <ul className="services" role="list">
      {services.map(({ service, gcp, azure, note }, i) => (
        <li key={service.id} className={`service${i === 0 ? ' service--primary' : ''}`} data-service={service.id}>
          <div className="service__head">
            <span className={`provider-dot provider-dot--${service.provider}`} aria-hidden="true" />
            <span className="service__name">{service.name}</span>
            {i === 0 && <span className="badge badge--accent">Primary</span>}
          </div>
          <div className="service__meta">
            <span className="tag">{service.category}</span>
            <span>{PROVIDER[service.provider]}</span>
            {service.docs && <DocsLink url={service.docs} name={service.name} platform={platform} />}
          </div>
          {service.provider !== 'generic' && (
            <dl className="equivalents">
              {service.provider !== 'gcp' && (
                <div>
                  <dt>GCP</dt>
                  <dd>{names(gcp)}</dd>
                </div>
              )}
              {service.provider !== 'azure' && (
                <div>
                  <dt>Azure</dt>
                  <dd>{names(azure)}</dd>
                </div>
              )}
            </dl>
          )}
          {note && <p className="service__note">{note}</p>}
        </li>
      ))}
    </ul>
  );
}
