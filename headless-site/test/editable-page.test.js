// The host's pages endpoint JSON (pages/v1, the SPA demos' endpoint) through Magnolia's own @magnolia/react-editor (the npm package, no
// mock): EditablePage and EditableArea render every page and component by its `mgnl:template`, with
// probe components and with the site's own mappings. Needs a running host: NEWS_HOST=http://localhost:8080
// (the Java HeadlessSiteIT runs this file against the host it starts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import MagnoliaReactEditor from '@magnolia/react-editor';
import { componentMappings } from '../src/site/component-mappings.js';
import App from '../src/site/App.js';
import { pageState } from '../src/server/page-state.js';
import { DeliveryClient } from '../src/server/delivery-client.js';
import { ResponseCache } from '../src/server/response-cache.js';
import { readConfig } from '../src/server/config.js';

const { EditablePage, EditableArea } = MagnoliaReactEditor;
const host = process.env.NEWS_HOST;
const skip = host ? false : 'set NEWS_HOST to a running host to run this test';
const h = React.createElement;

async function json(path) {
  const response = await fetch(host + path);
  assert.equal(response.status, 200, path);
  return response.json();
}

/** Every page of the host's site, from the page tree (pagenav/v1), read from pages/v1 as the SPA demos do. */
async function sitePages() {
  const paths = [];
  const walk = node => {
    paths.push(node['@path']);
    node['@nodes'].map(n => node[n]).filter(n => n['@nodeType'] === 'mgnl:page').forEach(walk);
  };
  walk(await json('/.rest/delivery/pagenav/v1/home'));
  return Promise.all(paths.map(p => json('/.rest/delivery/pages/v1' + p)));
}

/** Every component of a page in document order: [{path, template}]. */
function componentsOf(page) {
  const found = [];
  for (const areaName of page['@nodes']) {
    const area = page[areaName];
    if (area['@nodeType'] !== 'mgnl:area') continue;
    for (const name of area['@nodes']) found.push({ path: area[name]['@path'], template: area[name]['mgnl:template'] });
  }
  return found;
}

// Probes: a page renders its areas through EditableArea; a component says which template it was mapped by.
function ProbePage(props) {
  const areas = Object.keys(props).filter(k => props[k] && props[k]['@nodeType'] === 'mgnl:area');
  return h('main', { 'data-page-template': props.metadata['mgnl:template'] },
    areas.map(name => h(EditableArea, { key: name, content: props[name], className: 'area-' + name })));
}
function probeFor(template) {
  return function Probe({ metadata }) {
    return h('p', { 'data-template': template, 'data-path': metadata['@path'] });
  };
}

test('every page of the pages endpoint renders through EditablePage, each component by its mgnl:template', { skip }, async () => {
  const pages = await sitePages();
  assert.ok(pages.length >= 8, 'home, sections and detail pages: ' + pages.length);
  for (const page of pages) {
    assert.match(page['mgnl:template'] || '', /^[\w-]+:pages\//, page['@path'] + ' carries its page template id');
    const components = componentsOf(page);
    assert.ok(components.length > 0, page['@path'] + ' has components');
    const mappings = { [page['mgnl:template']]: ProbePage };
    for (const c of components) {
      assert.ok(c.template, c.path + ' carries mgnl:template');
      mappings[c.template] = probeFor(c.template);
    }
    const markup = renderToStaticMarkup(h(EditablePage, { content: page, config: { componentMappings: mappings } }));
    assert.ok(markup.includes('data-page-template="' + page['mgnl:template'] + '"'), page['@path'] + ' page component rendered');
    const rendered = [...markup.matchAll(/data-template="([^"]+)" data-path="([^"]+)"/g)].map(m => ({ template: m[1], path: m[2] }));
    assert.deepEqual(rendered, components, page['@path'] + ': each component, in order, by its template');
  }
});

test('without mgnl:template EditablePage renders nothing of the page (what the endpoint must prevent)', { skip }, async () => {
  const page = await json('/.rest/delivery/pages/v1/home');
  const stripped = JSON.parse(JSON.stringify(page), (key, value) => (key === 'mgnl:template' ? undefined : value));
  const mappings = { [page['mgnl:template']]: ProbePage };
  const errors = [];
  const original = console.error;
  console.error = (...args) => errors.push(args.join(' '));
  try {
    const markup = renderToStaticMarkup(h(EditablePage, { content: stripped, config: { componentMappings: mappings } }));
    assert.equal(markup, '<div><div></div></div>');
  } finally {
    console.error = original;
  }
});

test('the site\'s own mappings cover every template the host\'s pages use', { skip }, async () => {
  for (const page of await sitePages()) {
    assert.ok(componentMappings[page['mgnl:template']], 'page template ' + page['mgnl:template'] + ' is mapped');
    for (const c of componentsOf(page)) assert.ok(componentMappings[c.template], c.path + ': ' + c.template + ' is mapped');
  }
});

// A page whose template is an SPA template of a light module in the SPA demos' shape (renderType: spa; components
// with only a title and a dialog), as a demo front end maps it. NEWS_SPA_PAGE names it (HeadlessSiteIT creates it).
const spaPage = process.env.NEWS_SPA_PAGE;

test('an SPA demo page renders through EditablePage by its templates, as the demos map them', { skip: skip || (spaPage ? false : 'set NEWS_SPA_PAGE') }, async () => {
  const page = await json('/.rest/delivery/pages/v1' + spaPage);
  const Basic = ({ title, main }) => h('div', { className: 'Basic' }, h('h1', null, title), main && h(EditableArea, { content: main }));
  const Headline = ({ text }) => h('h2', null, text);
  const Paragraph = ({ richText }) => h('div', { className: 'Paragraph', dangerouslySetInnerHTML: { __html: richText } });
  const [module] = page['mgnl:template'].split(':');
  const config = { componentMappings: {
    [module + ':pages/basic']: Basic,
    [module + ':components/headline']: Headline,
    [module + ':components/paragraph']: Paragraph,
  } };
  const markup = renderToStaticMarkup(h(EditablePage, { content: page, config }));
  const components = componentsOf(page);
  assert.ok(components.length >= 2, JSON.stringify(components));
  const expected = '<div><div class="Basic"><h1>' + page.title + '</h1><div>'
    + components.map(c => {
      const node = page.main[c.path.split('/').pop()];
      return c.template.endsWith('/headline') ? '<h2>' + node.text + '</h2>' : '<div class="Paragraph">' + node.richText + '</div>';
    }).join('') + '</div></div></div>';
  assert.equal(markup, expected);
});

test('the seed article renders through the site\'s mappings with its components\' data', { skip }, async () => {
  const config = readConfig({ NEWS_HOST: host });
  const delivery = new DeliveryClient({ host, cache: new ResponseCache() });
  const url = new URL('http://site/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html');
  const state = await pageState({ url, headers: { 'accept-language': 'en' }, config, delivery });
  const markup = renderToStaticMarkup(h(App, { state }));
  assert.match(markup, /<h1 class="article-title">Putin and Abe discuss North Korean crisis/);
  assert.match(markup, /class="source-attribution"><a [^>]*>as per TASS<\/a>/);
  assert.match(markup, /class="credit">Photo: Russian Presidential Administration</);
  assert.match(markup, /class="box related-news"/);
  assert.match(markup, /class="box book-promo"/);
  assert.match(markup, /data-country="IT">available in Italy</);
});
