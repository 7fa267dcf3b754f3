// The site's HTTP server: pages (server-side rendered), images from the host, the webhook receiver,
// the browser bundle and the stylesheet. Node's own http module, nothing else.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { ResponseCache } from './response-cache.js';
import { DeliveryClient } from './delivery-client.js';
import { pageState, notFoundState, NotFound } from './page-state.js';
import { renderDocument, plainDocument } from './document.js';
import { proxyAsset } from './host-proxy.js';
import { buildClientBundle } from './client-bundle.js';
import { verify, changesOf, SeenKeys } from './webhook-receiver.js';
import { message } from '../site/messages.js';

export const WEBHOOK_PATH = '/_site/webhook';
const MAX_WEBHOOK_BYTES = 64 * 1024;

export async function createSite(config, { log = console } = {}) {
  const cache = new ResponseCache({ maxEntries: config.cacheEntries, maxAgeMs: config.cacheSeconds * 1000 });
  const delivery = new DeliveryClient({ host: config.host, cache });
  const css = await readFile(new URL('../../public/site.css', import.meta.url));
  const clientBundle = await buildClientBundle();
  const stats = { webhooks: 0, dropped: 0 };
  const seenKeys = new SeenKeys();

  const editorOrigins = config.editorOrigins.join(' ');
  const securityHeaders = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The host's page editor frames the site; nobody else may.
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'self' " + editorOrigins,
  };
  // In the page editor @magnolia/template-annotations loads the editor's script and stylesheet from the editor's host.
  const editorPolicy = "default-src 'self'; img-src 'self' data:; script-src 'self' " + editorOrigins
    + "; style-src 'self' " + editorOrigins + "; connect-src 'self' " + editorOrigins + "; frame-ancestors 'self' " + editorOrigins;

  async function page(request, response, url) {
    const editor = url.searchParams.has('mgnlPreview');
    const annotations = editor ? pagePath => templateAnnotations(config, pagePath, request.headers, log) : null;
    let state;
    let status = 200;
    try {
      state = await pageState({ url, headers: request.headers, config, delivery, annotations });
    } catch (e) {
      if (!(e instanceof NotFound)) throw e;
      status = 404;
      state = await notFoundState({ url, headers: request.headers, config, delivery }).catch(() => null);
      if (!state) {
        return send(response, 404, 'text/html; charset=utf-8', plainDocument('en', message('en', 'notFound'), message('en', 'notFoundText')));
      }
    }
    send(response, status, 'text/html; charset=utf-8', renderDocument(state, { editor }), {
      'Content-Language': state.site.language,
      'Cache-Control': editor ? 'no-store' : 'no-cache',
      ...(editor ? { 'Content-Security-Policy': editorPolicy } : {}),
    });
  }

  async function webhook(request, response) {
    if (request.method !== 'POST') return sendJson(response, 405, { error: { code: 'methodNotAllowed', message: 'POST only' } }, { Allow: 'POST' });
    if (!config.webhookSecret) {
      return sendJson(response, 403, { error: { code: 'webhooksOff', message: 'set NEWS_WEBHOOK_SECRET to receive webhooks' } });
    }
    const body = await readBody(request, MAX_WEBHOOK_BYTES);
    if (body === null) return sendJson(response, 413, { error: { code: 'tooLarge', message: 'body: at most ' + MAX_WEBHOOK_BYTES + ' bytes' } });
    const check = verify(config.webhookSecret, body, request.headers);
    if (!check.ok) return sendJson(response, 401, { error: { code: 'badSignature', message: 'signature: ' + check.reason } });
    let payload;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 400, { error: { code: 'badRequest', message: 'body: not JSON' } });
    }
    const { changes, error } = changesOf(payload && typeof payload === 'object' ? payload : {});
    if (error) return sendJson(response, 400, { error: { code: 'badRequest', message: error } });
    // A repeated delivery (same Idempotency-Key) was handled already: acknowledge it, do nothing more.
    if (!seenKeys.first(request.headers['idempotency-key'])) return sendJson(response, 200, { dropped: 0, repeated: true });
    let dropped = 0;
    for (const change of changes) dropped += cache.invalidate(change);
    stats.webhooks++;
    stats.dropped += dropped;
    log.log('webhook: ' + changes.map(c => c.workspace + ' ' + [...c.paths, ...c.identifiers].join(' ')).join('; ') + ' → ' + dropped + ' cached answers dropped');
    sendJson(response, 200, { dropped });
  }

  async function route(request, response) {
    const url = new URL(request.url, 'http://site');
    if (url.pathname === WEBHOOK_PATH) return webhook(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { error: { code: 'methodNotAllowed', message: 'GET or HEAD' } }, { Allow: 'GET, HEAD' });
    }
    if (url.pathname === '/_site/health') return sendJson(response, 200, { status: 'UP', cached: cache.size, ...stats });
    if (url.pathname === '/_site/site.css') return send(response, 200, 'text/css; charset=utf-8', css, { 'Cache-Control': 'public, max-age=300' });
    if (url.pathname === '/_site/client.js') return send(response, 200, 'text/javascript; charset=utf-8', clientBundle, { 'Cache-Control': 'public, max-age=300' });
    if (url.pathname.startsWith('/dam/') || url.pathname.startsWith('/.imaging/')) return proxyAsset(request, response, config);
    return page(request, response, url);
  }

  function send(response, status, type, body, headers = {}) {
    response.writeHead(status, { ...securityHeaders, 'Content-Type': type, ...headers });
    response.end(body);
  }

  function sendJson(response, status, value, headers = {}) {
    send(response, status, 'application/json', JSON.stringify(value), { 'Cache-Control': 'no-store', ...headers });
  }

  const server = http.createServer((request, response) => {
    route(request, response).catch(e => {
      log.error('error answering ' + request.method + ' ' + request.url + ': ' + (e && e.stack || e));
      if (!response.headersSent) {
        send(response, 503, 'text/html; charset=utf-8', plainDocument('en', message('en', 'serverError'), message('en', 'serverErrorText')), { 'Cache-Control': 'no-store' });
      } else {
        response.destroy();
      }
    });
  });
  return { server, cache, delivery, stats };
}

/**
 * In the page editor: the host's template annotations of the page (/.rest/template-annotations/v1/<path>,
 * authenticated on the author side: the editor's cookie or credentials go along, else NEWS_EDITOR_TOKEN). null
 * if the host has none, so the page still renders.
 */
async function templateAnnotations(config, pagePath, headers, log) {
  const forwarded = {};
  if (headers.cookie) forwarded.Cookie = headers.cookie;
  if (headers.authorization) forwarded.Authorization = headers.authorization;
  else if (config.editorToken) forwarded.Authorization = 'Bearer ' + config.editorToken;
  try {
    const response = await fetch(config.host + '/.rest/template-annotations/v1' + pagePath, {
      headers: { Accept: 'application/json', ...forwarded }, signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) {
      log.warn('template annotations of ' + pagePath + ': the host answered ' + response.status);
      return null;
    }
    return await response.json();
  } catch (e) {
    log.warn('template annotations of ' + pagePath + ': ' + e.message);
    return null;
  }
}

function readBody(request, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', chunk => {
      size += chunk.length;
      // Past the limit the rest is read and thrown away, so the 413 still reaches the sender.
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
