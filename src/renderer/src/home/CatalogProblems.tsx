import { formatProblem, type Problem } from '../../../core/guide/problems';

/** The service catalogue loaded with problems: guides still work, but say so. */
export function CatalogProblems({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <details className="callout callout--warning catalog-problems">
      <summary>
        The service catalogue has {problems.length} {problems.length === 1 ? 'problem' : 'problems'}; some services may be
        missing.
      </summary>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
