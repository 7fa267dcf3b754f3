// The browser side, loaded only in the page editor (?mgnlPreview=…): hydrates the server's markup with
// the same state, so @magnolia/react-editor's EditablePage/EditableArea/EditableComponent put the
// template annotations (cms:page, cms:area, cms:component comments) into the page for the editor.
import { hydrateRoot } from 'react-dom/client';
import { html } from './site/html.js';
import App from './site/App.js';

const state = JSON.parse(document.getElementById('site-state').textContent);
hydrateRoot(document.getElementById('root'), html`<${App} state=${state} />`);
