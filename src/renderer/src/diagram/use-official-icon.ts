import { useEffect, useState } from 'react';

/**
 * The official icon of a service as an <img> source, once loaded; undefined meanwhile and for
 * services without one (the node then keeps its category glyph). The loader module and each
 * icon are separate lazy chunks; results are cached for the page's lifetime, so switching the
 * provider back and forth loads each icon once.
 */

const cache = new Map<string, Promise<string | undefined>>();

function load(service: string): Promise<string | undefined> {
  let pending = cache.get(service);
  if (!pending) {
    pending = import('./official-icons').then((m) => m.officialIconUri(service)).catch(() => undefined);
    cache.set(service, pending);
  }
  return pending;
}

export function useOfficialIcon(service: string): string | undefined {
  const [uri, setUri] = useState<{ service: string; uri: string | undefined }>();
  useEffect(() => {
    let live = true;
    void load(service).then((found) => live && setUri({ service, uri: found }));
    return () => {
      live = false;
    };
  }, [service]);
  return uri?.service === service ? uri.uri : undefined;
}
