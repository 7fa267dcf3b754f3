// Images are the host's (/dam/…, /.imaging/…, as the delivery's @link and renditions name them): the
// site answers them from the host, so a reader's browser only ever talks to the site.
import { Readable } from 'node:stream';

const PASSED_REQUEST = ['if-none-match', 'if-modified-since', 'range'];
const PASSED_RESPONSE = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified', 'content-range', 'accept-ranges'];

/**
 * The host URL of an image request: only below /dam/ and /.imaging/ once dot segments are resolved (so
 * "/dam/../.rest/…" never reaches anything else of the host); null otherwise.
 */
export function assetUrl(requestUrl, host) {
  if (/%2e|%2f|%5c|\\/i.test(requestUrl.split('?')[0])) return null;
  const url = new URL(requestUrl, host + '/');
  const base = new URL(host + '/');
  if (url.origin !== base.origin || !(url.pathname.startsWith('/dam/') || url.pathname.startsWith('/.imaging/'))) return null;
  return url.href;
}

export async function proxyAsset(request, response, config) {
  const target = assetUrl(request.url, config.host);
  if (!target) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return response.end('not found');
  }
  const headers = {};
  for (const name of PASSED_REQUEST) if (request.headers[name]) headers[name] = request.headers[name];
  const upstream = await fetch(target, { method: request.method, headers, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  const out = {};
  for (const name of PASSED_RESPONSE) {
    const value = upstream.headers.get(name);
    if (value) out[name] = value;
  }
  response.writeHead(upstream.status, out);
  if (request.method === 'HEAD' || !upstream.body) {
    response.end();
  } else {
    Readable.fromWeb(upstream.body).pipe(response);
  }
}
