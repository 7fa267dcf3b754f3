// Images are the host's (/dam/…, /.imaging/…, as the delivery's @link and renditions name them): the
// site answers them from the host, so a reader's browser only ever talks to the site.
import { Readable } from 'node:stream';

const PASSED_REQUEST = ['if-none-match', 'if-modified-since', 'range'];
const PASSED_RESPONSE = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified', 'content-range', 'accept-ranges'];

export async function proxyAsset(request, response, config) {
  const headers = {};
  for (const name of PASSED_REQUEST) if (request.headers[name]) headers[name] = request.headers[name];
  const upstream = await fetch(config.host + request.url, { method: request.method, headers, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
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
