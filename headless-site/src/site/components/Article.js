// news-module:components/article — the page's news item: kicker, title, date, lead, photo with caption
// and credit, body, source attribution ("as per TASS"), corrections, subjects.
import { html } from '../html.js';
import { useSite } from '../site-context.js';
import { formatDate } from '../format.js';
import { itemUrl } from '../urls.js';
import Picture from './Picture.js';

const CREDIT_PREFIX = /^\s*(photo|фото)\s*:\s*/i;

export default function Article({ showSubjects, showCorrections }) {
  const site = useSite();
  const item = site.item && site.item.workspace === 'news' ? site.item.node : null;
  if (!item) return null;
  const subjects = (item.subjects || []).filter(s => s && typeof s === 'object');
  const corrections = (item['@nodes'] || []).filter(n => n.startsWith('corrections')).map(n => item[n]).filter(Boolean);
  const attribution = item.sourceAttribution || (item.sourceAgency ? site.t('asPer', item.sourceAgency) : null);
  const image = item.image && typeof item.image === 'object' ? item.image : null;
  return html`
    <article className="article">
      <header className="article-header">
        ${subjects.length > 0 && html`<p className="kicker"><a href=${itemUrl('subjects', subjects[0], site)}>${subjects[0].name || subjects[0]['@name']}</a></p>`}
        <h1 className="article-title">${item.title || item['@name']}</h1>
        <p className="article-meta">
          ${item.date && html`<time className="article-date" dateTime=${item.date}>${formatDate(item.date, site)}</time>`}
          ${item.author && html`<span className="article-author">${item.author}</span>`}
        </p>
        ${item.lead && html`<p className="lead">${item.lead}</p>`}
      </header>
      ${image && html`
        <figure className="article-photo">
          <${Picture} asset=${image} sizes="(min-width: 900px) 720px, 100vw" alt=${item.imageCaption || item.title} eager />
          <figcaption>
            ${item.imageCaption && html`<span className="caption">${item.imageCaption}</span>`}
            ${item.imageCredit && html`<span className="credit">${site.t('photo') + ': ' + item.imageCredit.replace(CREDIT_PREFIX, '')}</span>`}
          </figcaption>
        </figure>`}
      <div className="article-body" dangerouslySetInnerHTML=${{ __html: item.body || '' }}></div>
      ${attribution && html`
        <p className="source-attribution">${item.sourceUrl
          ? html`<a href=${item.sourceUrl} rel="nofollow noopener">${attribution}</a>` : attribution}</p>`}
      ${showCorrections !== 'false' && corrections.length > 0 && html`
        <section className="corrections">
          <h2>${site.t('corrections')}</h2>
          <ul>${corrections.map(c => html`<li key=${c['@id']}>${c.date && html`<time dateTime=${c.date}>${formatDate(c.date, site)}</time>`} ${c.note}</li>`)}</ul>
        </section>`}
      ${showSubjects !== 'false' && subjects.length > 0 && html`
        <nav className="article-subjects" aria-label=${site.t('subjects')}>
          <h2>${site.t('subjects')}</h2>
          <ul>${subjects.map(s => html`<li key=${s['@id']}><a href=${itemUrl('subjects', s, site)}>${s.name || s['@name']}</a></li>`)}</ul>
        </nav>`}
    </article>`;
}
