// The pages app's page editor (issue 9). The page is rendered in edit mode in #page-frame (same origin); its page
// editor comments, as Magnolia's templating elements write them, become bars:
//   <!-- cms:page content="website:/home" dialog="…" preview="false" --><!-- /cms:page -->
//   <!-- cms:area content="website:/home/main" name="main" availableComponents="a,b" … --> … <!-- /cms:area -->
//   <!-- cms:component content="website:/home/main/0" dialog="…" label="…" --> … <!-- /cms:component -->
// Dialogs open over the page in #dialog-frame; every change is a form the admincentral checks (session, CSRF token).
(() => {
  'use strict';

  // In a dialog frame: once saved, the editor reloads the page it shows.
  const done = document.body && document.body.dataset.editorDone;
  if (done) {
    window.top.location.href = done;
    return;
  }

  const editor = document.getElementById('page-editor');
  if (!editor) return;
  const data = editor.dataset;
  const frame = document.getElementById('page-frame');
  const dialog = document.getElementById('component-dialog');
  const dialogFrame = document.getElementById('dialog-frame');
  const labels = new Map([...document.getElementById('component-labels').content.querySelectorAll('option')]
    .map(option => [option.value, option.textContent]));

  const unescape = text => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  /** "cms:area content=\"…\" name=\"main\"" → {tag: "cms:area", closing: false, attrs: {content: "…", name: "main"}}. */
  function parse(text) {
    const m = text.trim().match(/^(\/?)(cms:[a-z]+)([\s\S]*)$/);
    if (!m) return null;
    const attrs = {};
    for (const a of m[3].matchAll(/([A-Za-z]+)="([^"]*)"/g)) attrs[a[1]] = unescape(a[2]);
    return { closing: m[1] === '/', tag: m[2], attrs };
  }

  const nodePath = content => (content || '').replace(/^[a-z_]+:/, '');

  function openDialog(url) {
    dialogFrame.src = url;
    if (!dialog.open) dialog.showModal();
  }

  document.getElementById('close-dialog').addEventListener('click', () => {
    dialog.close();
    dialogFrame.src = 'about:blank';
  });

  /** Posts a component action (up, down, delete) as the structure view's forms do; the answer reloads the editor. */
  function post(path, action) {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = data.base + '/pages/component/action';
    for (const [name, value] of [['_csrf', data.csrf], ['path', path], ['action', action]]) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
    document.body.appendChild(form);
    form.submit();
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

  function areaBar(doc, attrs) {
    const div = bar(doc, 'area', data.labelArea + ': ' + (attrs.label || attrs.name));
    div.dataset.area = attrs.name;
    div.dataset.path = nodePath(attrs.content);
    const available = (attrs.availableComponents || '').split(',').filter(Boolean);
    if (attrs.showAddButton !== 'false' && available.length) {
      const select = doc.createElement('select');
      select.className = 'mgnl-add-template';
      select.setAttribute('aria-label', data.labelAdd);
      for (const id of available) {
        const option = doc.createElement('option');
        option.value = id;
        option.textContent = labels.get(id) || id;
        select.appendChild(option);
      }
      div.appendChild(select);
      div.appendChild(button(doc, data.labelAdd, 'mgnl-add', () => openDialog(data.base + '/pages/component?overlay=1&page='
        + encodeURIComponent(data.page) + '&area=' + encodeURIComponent(attrs.name) + '&template=' + encodeURIComponent(select.value))));
    }
    return div;
  }

  function componentBar(doc, attrs) {
    const path = nodePath(attrs.content);
    const div = bar(doc, 'component', attrs.label || path);
    div.dataset.path = path;
    if (attrs.editable !== 'false') {
      if (attrs.dialog) {
        div.appendChild(button(doc, data.labelEdit, 'mgnl-edit', () => openDialog(data.base + '/pages/component?overlay=1&path='
          + encodeURIComponent(path))));
      }
      div.appendChild(button(doc, '↑', 'mgnl-up', () => post(path, 'up'))).title = data.labelUp;
      div.appendChild(button(doc, '↓', 'mgnl-down', () => post(path, 'down'))).title = data.labelDown;
      div.appendChild(button(doc, data.labelDelete, 'mgnl-delete', () => {
        if (window.confirm(data.confirmDelete)) post(path, 'delete');
      }));
    }
    return div;
  }

  /** Walks the frame's comments in document order and puts a bar after each opening one. */
  function decorate() {
    const doc = frame.contentDocument;
    if (!doc || !doc.body || doc.documentElement.dataset.mgnlEditor) return;
    doc.documentElement.dataset.mgnlEditor = 'decorated';
    const css = doc.createElement('link');
    css.rel = 'stylesheet';
    css.href = data.base + '/static/page-editor.css';
    doc.head.appendChild(css);
    const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) {
      const c = parse(comment.data);
      if (!c || c.closing) continue;
      if (c.tag === 'cms:page') {
        const page = bar(doc, 'page', data.labelPage + ': ' + nodePath(c.attrs.content));
        doc.body.insertBefore(page, doc.body.firstChild);
      } else if (c.tag === 'cms:area') {
        comment.after(areaBar(doc, c.attrs));
      } else if (c.tag === 'cms:component') {
        comment.after(componentBar(doc, c.attrs));
      }
    }
    // Editing, not browsing: the page's own links and forms stay put.
    doc.addEventListener('click', event => {
      if (event.target.closest('a[href]')) event.preventDefault();
    });
    doc.addEventListener('submit', event => event.preventDefault());
    editor.dataset.ready = 'true';
  }

  frame.addEventListener('load', decorate);
  if (frame.contentDocument && frame.contentDocument.readyState === 'complete' && frame.contentDocument.body
      && frame.contentDocument.body.childElementCount) {
    decorate();
  }
})();
