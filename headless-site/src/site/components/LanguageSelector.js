// news-module:components/language-selector — the same page or item in every language it exists in.
import { html } from '../html.js';
import { useSite } from '../site-context.js';

export default function LanguageSelector({ metadata }) {
  const site = useSite();
  const { links = [], showNames = true } = site.dataOf(metadata);
  if (links.length < 2) return null;
  return html`
    <nav className="language-selector" aria-label=${site.t('language')}>
      <ul>
        ${links.map(({ language, url, current }) => {
          const text = showNames ? site.t('language.' + language) : language.toUpperCase();
          return html`<li key=${language}>${current
            ? html`<span className="current-language" lang=${language} aria-current="true">${text}</span>`
            : html`<a href=${url} hrefLang=${language} lang=${language} rel="alternate">${text}</a>`}</li>`;
        })}
      </ul>
    </nav>`;
}
