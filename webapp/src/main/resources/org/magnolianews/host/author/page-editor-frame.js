// The page editor's bars (issue 9), built from the page editor comments of a rendered page, as Magnolia's templating
// elements (FreeMarker pages) and @magnolia/react-editor (SPA pages, through the template annotations) write them:
//   <!-- cms:page content="website:/home" dialog="…" preview="false" --><!-- /cms:page -->
//   <!-- cms:area content="website:/home/main" name="main" availableComponents="a,b" … --> … <!-- /cms:area -->
//   <!-- cms:component content="website:/home/main/0" dialog="…" label="…" --> … <!-- /cms:component -->
// A bar's button sends a message ({op: add|edit|up|down|delete, …}) to the page editor, which acts on it.
//
// Two ways in:
// - the admincentral's page editor (same origin) calls MgnlPageEditorFrame.decorate(frameDocument, …) itself;
// - an SPA on another origin loads this file from the host as Magnolia's page editor script, the way
//   @magnolia/template-annotations' PageEditorBridge does (VAADIN/widgetsets/info.magnolia.PageEditor/…nocache.js),
//   after the editor answered its "initialize" message with "updateState". It then defines window.mgnlFrameReady and
//   window.mgnlRefresh (what the bridge and EditorContextHelper.refresh call) and talks to the editor by postMessage.
(() => {
  'use strict';

  const unescape = text => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const nodePath = content => (content || '').replace(/^[a-z_]+:/, '');

  /** "cms:area content=\"…\" name=\"main\"" → {tag: "cms:area", closing: false, attrs: {content: "…", name: "main"}}. */
  function parse(text) {
    const m = text.trim().match(/^(\/?)(cms:[a-z]+)([\s\S]*)$/);
    if (!m) return null;
    const attrs = {};
    for (const a of m[3].matchAll(/([A-Za-z]+)="([^"]*)"/g)) attrs[a[1]] = unescape(a[2]);
    return { closing: m[1] === '/', tag: m[2], attrs };
  }

  function button(doc, text, className, onClick) {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = text;
    b.addEventListener('click', event => {
      event.preventDefault();
      event.stopPropagation();
      onClick();
    });
    return b;
  }

  function bar(doc, kind, label) {
    const div = doc.createElement('div');
    div.className = 'mgnl-editor-bar mgnl-editor-' + kind;
    const name = doc.createElement('b');
    name.textContent = label;
    div.appendChild(name);
    return div;
  }

  function areaBar(doc, attrs, ui, act) {
    const div = bar(doc, 'area', ui.area + ': ' + (attrs.label || attrs.name));
    div.dataset.area = attrs.name;
    div.dataset.path = nodePath(attrs.content);
    const available = (attrs.availableComponents || '').split(',').filter(Boolean);
    if (attrs.showAddButton !== 'false' && available.length) {
      const select = doc.createElement('select');
      select.className = 'mgnl-add-template';
      select.setAttribute('aria-label', ui.add);
      for (const id of available) {
        const option = doc.createElement('option');
        option.value = id;
        option.textContent = ui.labels[id] || id;
        select.appendChild(option);
      }
      div.appendChild(select);
      div.appendChild(button(doc, ui.add, 'mgnl-add', () => act({ op: 'add', area: attrs.name, template: select.value })));
    }
    return div;
  }

  function componentBar(doc, attrs, ui, act) {
    const path = nodePath(attrs.content);
    const div = bar(doc, 'component', attrs.label || path);
    div.dataset.path = path;
    if (attrs.editable !== 'false') {
      if (attrs.dialog) div.appendChild(button(doc, ui.edit, 'mgnl-edit', () => act({ op: 'edit', path })));
      div.appendChild(button(doc, '↑', 'mgnl-up', () => act({ op: 'up', path }))).title = ui.up;
      div.appendChild(button(doc, '↓', 'mgnl-down', () => act({ op: 'down', path }))).title = ui.down;
      div.appendChild(button(doc, ui.delete, 'mgnl-delete', () => act({ op: 'delete', path })));
    }
    return div;
  }

  /**
   * Puts a bar after each opening comment of the document (again after a refresh: old bars go first).
   * ui: {labels: {templateId: label}, add, edit, delete, up, down, area, page}; act(message) carries out a button.
   */
  function decorate(doc, ui, act) {
    if (!doc || !doc.body) return;
    doc.querySelectorAll('.mgnl-editor-bar').forEach(old => old.remove());
    const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) {
      const c = parse(comment.data);
      if (!c || c.closing) continue;
      if (c.tag === 'cms:page') {
        const page = bar(doc, 'page', ui.page + ': ' + nodePath(c.attrs.content));
        if (c.attrs.dialog) page.appendChild(button(doc, ui.edit, 'mgnl-edit-page', () => act({ op: 'page' })));
        doc.body.insertBefore(page, doc.body.firstChild);
      } else if (c.tag === 'cms:area') {
        comment.after(areaBar(doc, c.attrs, ui, act));
      } else if (c.tag === 'cms:component') {
        comment.after(componentBar(doc, c.attrs, ui, act));
      }
    }
    if (!doc.documentElement.dataset.mgnlEditor) {
      doc.documentElement.dataset.mgnlEditor = 'decorated';
      // Editing, not browsing: the page's own links and forms stay put.
      doc.addEventListener('click', event => {
        if (event.target.closest('a[href]')) event.preventDefault();
      });
      doc.addEventListener('submit', event => event.preventDefault());
    }
  }

  window.MgnlPageEditorFrame = { decorate, parse };

  // Loaded by an SPA in the editor's frame (not by the admincentral's own page): bridge mode.
  if (document.getElementById('page-editor') || window === window.parent) return;
  const script = document.currentScript;
  const host = script ? new URL(script.src).origin : '*';
  let ui = null;
  const act = message => window.parent.postMessage(JSON.stringify(Object.assign({ action: 'mgnlEditorAction' }, message)), host);
  const refresh = () => { if (ui) decorate(document, ui, act); };
  window.addEventListener('message', event => {
    if (event.origin !== host || typeof event.data !== 'string' || !event.data.startsWith('{')) return;
    const message = JSON.parse(event.data);
    if (message.action === 'mgnlEditorUi') {
      ui = message.ui;
      refresh();
    }
  });
  window.mgnlRefresh = refresh;
  // The bridge calls this once the script is in (and adds VAADIN/themes/pages-app/page-editor.css itself).
  window.mgnlFrameReady = () => window.parent.postMessage(JSON.stringify({ action: 'mgnlEditorFrameReady' }), host);
})();
