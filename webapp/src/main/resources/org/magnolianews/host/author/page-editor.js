// The pages app's page editor (issue 9): the page in #page-frame, bars from its page editor comments
// (page-editor-frame.js), dialogs over the page in #dialog-frame. Every change is a form the admincentral checks
// (session, CSRF token) and PageContent carries out. A FreeMarker page is rendered in edit mode on this origin and
// decorated from here; an SPA page (a template with a baseUrl) is the front end's own, on its origin, and talks to this
// page the way Magnolia's page editor does with @magnolia/template-annotations' PageEditorBridge (postMessage).
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
  const labels = Object.fromEntries([...document.getElementById('component-labels').content.querySelectorAll('option')]
    .map(option => [option.value, option.textContent]));
  const ui = { labels, add: data.labelAdd, edit: data.labelEdit, delete: data.labelDelete, up: data.labelUp, down: data.labelDown,
    area: data.labelArea, page: data.labelPage };

  // Magnolia's front-end helpers render their comments only when the editor's address ends with ":edit".
  history.replaceState(null, '', location.pathname + location.search + '#' + data.page + ':edit');

  function openDialog(url) {
    dialogFrame.src = url + '&in=' + encodeURIComponent(data.language);
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
    for (const [name, value] of [['_csrf', data.csrf], ['path', path], ['action', action], ['in', data.language]]) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
    document.body.appendChild(form);
    form.submit();
  }

  /** What a bar's button asks for. */
  function act(message) {
    const page = encodeURIComponent(data.page);
    if (message.op === 'add') {
      openDialog(data.base + '/pages/component?overlay=1&page=' + page + '&area=' + encodeURIComponent(message.area)
        + '&template=' + encodeURIComponent(message.template));
    } else if (message.op === 'page') {
      openDialog(data.base + '/pages/properties?overlay=1&path=' + page);
    } else if (message.op === 'edit') {
      openDialog(data.base + '/pages/component?overlay=1&path=' + encodeURIComponent(message.path));
    } else if (message.op === 'up' || message.op === 'down') {
      post(message.path, message.op);
    } else if (message.op === 'delete' && window.confirm(data.confirmDelete)) {
      post(message.path, 'delete');
    }
  }

  if (data.spa) {
    // The SPA's frame: answer the bridge's "initialize" with the editor's address, give the bars their labels once
    // the page editor script runs there, and carry out what its bars ask. Only messages from that frame count.
    const spaOrigin = new URL(frame.src).origin;
    const send = message => frame.contentWindow.postMessage(JSON.stringify(message), spaOrigin);
    window.addEventListener('message', event => {
      if (event.source !== frame.contentWindow || event.origin !== spaOrigin || typeof event.data !== 'string'
          || !event.data.startsWith('{')) return;
      const message = JSON.parse(event.data);
      if (message.action === 'initialize') {
        send({ action: 'updateState', serverUrl: location.href, selectedComponentVariants: null });
      } else if (message.action === 'mgnlEditorFrameReady') {
        send({ action: 'mgnlEditorUi', ui });
        editor.dataset.ready = 'true';
      } else if (message.action === 'mgnlEditorAction') {
        act(message);
      }
    });
    return;
  }

  function decorate() {
    const doc = frame.contentDocument;
    if (!doc || !doc.body || doc.documentElement.dataset.mgnlEditor) return;
    const css = doc.createElement('link');
    css.rel = 'stylesheet';
    css.href = data.base + '/static/page-editor.css';
    doc.head.appendChild(css);
    window.MgnlPageEditorFrame.decorate(doc, ui, act);
    editor.dataset.ready = 'true';
  }

  frame.addEventListener('load', decorate);
  if (frame.contentDocument && frame.contentDocument.readyState === 'complete' && frame.contentDocument.body
      && frame.contentDocument.body.childElementCount) {
    decorate();
  }
})();
