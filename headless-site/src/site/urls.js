// The site's URLs, the same as the host's FreeMarker site: pages at /<name>.html below the site root
// page, items at /news/<path>.html, /subjects/<name>.html, /publications/<name>.html, other languages
// under /<language>/. Used on the server (routing) and in the browser (links), so no Node APIs here.

/** Where each item workspace's detail page is, relative to the site root page, and its URL prefix. */
export const DETAIL_PAGES = {
  news: { page: '/news/article', prefix: '/news' },
  subjects: { page: '/subjects/subject', prefix: '/subjects' },
  publications: { page: '/publications/publication', prefix: '/publications' },
};

export function languagePrefix(language, languages) {
  return language === languages[0] ? '' : '/' + language;
}

/** The URL of a page of the site (its path in the website workspace). */
export function pageUrl(pagePath, site) {
  const prefix = languagePrefix(site.language, site.languages);
  const relative = pagePath === site.root ? '' : pagePath.slice(site.root.length);
  return relative === '' ? prefix + '/' : prefix + relative + '.html';
}

/** The URL of an item (news, subject, publication) in `language`. */
export function itemUrl(workspace, item, site, language = site.language) {
  const detail = DETAIL_PAGES[workspace];
  return languagePrefix(language, site.languages) + detail.prefix + item['@path'] + '.html';
}

/** The current route in another language: same page or item, same query. */
export function routeUrl(route, site, language) {
  if (route.editorPath) return '/' + language + route.pagePath + (route.search || '');
  const prefix = languagePrefix(language, site.languages);
  return prefix + (route.rest === '/' && prefix ? '/' : route.rest) + (route.search || '');
}

/**
 * What a URL path asks for: {language, rest, pagePath, item?: {workspace, path}}; null when it is no
 * URL of the site (404).
 */
export function parseRoute(pathname, search, site, { editor = false } = {}) {
  // The page editor frames an SPA page at its template's routeTemplate, "/{language}{{@path}}": /en/home/news.
  const framed = editor && /^\/([a-z]{2})((?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+)$/.exec(pathname);
  if (framed && site.languages.includes(framed[1])) {
    return { language: framed[1], rest: pathname, search, pagePath: framed[2], editorPath: true };
  }
  let language = site.languages[0];
  let rest = pathname;
  const first = pathname.split('/')[1];
  if (site.languages.includes(first) && first !== site.languages[0]) {
    language = first;
    rest = pathname.slice(first.length + 1) || '/';
  }
  const route = { language, rest, search };
  if (rest === '/' || rest === '/index.html') {
    return { ...route, pagePath: site.root };
  }
  // Segments of letters, digits and - _ ~ . (not starting with a dot: no "..", no hidden names).
  const match = /^((?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+)\.html$/.exec(rest);
  if (!match) return null;
  const path = match[1];
  for (const [workspace, detail] of Object.entries(DETAIL_PAGES)) {
    if (path.startsWith(detail.prefix + '/')) {
      return { ...route, pagePath: site.root + detail.page, item: { workspace, path: path.slice(detail.prefix.length) } };
    }
  }
  return { ...route, pagePath: site.root + path };
}
