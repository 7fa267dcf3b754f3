// news-module:components/text — rich text (sanitized by the host when it was saved), as it is.
import { html } from '../html.js';

export default function Text({ text }) {
  return html`<div className="text" dangerouslySetInnerHTML=${{ __html: text || '' }}></div>`;
}
