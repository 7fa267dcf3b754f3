import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assetUrl } from '../src/server/host-proxy.js';

const host = 'http://localhost:8080';

test('images are answered from the host, nothing else of it', () => {
  assert.equal(assetUrl('/dam/jcr:1/a.jpg', host), host + '/dam/jcr:1/a.jpg');
  assert.equal(assetUrl('/.imaging/mte/news-theme/480x360/dam/a.jpg?x=1', host), host + '/.imaging/mte/news-theme/480x360/dam/a.jpg?x=1');
  assert.equal(assetUrl('/dam/../.rest/nodes/v1/news', host), null);
  assert.equal(assetUrl('/dam/%2e%2e/.rest/nodes/v1/news', host), null);
  assert.equal(assetUrl('/dam/..%2f.rest/x', host), null);
  assert.equal(assetUrl('//evil.example/dam/x', host), null);
});
