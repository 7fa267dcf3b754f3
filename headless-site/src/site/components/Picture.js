// An asset from the delivery's asset resolver: its renditions as srcset (the host scales them), the
// original as fallback. URLs are the host's (/dam/…, /.imaging/…); the site serves them from the host.
import { html } from '../html.js';

export default function Picture({ asset, sizes, alt, className, eager }) {
  if (!asset || typeof asset !== 'object' || !asset['@link']) return null;
  const renditions = Object.entries(asset.renditions || {})
    .map(([name, r]) => ({ width: Number(name.split('x')[0]), link: r.link }))
    .filter(r => r.width > 0 && r.link)
    .sort((a, b) => a.width - b.width);
  const meta = asset.metadata || {};
  return html`<img className=${className} src=${renditions.length ? renditions[renditions.length - 1].link : asset['@link']}
    srcSet=${renditions.length ? renditions.map(r => r.link + ' ' + r.width + 'w').join(', ') : undefined}
    sizes=${renditions.length ? sizes : undefined} alt=${alt || ''} width=${meta.width} height=${meta.height}
    loading=${eager ? 'eager' : 'lazy'} />`;
}
