/**
 * Hash routes, so `vite preview` (or any static file server) serves every view from index.html:
 * `#/` team, `#/plan/<id>`, `#/trends`, `#/report/<id>`.
 */
export type Route =
  | { readonly page: 'team' }
  | { readonly page: 'trends' }
  | { readonly page: 'plan'; readonly planId: string }
  | { readonly page: 'report'; readonly planId: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  const [page, ...rest] = path.split('/');
  const id = rest.length > 0 ? decodeURIComponent(rest.join('/')) : '';
  if (page === 'trends') return { page: 'trends' };
  if ((page === 'plan' || page === 'report') && id !== '') return { page, planId: id };
  return { page: 'team' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'team':
      return '#/';
    case 'trends':
      return '#/trends';
    case 'plan':
    case 'report':
      return `#/${route.page}/${encodeURIComponent(route.planId)}`;
  }
}
