import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sign, verify, changesOf, SeenKeys } from '../src/server/webhook-receiver.js';

const body = Buffer.from('{"workspace":"news","items":[{"@id":"id-1","@path":"/2017/11/a"}]}');

test('a body signed with the shared secret verifies; another secret, another body or no header do not', () => {
  assert.deepEqual(verify('s3cret', body, { 'x-webhook-signature': sign('s3cret', body) }), { ok: true });
  assert.equal(verify('other', body, { 'x-webhook-signature': sign('s3cret', body) }).ok, false);
  assert.equal(verify('s3cret', Buffer.from(body + ' '), { 'x-webhook-signature': sign('s3cret', body) }).ok, false);
  assert.match(verify('s3cret', body, {}).reason, /no X-Webhook-Signature/);
  assert.match(verify('s3cret', body, { 'x-webhook-signature': 'sha256=zz' }).reason, /64 hex digits/);
});

test('the host\'s payload names the workspace and the items; one without is refused, naming the field', () => {
  assert.deepEqual(changesOf(JSON.parse(body)).changes, [{ workspace: 'news', identifiers: ['id-1'], paths: ['/2017/11/a'] }]);
  assert.match(changesOf({ items: [{ '@path': '/a' }] }).error, /"workspace"/);
  assert.match(changesOf({ workspace: 'news' }).error, /"items"/);
  assert.match(changesOf({ workspace: 'news', items: [{ '@path': '/a' }, 'x'] }).error, /"items\[1\]"/);
});

test('a delivery key is handled once; the oldest keys are forgotten past the size', () => {
  const seen = new SeenKeys(2);
  assert.equal(seen.first('a'), true);
  assert.equal(seen.first('a'), false);
  seen.first('b');
  seen.first('c');
  assert.equal(seen.first('a'), true, 'forgotten');
  assert.equal(seen.first(undefined), true);
  assert.equal(seen.first(undefined), true);
});
