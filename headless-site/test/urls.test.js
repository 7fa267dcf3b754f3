import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRoute, pageUrl, itemUrl, routeUrl } from '../src/site/urls.js';

const site = { root: '/home', languages: ['en', 'ru'] };

test('URLs are the FreeMarker site\'s: pages, items, languages', () => {
  assert.deepEqual(parseRoute('/', '', site), { language: 'en', rest: '/', search: '', pagePath: '/home' });
  assert.equal(parseRoute('/ru/', '', site).language, 'ru');
  assert.equal(parseRoute('/news.html', '?page=2', site).pagePath, '/home/news');
  assert.deepEqual(parseRoute('/ru/news/2017/11/a.html', '', site).item, { workspace: 'news', path: '/2017/11/a' });
  assert.equal(parseRoute('/ru/news/2017/11/a.html', '', site).pagePath, '/home/news/article');
  assert.deepEqual(parseRoute('/subjects/politics.html', '', site).item, { workspace: 'subjects', path: '/politics' });
  assert.equal(parseRoute('/publications/x.html', '', site).pagePath, '/home/publications/publication');
  assert.equal(parseRoute('/news', '', site), null);
  assert.equal(parseRoute('/a/../b.html', '', site), null);
});

test('links back: pages, items and the same route in another language', () => {
  assert.equal(pageUrl('/home', { ...site, language: 'ru' }), '/ru/');
  assert.equal(pageUrl('/home/news', { ...site, language: 'en' }), '/news.html');
  assert.equal(itemUrl('news', { '@path': '/2017/11/a' }, { ...site, language: 'en' }, 'ru'), '/ru/news/2017/11/a.html');
  const route = parseRoute('/news.html', '?page=2', site);
  assert.equal(routeUrl(route, site, 'ru'), '/ru/news.html?page=2');
  assert.equal(routeUrl(parseRoute('/ru/', '', site), site, 'en'), '/');
});

test('in the page editor a page is also found at its routeTemplate, /{language}{{@path}}', () => {
  const route = parseRoute('/ru/home/news', '?mgnlPreview=false', site, { editor: true });
  assert.deepEqual({ language: route.language, pagePath: route.pagePath }, { language: 'ru', pagePath: '/home/news' });
  assert.equal(routeUrl(route, site, 'en'), '/en/home/news?mgnlPreview=false');
  assert.equal(parseRoute('/ru/home/news', '', site), null, 'not a URL of the public site');
  assert.equal(parseRoute('/fr/home/news', '', site, { editor: true }), null);
});
