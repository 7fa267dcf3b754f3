// news-module:components/publication-list — every published publication with its cover.
import { html } from '../html.js';
import { useSite } from '../site-context.js';
import { itemUrl } from '../urls.js';
import Picture from './Picture.js';

export default function PublicationList({ metadata }) {
  const site = useSite();
  const { items = [] } = site.dataOf(metadata);
  if (items.length === 0) return html`<p className="empty">${site.t('noPublications')}</p>`;
  return html`
    <ul className="publication-list">
      ${items.map(p => html`
        <li key=${p['@id']}>
          ${p.cover && typeof p.cover === 'object' && html`<${Picture} asset=${p.cover} sizes="160px" alt="" />`}
          <h3><a href=${itemUrl('publications', p, site)}>${p.title || p['@name']}</a></h3>
          ${p.authors && html`<p className="book-author">${[].concat(p.authors).join(', ')}</p>`}
        </li>`)}
    </ul>`;
}
