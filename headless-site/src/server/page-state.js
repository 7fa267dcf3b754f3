// Everything one page needs, read from the delivery endpoints: the page (by its URL), the page's item,
// the sections of the masthead, each component's data, and — in the page editor — the template
// annotations. The result is plain JSON: rendered on the server, and handed to the browser there.
import { parseRoute } from '../site/urls.js';
import { loadComponentData, NotFound, label } from './loaders.js';
import { readerCountry } from '../site/release-status.js';

const SEARCH_TEMPLATE = 'news-module:pages/search';
const NOT_FOUND_TEMPLATE = 'news-module:pages/not-found';

export { NotFound };

export async function pageState({ url, headers, config, delivery, annotations }) {
  const siteBase = { root: config.siteRoot, languages: config.languages, timeZone: config.timeZone };
  const route = parseRoute(url.pathname, url.search, siteBase, { editor: Boolean(annotations) });
  if (!route) throw new NotFound(url.pathname);
  const pageNumber = pageNumberOf(url.searchParams);
  const site = { ...siteBase, language: route.language };
  return stateFor({ route, pagePath: route.pagePath, pageNumber, site, url, headers, config, delivery, annotations });
}

/** The site's not-found page (the page tree's not-found page) in the language of the URL. */
export async function notFoundState({ url, headers, config, delivery }) {
  const siteBase = { root: config.siteRoot, languages: config.languages, timeZone: config.timeZone };
  const first = url.pathname.split('/')[1];
  const language = config.languages.includes(first) ? first : config.languages[0];
  const route = { language, rest: '/', search: '' };
  const site = { ...siteBase, language };
  return stateFor({ route, pagePath: config.siteRoot + '/not-found', pageNumber: 1, site, url, headers, config, delivery });
}

async function stateFor({ route, pagePath, pageNumber, site, url, headers, config, delivery, annotations }) {
  const lang = site.language;
  const [page, tree, item] = await Promise.all([
    delivery.item('pages/v1', pagePath, { lang }),
    delivery.item('pagenav/v1', config.siteRoot, { lang }),
    route.item ? delivery.item(route.item.workspace, route.item.path, { lang }) : null,
  ]);
  if (!page || page['@nodeType'] !== 'mgnl:page' || (route.item && !item)) throw new NotFound(url.pathname);
  const pageItem = route.item ? { workspace: route.item.workspace, node: item } : null;
  const sections = childPages(tree);
  const ctx = {
    delivery, site, route, pagePath, page, tree, item: pageItem, pageNumber, query: url.searchParams,
    readerCountry: readerCountry(headers['cf-ipcountry'], headers['accept-language'], lang),
  };
  const data = await loadComponentData(page, ctx);
  const search = sections.find(s => s['mgnl:template'] === SEARCH_TEMPLATE);
  return {
    title: pageItem ? label(pageItem.node) : page.title,
    description: (pageItem && pageItem.node.lead) || page.description || '',
    page,
    templateAnnotations: annotations ? await annotations(pagePath) : null,
    site: {
      ...site,
      data,
      item: pageItem,
      searchPath: search ? search['@path'] : null,
      sections: sections.filter(s => s.hideInNav !== 'true' && s['mgnl:template'] !== NOT_FOUND_TEMPLATE)
        .map(s => ({ path: s['@path'], title: s.navigationTitle || s.title || s['@name'] })),
    },
  };
}

/** The pages right below a page of the page tree (pagenav), in their order. */
export function childPages(node) {
  if (!node) return [];
  return (node['@nodes'] || []).map(name => node[name]).filter(n => n && n['@nodeType'] === 'mgnl:page');
}

/** ?page=N: a whole number 1-10000, else no such page (404), as the module's Paging answers. */
function pageNumberOf(params) {
  const values = params.getAll('page');
  if (values.length === 0) return 1;
  if (values.length > 1 || !/^[1-9][0-9]{0,4}$/.test(values[0]) || Number(values[0]) > 10000) {
    throw new NotFound('page ' + values.join(','));
  }
  return Number(values[0]);
}
