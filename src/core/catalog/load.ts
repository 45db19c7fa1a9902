import type { DataFile } from '../data/data-file';
import { fromZod, parseJsonText } from '../guide/parse';
import type { Problem } from '../guide/problems';
import { catalogSchema, type Service } from './schema';

export type CatalogIndex = { services: Service[]; byId: Map<string, Service> };

export function indexCatalog(services: Service[]): CatalogIndex {
  return { services, byId: new Map(services.map((s) => [s.id, s])) };
}

/** Parse every catalogue file; a broken file is reported and its services left out. */
export function loadCatalog(files: DataFile[]): { catalog: CatalogIndex; problems: Problem[] } {
  const problems: Problem[] = [];
  const services: Service[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = `catalog/${file.name}`;
    const json = parseJsonText(name, file.text);
    const parsed = json.ok ? fromZod(name, catalogSchema.safeParse(json.value)) : json;
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    parsed.value.services.forEach((service, i) => {
      const first = seen.get(service.id);
      if (first) problems.push({ file: name, path: `services[${i}].id`, message: `service "${service.id}" is already defined in ${first}` });
      else (seen.set(service.id, name), services.push(service));
    });
  }
  const catalog = indexCatalog(services);
  const named = new Map<string, string>();
  for (const file of files) {
    const json = parseJsonText(file.name, file.text);
    const parsed = json.ok ? catalogSchema.safeParse(json.value) : undefined;
    parsed?.data?.services.forEach((service, i) => {
      const at = (path: string) => ({ file: `catalog/${file.name}`, path: `services[${i}]${path}` });
      // Two ids for one product split the diagrams and equivalents that should meet.
      const twin = named.get(service.name);
      if (twin && twin !== service.id) problems.push({ ...at('.name'), message: `"${service.name}" is also the name of ${twin}: one product, one id` });
      else named.set(service.name, service.id);
      // An AWS service the other clouds lack still needs a word on what to use there.
      const missing = service.provider === 'aws' ? (['gcp', 'azure'] as const).filter((p) => !service.equivalents[p]?.length) : [];
      if (missing.length > 0 && !service.equivalenceNote) {
        problems.push({ ...at('.equivalenceNote'), message: `${service.id} has no ${missing.join(' or ')} equivalent: say in "equivalenceNote" what to use there instead` });
      }
      for (const [provider, ids] of Object.entries(service.equivalents)) {
        (ids ?? []).forEach((id, j) => {
          if (!catalog.byId.has(id)) {
            problems.push({ file: `catalog/${file.name}`, path: `services[${i}].equivalents.${provider}[${j}]`, message: `unknown service "${id}"` });
          }
        });
      }
    });
  }
  return { catalog, problems };
}
