import type { Fact } from '../../../core/guide/schema';
import { SEED_SECTIONS } from '../../../core/guide/sections';

const KIND: Record<Fact['kind'], string> = {
  limit: 'Limit',
  price: 'Price',
  sla: 'SLA',
  threshold: 'Threshold',
  behaviour: 'Behaviour',
};

/** The seed facts behind the outcome, with their kind and the section they come from. */
export function FactsTable({ facts }: { facts: Fact[] }) {
  return (
    <table className="facts">
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Fact</th>
          <th scope="col">Section</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((fact, i) => (
          <tr key={i}>
            <td>
              <span className={`fact-kind fact-kind--${fact.kind}`}>{KIND[fact.kind]}</span>
            </td>
            <td>{fact.text}</td>
            <td className="facts__section">{SEED_SECTIONS[fact.section]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
