// news-module:components/related-news — the item's related news, then news on its subjects.
import { html } from '../html.js';
import { useSite } from '../site-context.js';
import { formatDate } from '../format.js';
import { itemUrl } from '../urls.js';

export default function RelatedNews({ heading, metadata }) {
  const site = useSite();
  const { items = [] } = site.dataOf(metadata);
  if (items.length === 0) return null;
  return html`
    <section className="box related-news">
      <h2 className="box-title">${heading || site.t('newsBySubject')}</h2>
      <ol className="compact-list">
        ${items.map(news => html`
          <li key=${news['@id']}>
            <a href=${itemUrl('news', news, site)}>${news.title || news['@name']}</a>
            ${news.date && html`<time dateTime=${news.date}>${formatDate(news.date, site, { time: false, short: true })}</time>`}
          </li>`)}
      </ol>
    </section>`;
}
