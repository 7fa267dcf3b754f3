// The whole page: Magnolia's EditablePage renders the page JSON by its `mgnl:template` through the
// mappings, inside the site context. The same element is rendered on the server and hydrated in the
// page editor.
import { EditablePage } from './magnolia-editor.js';
import { html } from './html.js';
import { SiteContext } from './site-context.js';
import { editorConfig } from './component-mappings.js';

export default function App({ state }) {
  return html`
    <${SiteContext.Provider} value=${state.site}>
      <${EditablePage} content=${state.page} config=${editorConfig} templateAnnotations=${state.templateAnnotations || null} />
    <//>`;
}
