// Magnolia News admincentral: small progressive enhancements. Every form works without this file.
(function () {
  'use strict';
  const base = '/.magnolia/admincentral';
  const csrf = () => (document.querySelector('meta[name=csrf]') || {}).content || '';

  // Language tabs: the form's data-lang attribute decides which i18n inputs show (CSS).
  document.querySelectorAll('.tab').forEach(tab => tab.addEventListener('click', () => {
    tab.closest('form').dataset.lang = tab.dataset.lang;
  }));

  // Rich text (issue 10): CKEditor 5, loaded only on forms with a rich-text field, in order: its stylesheet,
  // its browser build, its Russian translation when the admincentral is in Russian, then richtext.js, which
  // turns each textarea.rte into an editor. The server sanitizes whatever arrives (content/RichTextSanitizer).
  if (document.querySelector('textarea.rte')) {
    const style = document.createElement('link');
    style.rel = 'stylesheet'; style.href = base + '/static/ckeditor/ckeditor5.css';
    document.head.appendChild(style);
    const scripts = [base + '/static/ckeditor/ckeditor5.js'];
    if (document.documentElement.lang === 'ru') scripts.push(base + '/static/ckeditor/ru.js');
    scripts.push(base + '/static/richtext.js');
    const next = () => {
      const src = scripts.shift();
      if (!src) return;
      const script = document.createElement('script');
      script.src = src;
      script.addEventListener('load', next);
      document.head.appendChild(script);
    };
    next();
  }

  // Reference pickers: search as you type, click a result to add it.
  function chip(name, id, title) {
    const span = document.createElement('span');
    span.className = 'chip';
    span.textContent = title;
    const input = document.createElement('input');
    input.type = 'hidden'; input.name = name; input.value = id;
    const remove = document.createElement('button');
    remove.type = 'button'; remove.className = 'remove'; remove.textContent = '×';
    span.append(input, remove);
    return span;
  }
  document.addEventListener('click', e => {
    if (e.target.matches('.chip .remove')) e.target.closest('.chip').remove();
  });
  document.querySelectorAll('.picker').forEach(picker => {
    const search = picker.querySelector('.picker-search');
    const results = picker.querySelector('.picker-results');
    const chips = picker.querySelector('.chips');
    let timer;
    const run = () => {
      fetch(base + '/pick?type=' + encodeURIComponent(picker.dataset.type) + '&q=' + encodeURIComponent(search.value),
        {credentials: 'same-origin'})
        .then(r => r.ok ? r.json() : [])
        .then(items => {
          results.innerHTML = '';
          items.forEach(item => {
            const li = document.createElement('li');
            li.textContent = item.title; li.dataset.id = item.id; li.title = item.path;
            li.addEventListener('click', () => {
              if (picker.dataset.multiple !== 'true') chips.innerHTML = '';
              if (![...chips.querySelectorAll('input')].some(i => i.value === item.id)) {
                chips.appendChild(chip(picker.dataset.name, item.id, item.title));
              }
              results.innerHTML = ''; search.value = '';
            });
            results.appendChild(li);
          });
        });
    };
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 200); });
    search.addEventListener('focus', run);
    search.addEventListener('keydown', e => { if (e.key === 'Enter') e.preventDefault(); });
  });

  // Asset pickers (issue 10): search the DAM, click a thumbnail to choose it; the field stores the asset's jcr:<uuid> key.
  // Upload stays the other option: a chosen asset clears a file picked for upload, and the other way round.
  document.querySelectorAll('.asset-picker').forEach(picker => {
    const field = document.getElementById(picker.dataset.for);
    const key = field.querySelector('input.asset-key');
    const thumb = field.querySelector('img.thumb');
    const upload = field.querySelector('input[type=file]');
    const search = picker.querySelector('.asset-picker-search');
    const results = picker.querySelector('.asset-picker-results');
    let timer;
    let asked = 0; // answers can overtake each other: only the latest search's is shown
    const choose = item => {
      key.value = item.key;
      thumb.src = item.thumbnail; thumb.hidden = false; thumb.alt = item.title;
      if (upload) upload.value = '';
      results.innerHTML = '';
      search.value = item.title;
    };
    const run = () => {
      const mine = ++asked;
      fetch(base + '/assets/pick?q=' + encodeURIComponent(search.value), {credentials: 'same-origin'})
        .then(r => r.ok ? r.json() : [])
        .then(items => {
          if (mine !== asked) return;
          results.innerHTML = '';
          items.forEach(item => {
            const li = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button'; button.className = 'asset-choice'; button.dataset.key = item.key; button.title = item.fileName;
            const img = document.createElement('img');
            img.src = item.thumbnail; img.alt = '';
            const caption = document.createElement('span');
            caption.textContent = item.title;
            button.append(img, caption);
            button.addEventListener('click', () => choose(item));
            li.appendChild(button);
            results.appendChild(li);
          });
        });
    };
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 200); });
    search.addEventListener('focus', run);
    search.addEventListener('keydown', e => { if (e.key === 'Enter') e.preventDefault(); });
    if (upload) upload.addEventListener('change', () => { if (upload.value) { results.innerHTML = ''; } });
  });

  // Repeatable groups (releases, corrections): add from the template, remove an entry.
  document.querySelectorAll('fieldset.group').forEach(group => {
    const add = group.querySelector('.add-entry');
    add.addEventListener('click', () => {
      const index = Number(group.dataset.next || 0);
      group.dataset.next = index + 1;
      const html = group.querySelector('template').innerHTML.split('__i__').join(String(index));
      add.insertAdjacentHTML('beforebegin', html);
    });
  });
  document.addEventListener('click', e => {
    if (e.target.matches('.remove-entry')) e.target.closest('.entry').remove();
  });

  // Confirmation before deleting a component.
  document.addEventListener('submit', e => {
    const button = e.target.querySelector('button[data-confirm]');
    if (button && !confirm(button.dataset.confirm)) e.preventDefault();
  });

  // Import progress.
  const progress = document.getElementById('import-progress');
  if (progress) {
    const bar = progress.querySelector('progress');
    const text = progress.querySelector('.progress-text');
    const result = progress.querySelector('.result');
    const poll = () => fetch(progress.dataset.status, {credentials: 'same-origin'}).then(r => r.json()).then(s => {
      bar.value = s.done; text.textContent = s.done + ' / ' + s.total;
      if (s.state === 'running') setTimeout(poll, 300);
      else { result.textContent = s.message; result.dataset.state = s.state; }
    });
    poll();
  }
})();
