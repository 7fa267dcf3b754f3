// The site's own HTTP answers when the host cannot be reached or a request is wrong: pages and JSON errors,
// never a stack trace. No host needed: NEWS_HOST points at a port nothing listens on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { createSite } from '../src/server/site-server.js';
import { readConfig } from '../src/server/config.js';

let site;
let base;
const quiet = { log() {}, warn() {}, error() {} };

before(async () => {
  const closed = await new Promise(resolve => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  site = await createSite(readConfig({ NEWS_HOST: 'http://127.0.0.1:' + closed }), { log: quiet });
  await new Promise(resolve => site.server.listen(0, '127.0.0.1', resolve));
  base = 'http://127.0.0.1:' + site.server.address().port;
});

after(() => new Promise(resolve => site.server.close(resolve)));

test('with the host down a page is a 503 page that says so, without details', async () => {
  const response = await fetch(base + '/news.html');
  assert.equal(response.status, 503);
  const body = await response.text();
  assert.match(body, /Something went wrong/);
  assert.doesNotMatch(body, /ECONNREFUSED|at .*\.js:\d+/);
});

test('wrong methods and a webhook without a configured secret get JSON errors', async () => {
  const post = await fetch(base + '/', { method: 'POST' });
  assert.equal(post.status, 405);
  assert.equal((await post.json()).error.code, 'methodNotAllowed');
  const hook = await fetch(base + '/_site/webhook', { method: 'POST', body: '{}' });
  assert.equal(hook.status, 403);
  assert.match((await hook.json()).error.message, /NEWS_WEBHOOK_SECRET/);
});

test('a URL that is no page of the site is a 404 even when the host is down', async () => {
  const response = await fetch(base + '/no%20such/thing');
  assert.equal(response.status, 404);
});

test('bad settings are refused at start, naming the setting', () => {
  assert.throws(() => readConfig({}), /NEWS_HOST/);
  assert.throws(() => readConfig({ NEWS_HOST: 'http://h', PORT: 'x' }), /PORT/);
  assert.throws(() => readConfig({ NEWS_HOST: 'http://h', NEWS_LANGUAGES: 'english' }), /NEWS_LANGUAGES/);
  assert.throws(() => readConfig({ NEWS_HOST: 'http://h', NEWS_EDITOR_ORIGINS: "http://a; script-src *" }), /NEWS_EDITOR_ORIGINS/);
});
