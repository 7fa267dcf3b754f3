// Reads the host's delivery endpoints (nothing else of the host), through the site's ResponseCache.
import { normalizeId } from './response-cache.js';

const UUID = /^(jcr:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which workspace each delivery endpoint of the module reads (see the module's restEndpoints/delivery). */
export const ENDPOINT_WORKSPACES = {
  news: 'news',
  publications: 'publications',
  subjects: 'subjects',
  // Magnolia's SPA demos' endpoints, shipped by the module: a page with its areas and components, each
  // with mgnl:template; the page tree for navigation.
  'pages/v1': 'website',
  'pagenav/v1': 'website',
};

export class DeliveryError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export class DeliveryClient {
  constructor({ host, cache, fetchImpl = globalThis.fetch, timeoutMs = 10_000 }) {
    this.host = host;
    this.cache = cache;
    this.fetch = fetchImpl;
    this.timeoutMs = timeoutMs;
    this.inFlight = new Map();
    this.requests = 0;
  }

  /** One node: `endpoint` + `path` (e.g. news, /2017/11/item); null when the host says 404. */
  item(endpoint, path, params = {}) {
    return this.get(endpoint, encodePath(path), params, { list: false, path });
  }

  /** A node's children (`<path>@nodes`); [] when the host says 404. */
  async children(endpoint, path, params = {}) {
    return (await this.get(endpoint, encodePath(path) + '@nodes', params, { list: true })) || [];
  }

  /** A query of the endpoint: `{results, total?}`. */
  async query(endpoint, params = {}) {
    return (await this.get(endpoint, '', params, { list: true })) || { results: [] };
  }

  async get(endpoint, encodedPath, params, { list, path }) {
    const workspace = ENDPOINT_WORKSPACES[endpoint];
    if (!workspace) throw new Error('unknown delivery endpoint ' + endpoint);
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    const url = this.host + '/.rest/delivery/' + endpoint + encodedPath + (query.size ? '?' + query : '');
    const cached = this.cache.get(url);
    if (cached !== undefined) return cached;
    if (this.inFlight.has(url)) return this.inFlight.get(url);
    const generation = this.cache.generation;
    const pending = this.load(url).then(value => {
      this.cache.set(url, value, { workspace, list, path, identifiers: identifiersIn(value) }, generation);
      return value;
    }).finally(() => this.inFlight.delete(url));
    this.inFlight.set(url, pending);
    return pending;
  }

  async load(url) {
    this.requests++;
    const response = await this.fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
    if (response.status === 404) return null;
    if (!response.ok) {
      throw new DeliveryError('delivery answered ' + response.status + ' for ' + url, response.status);
    }
    return response.json();
  }
}

/** Every identifier an answer depends on: nodes it holds and references it names. */
export function identifiersIn(value, found = new Set()) {
  if (Array.isArray(value)) {
    value.forEach(v => identifiersIn(v, found));
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) identifiersIn(v, found);
  } else if (typeof value === 'string' && UUID.test(value)) {
    found.add(normalizeId(value));
  }
  return found;
}

function encodePath(path) {
  if (!path || path === '/') return '';
  return path.split('/').map(encodeURIComponent).join('/');
}
