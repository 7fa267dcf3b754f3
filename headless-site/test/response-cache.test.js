import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache } from '../src/server/response-cache.js';
import { identifiersIn } from '../src/server/delivery-client.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const S = '33333333-3333-4333-8333-333333333333';

function filled() {
  const cache = new ResponseCache();
  cache.set('news-list', 1, { workspace: 'news', list: true, identifiers: [A, B, S] });
  cache.set('news-a', 2, { workspace: 'news', list: false, path: '/2017/11/a', identifiers: [A, S] });
  cache.set('news-b', 3, { workspace: 'news', list: false, path: '/2017/11/b', identifiers: [B] });
  cache.set('subjects-list', 4, { workspace: 'subjects', list: true, identifiers: [S] });
  cache.set('page-home', 5, { workspace: 'website', list: false, path: '/home', identifiers: [] });
  return cache;
}

test('a published news item drops its own answer and the news lists, not other items or pages', () => {
  const cache = filled();
  assert.equal(cache.invalidate({ workspace: 'news', identifiers: [A], paths: ['/2017/11/a'] }), 2);
  assert.equal(cache.get('news-a'), undefined);
  assert.equal(cache.get('news-list'), undefined);
  assert.equal(cache.get('news-b'), 3);
  assert.equal(cache.get('subjects-list'), 4);
  assert.equal(cache.get('page-home'), 5);
});

test('a new item (no answer names it yet) is found by path: its list and anything read below its folder', () => {
  const cache = filled();
  cache.invalidate({ workspace: 'news', paths: ['/2017/11'] });
  assert.equal(cache.get('news-a'), undefined);
  assert.equal(cache.get('news-b'), undefined);
  assert.equal(cache.get('page-home'), 5);
});

test('a subject drops every answer that names it, in any workspace', () => {
  const cache = filled();
  cache.invalidate({ workspace: 'subjects', identifiers: ['jcr:' + S.toUpperCase()] });
  assert.deepEqual(['news-list', 'news-a', 'news-b', 'subjects-list', 'page-home'].map(k => cache.get(k)),
    [undefined, undefined, 3, undefined, 5]);
});

test('an answer fetched while an invalidation ran is not stored', () => {
  const cache = new ResponseCache();
  const generation = cache.generation;
  cache.invalidate({ workspace: 'news', paths: ['/x'] });
  assert.equal(cache.set('late', 1, { workspace: 'news', list: true, identifiers: [] }, generation), false);
  assert.equal(cache.get('late'), undefined);
});

test('entries expire after the maximum age, and the oldest go first past the maximum count', () => {
  let now = 0;
  const cache = new ResponseCache({ maxEntries: 2, maxAgeMs: 1000, now: () => now });
  cache.set('a', 1, { workspace: 'news', list: true, identifiers: [] });
  cache.set('b', 2, { workspace: 'news', list: true, identifiers: [] });
  cache.get('a');
  cache.set('c', 3, { workspace: 'news', list: true, identifiers: [] });
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('a'), 1);
  now = 1001;
  assert.equal(cache.get('c'), undefined);
});

test('identifiers are collected from nodes, resolved and unresolved references, assets', () => {
  const ids = identifiersIn({ '@id': A, subjects: [S], image: { '@id': 'jcr:' + B }, title: 'not an id' });
  assert.deepEqual([...ids].sort(), [A, B, S].sort());
});
