// news-module:components/book-promo — the publication the loader chose (the editor's, or the newest on
// the page's subjects), with cover, authors, blurb and the release status per country, the reader's
// country first. On the publication's own page it is the full entry.
import { html, Fragment } from '../html.js';
import { useSite } from '../site-context.js';
import { countryName } from '../format.js';
import { itemUrl } from '../urls.js';
import Picture from './Picture.js';

export default function BookPromo({ heading, metadata }) {
  const site = useSite();
  const { publication, releases = [], full, blurb } = site.dataOf(metadata);
  if (!publication) return null;
  const authors = [].concat(publication.authors || []);
  const link = itemUrl('publications', publication, site);
  const title = publication.title || publication['@name'];
  return html`
    <section className=${full ? 'book-full' : 'box book-promo'}>
      ${!full && html`<h2 className="box-title">${heading || site.t('publications')}</h2>`}
      <div className="book">
        ${publication.cover && typeof publication.cover === 'object' && html`
          <a className="book-cover" href=${link}><${Picture} asset=${publication.cover} sizes="160px" alt=${title} /></a>`}
        <div className="book-text">
          ${full ? html`<h1 className="book-title">${title}</h1>` : html`<h3 className="book-title"><a href=${link}>${title}</a></h3>`}
          ${authors.length > 0 && html`<p className="book-author">${authors.join(', ')}</p>`}
          ${releases.length > 0 && html`
            <p className="release-status">${releases.map((r, i) => html`
              <${Fragment} key=${r.country}>${i > 0 ? ' · ' : ''}<span className=${'release release-' + r.state + (r.readersCountry ? ' release-reader' : '')} data-country=${r.country}>${site.t('release.' + r.state, countryName(r.country, site.language))}</span><//>`)}
            </p>`}
        </div>
      </div>
      ${full ? html`<${Fragment}>
        <div className="book-description" dangerouslySetInnerHTML=${{ __html: publication.description || '' }}></div>
        <dl className="book-facts">
          ${publication.publisher && html`<${Fragment}><dt>${site.t('publisher')}</dt><dd>${publication.publisher}</dd><//>`}
          ${publication.isbn && html`<${Fragment}><dt>ISBN</dt><dd>${publication.isbn}</dd><//>`}
        </dl>
        ${publication.purchaseUrl && html`<p><a className="button" href=${publication.purchaseUrl} rel="noopener">${site.t('buy')}</a></p>`}<//>`
      : html`<p className="blurb">${blurb}</p>`}
    </section>`;
}
