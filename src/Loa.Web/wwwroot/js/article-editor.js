// The article editor: Quill (from npm, copied to /lib at build time) over the body's textarea (ADR 0025). Without
// JavaScript, or when Quill did not load, the textarea stays and takes text or HTML; the server cleans either way.
(function () {
  var holder = document.querySelector('.rich-editor[data-editor-for]');
  var area = holder && document.getElementById(holder.getAttribute('data-editor-for'));
  if (!holder || !area || typeof window.Quill === 'undefined') { return; }
  var form = area.form;
  var picker = form.querySelector('dialog.picture-picker');
  var picturesUrl = holder.getAttribute('data-pictures');

  function table() { return quill.getModule('table'); }
  var quill = new window.Quill(holder.querySelector('.rich-editor-area'), {
    theme: 'snow',
    formats: ['header', 'bold', 'italic', 'underline', 'strike', 'list', 'blockquote', 'link', 'image', 'table'],
    modules: {
      table: true,
      toolbar: {
        container: '#body-toolbar',
        handlers: {
          image: function () { openPicker(); },
          table: function () { table().insertTable(3, 3); },
          rowbelow: function () { table().insertRowBelow(); },
          columnright: function () { table().insertColumnRight(); },
          deleterow: function () { table().deleteRow(); },
          deletecolumn: function () { table().deleteColumn(); }
        }
      }
    }
  });
  quill.root.setAttribute('aria-labelledby', 'body-label');
  quill.root.setAttribute('spellcheck', 'true');
  if (area.value.trim() !== '') {
    quill.clipboard.dangerouslyPasteHTML(/<[a-z][\s\S]*>/i.test(area.value) ? area.value : toParagraphs(area.value), 'silent');
  }
  holder.hidden = false;
  area.hidden = true;
  form.querySelector('.body-hint').hidden = true;
  form.querySelector('.editor-hint').hidden = false;

  // what the form sends: the editor's content as plain HTML (lists as ul/ol), spaces as spaces
  form.addEventListener('submit', function () {
    area.value = quill.getText().trim() === '' && !quill.root.querySelector('img')
      ? ''
      : quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
  });

  function toParagraphs(text) {
    var escape = function (s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); };
    return text.split(/\n\s*\n/).map(function (p) { return '<p>' + escape(p.trim()).replace(/\n/g, '<br>') + '</p>'; }).join('');
  }

  // the picture picker: the commune's pictures, or a new one uploaded through the same store as every upload
  var list = picker.querySelector('.picker-list');
  var status = picker.querySelector('.picker-status');
  var savedRange = null;

  function openPicker() {
    savedRange = quill.getSelection(true);
    list.innerHTML = '';
    status.textContent = 'Đang tải danh sách ảnh…';
    picker.showModal();
    fetch(picturesUrl + '?handler=List', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(); } return r.json(); })
      .then(function (pictures) {
        status.textContent = pictures.length === 0 ? 'Xã chưa có ảnh nào: hãy tải ảnh mới lên.' : 'Bấm vào ảnh để chèn vào bài.';
        pictures.forEach(function (p) {
          var item = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'picture-choice';
          var img = document.createElement('img');
          img.src = p.url;
          img.alt = '';
          img.loading = 'lazy';
          var name = document.createElement('span');
          name.textContent = p.fileName;
          button.append(img, name);
          button.addEventListener('click', function () { insert(p.url); });
          item.append(button);
          list.append(item);
        });
      })
      .catch(function () { status.textContent = 'Không tải được danh sách ảnh. Hãy thử lại.'; });
  }

  function insert(url) {
    var at = savedRange ? savedRange.index : quill.getLength();
    quill.insertEmbed(at, 'image', url, 'user');
    var alt = picker.querySelector('#picker-alt').value.trim();
    if (alt) { quill.formatText(at, 1, 'alt', alt, 'user'); }
    quill.setSelection(at + 1, 0, 'user');
    picker.querySelector('#picker-alt').value = '';
    picker.close();
  }

  picker.querySelector('.picker-close').addEventListener('click', function () { picker.close(); });
  picker.querySelector('.picker-upload').addEventListener('click', function () {
    var file = picker.querySelector('#picker-file');
    if (!file.files.length) { status.textContent = 'Hãy chọn một tệp ảnh trước.'; return; }
    var data = new FormData();
    data.append('Picture', file.files[0]);
    data.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
    status.textContent = 'Đang tải ảnh lên…';
    fetch(picturesUrl, { method: 'POST', body: data, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (result) {
        if (!result.ok) { status.textContent = result.body.error || 'Không tải được ảnh lên.'; return; }
        file.value = '';
        insert(result.body.url);
      })
      .catch(function () { status.textContent = 'Không tải được ảnh lên. Hãy thử lại.'; });
  });
})();
