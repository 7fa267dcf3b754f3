// news-module:components/search-results — the delivery's full-text search (?q=…), a page at a time.
import { html } from '../html.js';
import { useSite } from '../site-context.js';
import { formatDate } from '../format.js';
import { itemUrl } from '../urls.js';

export default function SearchResults({ metadata }) {
  const site = useSite();
  const { q = '', items = [], total = 0, page = 1, pageSize = 10 } = site.dataOf(metadata);
  const link = n => '?q=' + encodeURIComponent(q) + (n > 1 ? '&page=' + n : '');
  return html`
    <section className="search-results">
      <form role="search">
        <input type="search" name="q" defaultValue=${q} aria-label=${site.t('searchLabel')} />
        <button type="submit">${site.t('searchButton')}</button>
      </form>
      ${q && (items.length ? html`<p className="search-count">${site.t('searchCount', total, q)}</p>`
        : html`<p className="empty">${site.t('searchNone', q)}</p>`)}
      <ul className="news-list">
        ${items.map(news => html`
          <li key=${news['@id']} className="news-item">
            <h3 className="news-title"><a href=${itemUrl('news', news, site)}>${news.title || news['@name']}</a></h3>
            ${news.date && html`<time dateTime=${news.date}>${formatDate(news.date, site)}</time>`}
          </li>`)}
      </ul>
      ${(page > 1 || page * pageSize < total) && html`
        <nav className="pager" aria-label=${site.t('pages')}>
          ${page > 1 && html`<a rel="prev" href=${link(page - 1)}>← ${site.t('newer')}</a>`}
          <span className="pager-current">${site.t('pageN', page)}</span>
          ${page * pageSize < total && html`<a rel="next" href=${link(page + 1)}>${site.t('older')} →</a>`}
        </nav>`}
    </section>`;
}
