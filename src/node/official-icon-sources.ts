import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Reading an official icon straight from its npm package (a devDependency): used by
 * `npm run icons` to vendor the mapped icons and by the lint test that checks the vendored
 * copies still match the packages. Apps and exports read the vendored copies instead
 * (./official-icons.ts), so the packages are not needed at run time.
 */

const require = createRequire(import.meta.url);

/** The SVG text of `ref` in its package; throws naming the ref when the package has no such icon. */
export async function readIconFromPackage(ref: string): Promise<string> {
  const [source, path] = ref.split(':') as [string, string];
  if (source === 'aws-icons') {
    const root = dirname(require.resolve('aws-icons/package.json'));
    try {
      return readFileSync(join(root, 'icons', `${path}.svg`), 'utf8');
    } catch {
      throw new Error(`icon ${ref}: aws-icons has no icons/${path}.svg`);
    }
  }
  if (source === 'thesvg') {
    let mod: { svg?: unknown };
    try {
      mod = (await import(`@thesvg/icons/${path}`)) as { svg?: unknown };
    } catch {
      throw new Error(`icon ${ref}: @thesvg/icons has no icon ${path}`);
    }
    if (typeof mod.svg !== 'string') throw new Error(`icon ${ref}: @thesvg/icons/${path} exports no svg string`);
    return mod.svg;
  }
  throw new Error(`icon ${ref}: unknown icon source ${source}`);
}
