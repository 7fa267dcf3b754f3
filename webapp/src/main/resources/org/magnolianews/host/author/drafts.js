// Typed work is not lost (issue 10). While the item form is edited, a copy of it is kept in this browser
// (localStorage, per item); when the form is opened again (say, after the session expired at Save and the
// editor logged in again) the copy is put back with a notice, until it is saved or discarded. Leaving the
// form with unsaved changes asks first. Runs before admin.js, which then enhances the restored form as any
// other; so the copy is the plain form (values written into it), without the editor's toolbars.
(function () {
  'use strict';
  const form = document.getElementById('item-form');
  if (!form) return;
  const params = new URLSearchParams(location.search);
  const app = params.get('app') || '';
  const key = 'mgnl-draft:' + app + ':' + (params.get('path') || 'new:' + (params.get('folder') || '/'));
  const russian = document.documentElement.lang === 'ru';
  const text = russian
    ? {restored: 'Восстановлены несохранённые изменения из этого браузера. Сохраните их или отмените.', discard: 'Отменить изменения'}
    : {restored: 'Unsaved changes from this browser were restored. Save them, or discard them.', discard: 'Discard changes'};

  if (params.has('done')) {
    // Saved: the copy of this item, and of a new one of this app, are no longer needed.
    localStorage.removeItem(key);
    Object.keys(localStorage).filter(k => k.startsWith('mgnl-draft:' + app + ':new:')).forEach(k => localStorage.removeItem(k));
  } else if (!document.getElementById('form-errors')) {
    const stored = localStorage.getItem(key);
    if (stored) restore(JSON.parse(stored));
  }

  function restore(copy) {
    const csrf = form.querySelector('input[name=_csrf]');
    const token = csrf ? csrf.value : null;
    form.innerHTML = copy.html;
    const restoredCsrf = form.querySelector('input[name=_csrf]');
    if (restoredCsrf && token) restoredCsrf.value = token; // this session's token, not the expired one's
    const notice = document.createElement('p');
    notice.className = 'notice'; notice.id = 'draft-restored'; notice.textContent = text.restored + ' ';
    const discard = document.createElement('button');
    discard.type = 'button'; discard.id = 'draft-discard'; discard.textContent = text.discard;
    discard.addEventListener('click', () => { localStorage.removeItem(key); dirty = false; location.reload(); });
    notice.appendChild(discard);
    form.parentNode.insertBefore(notice, form);
  }

  // The form as plain markup with what is typed in it: values into attributes, editor chrome left out.
  function snapshot() {
    const copy = form.cloneNode(true);
    const live = form.querySelectorAll('input, textarea, select');
    const copies = copy.querySelectorAll('input, textarea, select');
    live.forEach((field, i) => {
      const c = copies[i];
      if (field.type === 'file') return;
      if (field.type === 'checkbox' || field.type === 'radio') {
        if (field.checked) c.setAttribute('checked', ''); else c.removeAttribute('checked');
      } else if (field.tagName === 'SELECT') {
        [...field.options].forEach((option, j) => {
          if (option.selected) c.options[j].setAttribute('selected', ''); else c.options[j].removeAttribute('selected');
        });
      } else if (field.tagName === 'TEXTAREA') {
        c.textContent = field.value;
      } else {
        c.setAttribute('value', field.value);
      }
    });
    copy.querySelectorAll('.ck-editor, .rte-dam-picker, .picker-results li').forEach(e => e.remove());
    copy.querySelectorAll('textarea.rte').forEach(t => t.style.removeProperty('display'));
    return copy.innerHTML;
  }

  let dirty = false;
  let submitting = false;
  let timer;
  const keep = () => {
    try {
      localStorage.setItem(key, JSON.stringify({at: Date.now(), html: snapshot()}));
    } catch (e) {
      // storage full or off: the warning on leave still protects the work
    }
  };
  const changed = () => { dirty = true; clearTimeout(timer); timer = setTimeout(keep, 300); };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  // richtext.js writes the editor's data into its textarea on every change; keep the copy on submit too.
  form.addEventListener('submit', () => { submitting = true; setTimeout(keep, 0); keep(); });
  window.addEventListener('beforeunload', e => {
    if (dirty && !submitting) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
})();
