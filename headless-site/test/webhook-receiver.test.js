import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sign, verify, changesOf } from '../src/server/webhook-receiver.js';

const body = Buffer.from('{"workspace":"news","path":"/2017/11/a"}');

test('a body signed with the shared secret verifies; another secret, another body or no header do not', () => {
  assert.deepEqual(verify('s3cret', body, { 'x-magnolia-signature': sign('s3cret', body) }), { ok: true });
  assert.equal(verify('other', body, { 'x-magnolia-signature': sign('s3cret', body) }).ok, false);
  assert.equal(verify('s3cret', Buffer.from(body + ' '), { 'x-magnolia-signature': sign('s3cret', body) }).ok, false);
  assert.match(verify('s3cret', body, {}).reason, /no signature header/);
  assert.match(verify('s3cret', body, { 'x-magnolia-signature': 'sha256=zz' }).reason, /64 hex digits/);
});

test('an event names its workspace and what changed; one without is refused, naming the field', () => {
  assert.deepEqual(changesOf({ workspace: 'news', path: '/2017/11/a', identifier: 'id-1' }).changes,
    [{ workspace: 'news', identifiers: ['id-1'], paths: ['/2017/11/a'] }]);
  assert.deepEqual(changesOf({ events: [{ node: { workspace: 'subjects', identifier: 'x' } }] }).changes,
    [{ workspace: 'subjects', identifiers: ['x'], paths: [] }]);
  assert.match(changesOf({ path: '/a' }).error, /"workspace"/);
  assert.match(changesOf({ workspace: 'news' }).error, /"identifier"\/"path"/);
});
