// Magnolia News admincentral: small progressive enhancements. Every form works without this file.
(function () {
  'use strict';
  const base = '/.magnolia/admincentral';
  const csrf = () => (document.querySelector('meta[name=csrf]') || {}).content || '';

  // Language tabs: the form's data-lang attribute decides which i18n inputs show (CSS).
  document.querySelectorAll('.tab').forEach(tab => tab.addEventListener('click', () => {
    tab.closest('form').dataset.lang = tab.dataset.lang;
  }));

  // Rich text: a contenteditable area with a small toolbar, kept in sync with the textarea that is submitted.
  // The server sanitizes whatever arrives (OWASP HTML sanitizer).
  function richText(textarea) {
    const toolbar = document.createElement('div');
    toolbar.className = 'rte-toolbar';
    // Labels come from the form (data-label-*, in the UI's language).
    const label = name => textarea.dataset['label' + name[0].toUpperCase() + name.slice(1)] || name;
    [['bold', 'bold'], ['italic', 'italic'], ['insertUnorderedList', 'list'], ['createLink', 'link'], ['removeFormat', 'clear']].forEach(([cmd, name]) => {
      const b = document.createElement('button');
      b.type = 'button'; b.textContent = label(name); b.dataset.cmd = cmd;
      b.addEventListener('click', () => {
        const arg = cmd === 'createLink' ? prompt(label('url')) : null;
        if (cmd === 'createLink' && !arg) return;
        document.execCommand(cmd, false, arg);
        sync();
      });
      toolbar.appendChild(b);
    });
    const area = document.createElement('div');
    area.className = 'rte-area'; area.contentEditable = 'true'; area.id = textarea.id + '-editor';
    area.innerHTML = textarea.value;
    const sync = () => { textarea.value = area.innerHTML; };
    area.addEventListener('input', sync);
    textarea.form.addEventListener('submit', sync);
    textarea.style.display = 'none';
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(area, textarea);
  }
  document.querySelectorAll('textarea.rte').forEach(richText);

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
