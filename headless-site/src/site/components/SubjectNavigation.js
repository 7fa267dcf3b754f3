// news-module:components/subject-navigation — the subject tree with the number of news on each.
import { html } from '../html.js';
import { useSite } from '../site-context.js';
import { itemUrl } from '../urls.js';

export default function SubjectNavigation({ heading, metadata }) {
  const site = useSite();
  const { subjects = [] } = site.dataOf(metadata);
  if (subjects.length === 0) return null;
  return html`
    <nav className="box subject-navigation" aria-label=${heading || site.t('subjects')}>
      <h2 className="box-title">${heading || site.t('subjects')}</h2>
      <ul>
        ${subjects.map(({ subject, count, depth }) => html`
          <li key=${subject['@id']} className=${'depth-' + depth}>
            <a href=${itemUrl('subjects', subject, site)}>${subject.name || subject['@name']}</a>
            ${count !== null && html`<span className="count">${count}</span>`}
          </li>`)}
      </ul>
    </nav>`;
}
