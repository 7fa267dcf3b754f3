// What each component needs from the delivery endpoints, fetched before rendering (React renders
// synchronously on the server): one loader per `mgnl:template`, run for every component of the page.
// Their results reach the components through the site context, keyed by the component's @id.
import { releaseLines, todayIn } from '../site/release-status.js';
import { itemUrl, pageUrl, routeUrl } from '../site/urls.js';

export class NotFound extends Error {}

const NEWS_ORDER = 'date desc';
// The delivery's deepest offset; pages beyond it are not offered (the host pages deeper with `before`).
const MAX_OFFSET = 10_000;

function offsetOf(page, pageSize) {
  const offset = (page - 1) * pageSize;
  if (offset > MAX_OFFSET) throw new NotFound('no page ' + page);
  return offset;
}

async function latestNews(component, ctx) {
  const pageSize = clamp(Number(component.pageSize) || 10, 1, 50);
  // Only the page's main list pages (?page=N); lists in the aside always show the newest.
  const page = ctx.area === 'main' ? ctx.pageNumber : 1;
  const params = {
    orderBy: NEWS_ORDER, limit: pageSize, offset: offsetOf(page, pageSize), total: 'true', lang: ctx.site.language,
  };
  const subject = ctx.item && ctx.item.workspace === 'subjects' ? ctx.item.node['@id'] : component.subject;
  if (subject) params.subjects = subject;
  if (ctx.site.language !== ctx.site.languages[0]) params.translated = 'true';
  const answer = await ctx.delivery.query('news', params);
  const total = answer.total ?? answer.results.length;
  if (page > 1 && answer.results.length === 0) throw new NotFound('no page ' + page);
  return { items: answer.results, page, hasNewer: page > 1, hasOlder: page * pageSize < total, total };
}

async function subjectNavigation(component, ctx) {
  const answer = await ctx.delivery.query('subjects', { limit: 200, lang: ctx.site.language });
  const subjects = answer.results;
  const counts = component.showCounts === 'true'
    ? await Promise.all(subjects.map(s => ctx.delivery.query('news', { subjects: s['@id'], limit: 1, total: 'true' })
      .then(a => a.total ?? 0)))
    : subjects.map(() => null);
  const byParent = new Map();
  subjects.forEach((s, i) => {
    const parent = subjects.some(p => p['@id'] === s.parent) ? s.parent : null;
    if (!byParent.has(parent)) byParent.set(parent, []);
    byParent.get(parent).push({ subject: s, count: counts[i] });
  });
  const tree = [];
  const walk = (parent, depth) => {
    (byParent.get(parent) || []).sort((a, b) => label(a.subject).localeCompare(label(b.subject), ctx.site.language))
      .forEach(entry => { tree.push({ ...entry, depth }); walk(entry.subject['@id'], depth + 1); });
  };
  walk(null, 0);
  return { subjects: tree.filter(e => e.count === null || e.count > 0) };
}

/** The module's PromoChoice: the editor's choice while published, else the newest sharing the page's subjects, else the newest. */
async function bookPromo(component, ctx) {
  const lang = ctx.site.language;
  let publication = null;
  let pageItem = false;
  if (ctx.item && ctx.item.workspace === 'publications') {
    publication = ctx.item.node;
    pageItem = true;
  }
  if (!publication && component.publication) {
    publication = (await ctx.delivery.query('publications', { '@jcr:uuid': component.publication, lang })).results[0] || null;
  }
  if (!publication) {
    const subjects = subjectIdsOf(ctx.item);
    if (subjects.length) {
      publication = newest((await ctx.delivery.query('publications', { subjects: subjects.join('|'), limit: 100, lang })).results);
    }
  }
  if (!publication) {
    publication = newest((await ctx.delivery.query('publications', { limit: 100, lang })).results);
  }
  if (!publication) return { publication: null };
  const today = todayIn(ctx.site.timeZone);
  return {
    publication,
    full: pageItem && !component.heading,
    releases: releaseLines(publication, today, ctx.readerCountry, ctx.site.timeZone),
    blurb: abbreviate(plainText(publication.description || ''), 180),
  };
}

/** The item's own related news (published only: the host leaves the rest out), then news sharing its subjects. */
async function relatedNews(component, ctx) {
  const count = clamp(Number(component.count) || 5, 1, 20);
  const own = ctx.item ? ctx.item.node : null;
  const items = [];
  const seen = new Set(own ? [own['@id']] : []);
  const add = news => { if (news && typeof news === 'object' && !seen.has(news['@id']) && items.length < count) { seen.add(news['@id']); items.push(news); } };
  if (own && Array.isArray(own.relatedNews)) own.relatedNews.forEach(add);
  const subjects = subjectIdsOf(ctx.item);
  if (items.length < count && subjects.length) {
    const answer = await ctx.delivery.query('news', {
      subjects: subjects.join('|'), orderBy: NEWS_ORDER, limit: count + 1, lang: ctx.site.language,
      translated: ctx.site.language === ctx.site.languages[0] ? undefined : 'true',
    });
    answer.results.forEach(add);
  }
  return { items };
}

