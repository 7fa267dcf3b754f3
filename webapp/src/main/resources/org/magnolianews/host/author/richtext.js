// Rich-text fields as CKEditor 5 (issue 10), as Magnolia's richTextField is. admin.js loads CKEditor's browser
// build (from npm at build time, see webapp/src/main/frontend), its Russian translation when the admincentral
// is in Russian, then this file. The toolbar offers exactly what content/RichTextSanitizer keeps on save:
// paragraphs, headings h2–h4, bold, italic, links, lists, block quotes, images from the DAM, YouTube and
// Vimeo embeds. The textarea stays the submitted field: the editor writes its data into it on every change,
// so drafts.js keeps what is typed and the form posts it as before.
(function () {
  'use strict';
  const C = window.CKEDITOR;
  if (!C) return;
  const base = '/.magnolia/admincentral';
  const language = document.documentElement.lang === 'ru' ? 'ru' : 'en';

  // "Image from Assets": a button that opens a search of existing assets; a click inserts the published
  // asset's link (/dam/jcr:<uuid>/<file>), the only image source the sanitizer keeps.
  function damImagePlugin(textarea) {
    return class DamImage extends C.Plugin {
      init() {
        const editor = this.editor;
        editor.ui.componentFactory.add('damImage', locale => {
          const button = new C.ButtonView(locale);
          button.set({label: textarea.dataset.labelDamImage || 'Image from Assets', icon: C.IconImage, tooltip: true});
          button.extendTemplate({attributes: {class: 'rte-dam-image'}});
          button.on('execute', () => openPicker(editor, textarea));
          return button;
        });
      }
    };
  }

  function openPicker(editor, textarea) {
    let panel = textarea.parentNode.querySelector('.rte-dam-picker');
    if (!panel) {
      panel = document.createElement('div');
      panel.className = 'rte-dam-picker';
      const search = document.createElement('input');
      search.type = 'search'; search.className = 'rte-dam-search';
      search.placeholder = textarea.dataset.labelDamSearch || 'Search assets';
      search.setAttribute('aria-label', search.placeholder);
      const results = document.createElement('ul');
      results.className = 'rte-dam-results';
      panel.append(search, results);
      textarea.parentNode.appendChild(panel);
      let timer;
      let asked = 0;
      const run = () => {
        const mine = ++asked;
        fetch(base + '/assets/pick?q=' + encodeURIComponent(search.value), {credentials: 'same-origin'})
          .then(r => r.ok ? r.json() : [])
          .then(items => {
            if (mine !== asked) return;
            results.innerHTML = '';
            items.forEach(item => {
              const li = document.createElement('li');
              const choice = document.createElement('button');
              choice.type = 'button'; choice.className = 'rte-dam-choice'; choice.title = item.fileName;
              const img = document.createElement('img');
              img.src = item.thumbnail; img.alt = '';
              const caption = document.createElement('span');
              caption.textContent = item.title;
              choice.append(img, caption);
              choice.addEventListener('click', () => {
                const src = '/dam/' + item.key + '/' + encodeURIComponent(item.fileName);
                editor.execute('insertImage', {source: [{src: src, alt: item.title}]});
                panel.hidden = true;
                editor.editing.view.focus();
              });
              li.appendChild(choice);
              results.appendChild(li);
            });
          });
      };
      search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 200); });
      search.addEventListener('keydown', e => { if (e.key === 'Enter') e.preventDefault(); });
      run();
    }
    panel.hidden = false;
    panel.querySelector('input').focus();
  }

  function richText(textarea) {
    C.ClassicEditor.create(textarea, {
      licenseKey: 'GPL',
      language: language,
      plugins: [C.Essentials, C.Paragraph, C.Heading, C.Bold, C.Italic, C.Link, C.AutoLink, C.List, C.BlockQuote,
        C.Image, C.ImageCaption, C.ImageTextAlternative, C.ImageToolbar, C.MediaEmbed, damImagePlugin(textarea)],
      toolbar: ['heading', '|', 'bold', 'italic', 'link', '|', 'bulletedList', 'numberedList', 'blockQuote', '|',
        'damImage', 'mediaEmbed', '|', 'undo', 'redo'],
      // h1 is the page's title; CKEditor's default levels, whose names it translates.
      heading: {
        options: [
          {model: 'paragraph', title: 'Paragraph', class: 'ck-heading_paragraph'},
          {model: 'heading1', view: 'h2', title: 'Heading 1', class: 'ck-heading_heading1'},
          {model: 'heading2', view: 'h3', title: 'Heading 2', class: 'ck-heading_heading2'},
          {model: 'heading3', view: 'h4', title: 'Heading 3', class: 'ck-heading_heading3'}
        ]
      },
      image: {toolbar: ['toggleImageCaption', 'imageTextAlternative'], insert: {type: 'block'}},
      link: {defaultProtocol: 'https://'},
      // The iframe in the stored markup is what the site shows; only providers with an iframe player.
      mediaEmbed: {
        previewsInData: true,
        removeProviders: ['dailymotion', 'spotify', 'instagram', 'twitter', 'googleMaps', 'flickr', 'facebook']
      }
    }).then(editor => {
      // Through the editing view: it renders the editable's attributes and would drop ones set on the DOM.
      const label = document.querySelector('label[for="' + textarea.id + '"]');
      editor.editing.view.change(writer => {
        const root = editor.editing.view.document.getRoot();
        writer.setAttribute('id', textarea.id + '-editor', root);
        if (label) writer.setAttribute('aria-label', label.textContent, root);
      });
      editor.model.document.on('change:data', () => {
        editor.updateSourceElement();
        textarea.dispatchEvent(new Event('input', {bubbles: true}));
      });
    }).catch(error => {
      // The plain textarea stays usable (the server sanitizes whatever arrives).
      textarea.style.removeProperty('display');
      console.error('rich-text editor', error);
    });
  }

  document.querySelectorAll('textarea.rte').forEach(richText);
})();
