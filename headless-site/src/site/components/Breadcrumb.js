// news-module:components/breadcrumb — the pages above this one, then the page's item.
import { html } from '../html.js';
import { useSite } from '../site-context.js';

export default function Breadcrumb({ metadata }) {
  const site = useSite();
  const { crumbs = [] } = site.dataOf(metadata);
  if (crumbs.length < 2) return null;
  return html`
    <nav className="breadcrumb" aria-label=${site.t('breadcrumb')}>
      <ol>${crumbs.map((c, i) => html`<li key=${i}>${c.url && i < crumbs.length - 1 ? html`<a href=${c.url}>${c.title}</a>` : html`<span aria-current="page">${c.title}</span>`}</li>`)}</ol>
    </nav>`;
}
