// The HTML document around the React markup. In the page editor the page's state travels with it as
// JSON, and the browser bundle hydrates it, so @magnolia/react-editor can add the editor's comments.
import { renderToString } from 'react-dom/server';
import { html } from '../site/html.js';
import App from '../site/App.js';

export function renderDocument(state, { editor }) {
  const markup = renderToString(html`<${App} state=${state} />`);
  const lang = state.site.language;
  const scripts = editor
    ? '<script id="site-state" type="application/json">' + jsonForScript(state) + '</script>'
      + '<script src="/_site/client.js" defer></script>'
    : '';
  return '<!DOCTYPE html><html lang="' + lang + '"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>' + escapeHtml(state.title || '') + '</title>'
    + '<meta name="description" content="' + escapeHtml(state.description || '') + '">'
    + '<link rel="stylesheet" href="/_site/site.css">'
    + '</head><body><div id="root">' + markup + '</div>' + scripts + '</body></html>';
}

/** A small page of its own, for when the page tree cannot be read (the host is down). */
export function plainDocument(lang, title, text) {
  return '<!DOCTYPE html><html lang="' + lang + '"><head><meta charset="utf-8"><title>' + escapeHtml(title)
    + '</title><link rel="stylesheet" href="/_site/site.css"></head><body><main class="plain"><h1>'
    + escapeHtml(title) + '</h1><p>' + escapeHtml(text) + '</p><p><a href="/">Home</a></p></main></body></html>';
}

function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
