// Matches a method and path against the route table. Path templates use {name} for one segment.
import type { Route } from '../routes/route.js';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'not-found' };

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
}

function compile(route: Route): CompiledRoute {
  const source = route.path
    .split(/(\{[a-z]+\})/)
    .map((part) =>
      /^\{[a-z]+\}$/.test(part)
        ? `(?<${part.slice(1, -1)}>[^/]+)`
        : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return { route, pattern: new RegExp(`^${source}$`) };
}

export function createRouter(
  routes: readonly Route[],
): (method: string, path: string) => RouteMatch {
  const compiled = routes.map(compile);
  return (method, path) => {
    const allowed: string[] = [];
    for (const { route, pattern } of compiled) {
      const match = pattern.exec(path);
      if (!match) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      try {
        const params = Object.fromEntries(
          Object.entries(match.groups ?? {}).map(([name, value]) => [
            name,
            decodeURIComponent(value),
          ]),
        );
        return { kind: 'found', route, params };
      } catch {
        return { kind: 'not-found' };
      }
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'not-found' };
  };
}
