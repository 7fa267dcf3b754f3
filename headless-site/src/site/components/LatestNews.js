// news-module:components/latest-news — newest first, a page at a time (?page=N) in the main area; on a
// subject page only that subject's news. The first item of the first page leads with its photo.
import { html } from '../html.js';
import { useSite } from '../site-context.js';
import { formatDate } from '../format.js';
import { itemUrl } from '../urls.js';
import Picture from './Picture.js';

export default function LatestNews({ heading, metadata }) {
  const site = useSite();
  const { items = [], page = 1, hasNewer, hasOlder } = site.dataOf(metadata);
  const pageLink = n => (n === 1 ? '?' : '?page=' + n);
  return html`
    <section className="latest-news">
      <h2 className="section-title">${heading || site.t('latest')}</h2>
      ${items.length === 0 ? html`<p className="empty">${site.t('noNews')}</p>` : html`
        <ul className="news-list">
          ${items.map((news, i) => {
            const lead = i === 0 && page === 1 && news.image && typeof news.image === 'object';
            return html`
              <li key=${news['@id']} className=${'news-item' + (lead ? ' news-item-lead' : '')}>
                ${lead && html`<a className="news-photo" href=${itemUrl('news', news, site)} tabIndex="-1"><${Picture} asset=${news.image} sizes="(min-width: 900px) 480px, 100vw" eager /></a>`}
                <div className="news-text">
                  <h3 className="news-title"><a href=${itemUrl('news', news, site)}>${news.title || news['@name']}</a></h3>
                  ${news.lead && (lead || i < 6) && html`<p className="news-lead">${news.lead}</p>`}
                  ${news.date && html`<time dateTime=${news.date}>${formatDate(news.date, site)}</time>`}
                </div>
              </li>`;
          })}
        </ul>`}
      ${(hasNewer || hasOlder) && html`
        <nav className="pager" aria-label=${site.t('pages')}>
          ${hasNewer && html`<a rel="prev" href=${pageLink(page - 1)}>← ${site.t('newer')}</a>`}
          <span className="pager-current">${site.t('pageN', page)}</span>
          ${hasOlder && html`<a rel="next" href=${pageLink(page + 1)}>${site.t('older')} →</a>`}
        </nav>`}
    </section>`;
}
