// tsconfig.node.json is a composite project that lists its files, and of the renderer it lists
// only screens/journeys.ts. A static import of any other renderer module would pull browser code
// into the Node type-check (TS6307), so these tests load the renderer's pure modules at run time
// by path and describe the part they use with a local type.
import { fileURLToPath } from 'node:url';

export async function loadRendererModule<T>(pathInSrc: string): Promise<T> {
  const path = fileURLToPath(new URL(`../../../../renderer/src/${pathInSrc}`, import.meta.url));
  return (await import(/* @vite-ignore */ path)) as T;
}
