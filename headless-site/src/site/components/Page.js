// Every page template of the module (home, section, article, subject, publication, search, not found):
// the masthead and the template's four areas, each an EditableArea, so the page editor can add, move
// and edit their components.
import { EditableArea } from '../magnolia-editor.js';
import { html } from '../html.js';
import { useSite } from '../site-context.js';
import { pageUrl } from '../urls.js';

export default function Page({ header, main, aside, footer }) {
  const site = useSite();
  return html`
    <div className="site">
      <header className="masthead">
        <a className="site-name" href=${pageUrl(site.root, site)}>${site.t('siteName')}</a>
        <nav className="sections" aria-label=${site.t('sections')}>
          <ul>${(site.sections || []).map(s => html`<li key=${s.path}><a href=${pageUrl(s.path, site)}>${s.title}</a></li>`)}</ul>
        </nav>
        ${site.searchPath && html`
          <form className="search-box" role="search" action=${pageUrl(site.searchPath, site)}>
            <input type="search" name="q" aria-label=${site.t('searchLabel')} placeholder=${site.t('searchLabel')} />
            <button type="submit">${site.t('searchButton')}</button>
          </form>`}
      </header>
      ${header && html`<${EditableArea} content=${header} className="page-header" />`}
      <div className="layout">
        <main id="content" className="main">${main && html`<${EditableArea} content=${main} />`}</main>
        ${aside && html`<aside className="aside"><${EditableArea} content=${aside} /></aside>`}
      </div>
      ${footer && html`<footer className="footer"><${EditableArea} content=${footer} /></footer>`}
    </div>`;
}