async function publicationList(component, ctx) {
  const answer = await ctx.delivery.query('publications', { limit: 100, lang: ctx.site.language, orderBy: 'title asc' });
  return { items: answer.results };
}

async function searchResults(component, ctx) {
  const q = (ctx.query.get('q') || '').trim().slice(0, 200);
  if (!q) return { q, items: [], total: 0, page: 1 };
  const pageSize = clamp(Number(component.pageSize) || 10, 1, 50);
  const answer = await ctx.delivery.query('news', {
    q, limit: pageSize, offset: offsetOf(ctx.pageNumber, pageSize), total: 'true', lang: ctx.site.language,
  });
  return { q, items: answer.results, total: answer.total ?? answer.results.length, page: ctx.pageNumber, pageSize };
}

async function breadcrumb(component, ctx) {
  const crumbs = [];
  const segments = ctx.pagePath.slice(ctx.site.root.length).split('/').filter(Boolean);
  // The detail page itself (/news/article) is not a crumb: its item is.
  const ancestors = ctx.item ? segments.slice(0, -1) : segments;
  // The page tree (pagenav) has every ancestor's title: walk down it.
  let node = ctx.tree;
  if (node) crumbs.push({ title: component.homeLabel || node.navigationTitle || node.title, url: pageUrl(node['@path'], ctx.site) });
  for (const segment of ancestors) {
    node = node && node[segment] && node[segment]['@nodeType'] === 'mgnl:page' ? node[segment] : null;
    if (!node) break;
    crumbs.push({ title: node.navigationTitle || node.title || node['@name'], url: pageUrl(node['@path'], ctx.site) });
  }
  if (ctx.item) crumbs.push({ title: label(ctx.item.node), url: null });
  return { crumbs };
}

async function languageSelector(component, ctx) {
  const node = ctx.item ? ctx.item.node : ctx.page;
  const available = node['@languages'] ? Object.keys(node['@languages']) : ctx.site.languages;
  const links = ctx.site.languages.filter(l => available.includes(l)).map(language => ({
    language,
    current: language === ctx.site.language,
    url: ctx.item ? itemUrl(ctx.item.workspace, ctx.item.node, ctx.site, language) : routeUrl(ctx.route, ctx.site, language),
  }));
  return { links, showNames: component.showLanguageNames !== 'false' };
}

export const LOADERS = {
  'news-module:components/latest-news': latestNews,
  'news-module:components/subject-navigation': subjectNavigation,
  'news-module:components/book-promo': bookPromo,
  'news-module:components/related-news': relatedNews,
  'news-module:components/publication-list': publicationList,
  'news-module:components/search-results': searchResults,
  'news-module:components/breadcrumb': breadcrumb,
  'news-module:components/language-selector': languageSelector,
};

/** Runs the loader of every component of the page's areas; returns {componentId: data}. */
export async function loadComponentData(page, ctx) {
  const jobs = [];
  for (const areaName of page['@nodes'] || []) {
    const area = page[areaName];
    if (!area || area['@nodeType'] !== 'mgnl:area') continue;
    for (const name of area['@nodes'] || []) {
      const component = area[name];
      const loader = component && LOADERS[component['mgnl:template']];
      if (loader) jobs.push(loader(component, { ...ctx, area: areaName }).then(data => [component['@id'], data]));
    }
  }
  return Object.fromEntries(await Promise.all(jobs));
}

function subjectIdsOf(item) {
  if (!item) return [];
  if (item.workspace === 'subjects') return [item.node['@id']];
  const subjects = item.node.subjects;
  return (Array.isArray(subjects) ? subjects : subjects ? [subjects] : [])
    .map(s => (typeof s === 'object' ? s['@id'] : s)).filter(Boolean);
}

function newest(publications) {
  const firstRelease = p => (p['@nodes'] || []).filter(n => n.startsWith('releases') && p[n] && p[n].date)
    .map(n => Date.parse(p[n].date)).sort((a, b) => a - b)[0];
  let best = null;
  let bestDate = null;
  for (const p of publications) {
    const date = firstRelease(p) ?? (Date.parse(p['mgnl:created']) || 0);
    if (best === null || date > bestDate || (date === bestDate && p['@path'] < best['@path'])) {
      best = p;
      bestDate = date;
    }
  }
  return best;
}

export function label(node) {
  return node.title || node.name || node['@name'];
}

function plainText(html) {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
}

function abbreviate(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

function clamp(n, min, max) {
  return Math.min(max, Math.max(min, Math.trunc(n)));
}
