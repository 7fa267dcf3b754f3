// What every component may need beyond its own content: the language, the page's item, the data its
// loader fetched (by component @id), the site's settings. One value for the whole page, the same on the
// server and in the browser (it travels as JSON in the page).
import React from 'react';
import { message } from './messages.js';

export const SiteContext = React.createContext(null);

export function useSite() {
  const site = React.useContext(SiteContext);
  return {
    ...site,
    t: (key, ...args) => message(site.language, key, ...args),
    dataOf: metadata => (site.data && site.data[metadata['@id']]) || {},
  };
}
