// The receiver of the host's publish webhooks: a POST whose body is signed with HMAC-SHA256 under the
// shared secret. A verified event drops the site's cached answers for what it names (the item, the lists
// of its workspace); anything else is refused with a JSON error and drops nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header names a signature may come in, checked in this order; the value is `sha256=<hex>` or `<hex>`. */
export const SIGNATURE_HEADERS = ['x-magnolia-signature', 'x-hub-signature-256', 'x-signature-256', 'x-signature'];

export function sign(secret, body) {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

export function verify(secret, body, headers) {
  const header = SIGNATURE_HEADERS.map(h => headers[h]).find(v => typeof v === 'string' && v.length > 0);
  if (!header) return { ok: false, reason: 'no signature header (' + SIGNATURE_HEADERS.join(', ') + ')' };
  const hex = header.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return { ok: false, reason: 'the signature is not sha256=<64 hex digits>' };
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(hex, 'hex');
  return timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'the signature does not match the body' };
}

/**
 * What an event says changed: {workspace, identifiers, paths}. Reads the fields the host's webhook
 * payload carries (one event, or several under `events`); null with a reason when it names nothing.
 */
export function changesOf(payload) {
  const events = Array.isArray(payload.events) ? payload.events : [payload];
  const changes = [];
  for (const event of events) {
    if (!event || typeof event !== 'object') return { error: 'an event must be a JSON object' };
    const node = event.node && typeof event.node === 'object' ? event.node : {};
    const workspace = firstString(event.workspace, event.repository, node.workspace, node.repository);
    const identifiers = strings(event.identifier, event.identifiers, event.id, event.uuid, node.identifier, node.id);
    const paths = strings(event.path, event.paths, node.path);
    if (!workspace) return { error: 'field "workspace": missing (the workspace of the changed content)' };
    if (identifiers.length === 0 && paths.length === 0) {
      return { error: 'fields "identifier"/"path": missing (what changed)' };
    }
    changes.push({ workspace, identifiers, paths });
  }
  return { changes };
}

function firstString(...values) {
  return values.find(v => typeof v === 'string' && v.length > 0);
}

function strings(...values) {
  return values.flat().filter(v => typeof v === 'string' && v.length > 0);
}
