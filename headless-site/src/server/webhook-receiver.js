// The receiver of the host's publish webhooks (docs/webhooks.md): a POST whose body is signed with
// HMAC-SHA256 under the shared secret (X-Webhook-Signature: sha256=<hex>), naming the workspace and the
// published or unpublished items. A verified event drops the site's cached answers for what it names (the
// items, the lists of their workspace); anything else is refused with a JSON error and drops nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-webhook-signature';

export function sign(secret, body) {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

export function verify(secret, body, headers) {
  const header = headers[SIGNATURE_HEADER];
  if (typeof header !== 'string' || header.length === 0) return { ok: false, reason: 'no X-Webhook-Signature header' };
  const hex = header.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return { ok: false, reason: 'the signature is not sha256=<64 hex digits>' };
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(hex, 'hex');
  return timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'the signature does not match the body' };
}

/**
 * What an event says changed: {workspace, identifiers, paths}, from the host's payload
 * ({"workspace": "news", "items": [{"@id": …, "@path": …}, …]}); an error naming the field when it names nothing.
 */
export function changesOf(payload) {
  const workspace = payload.workspace;
  if (typeof workspace !== 'string' || workspace.length === 0) {
    return { error: 'field "workspace": missing (the workspace of the published content)' };
  }
  if (!Array.isArray(payload.items) || payload.items.length === 0) {
    return { error: 'field "items": missing or empty (the published or unpublished items)' };
  }
  const identifiers = [];
  const paths = [];
  for (const [i, item] of payload.items.entries()) {
    if (!item || typeof item !== 'object' || (typeof item['@id'] !== 'string' && typeof item['@path'] !== 'string')) {
      return { error: 'field "items[' + i + ']": an object with "@id" or "@path"' };
    }
    if (typeof item['@id'] === 'string') identifiers.push(item['@id']);
    if (typeof item['@path'] === 'string') paths.push(item['@path']);
  }
  return { changes: [{ workspace, identifiers, paths }] };
}

/** The keys of the deliveries already handled (the host may repeat one, same key): the newest `size`. */
export class SeenKeys {
  constructor(size = 1000) {
    this.size = size;
    this.keys = new Set();
  }

  /** true the first time a key is offered; a missing key is never a repeat. */
  first(key) {
    if (!key) return true;
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.size) this.keys.delete(this.keys.values().next().value);
    return true;
  }
}
