// The small toolbar of the article editor: wraps the selected text of the body in a tag. Optional: without
// JavaScript the toolbar stays hidden and the body is plain HTML typed in the box.
(function () {
  document.querySelectorAll('.editor-toolbar[data-editor-for]').forEach(function (bar) {
    var area = document.getElementById(bar.getAttribute('data-editor-for'));
    if (!area) { return; }
    bar.hidden = false;
    function replace(before, after, fallback) {
      var start = area.selectionStart, end = area.selectionEnd;
      var text = area.value.substring(start, end) || fallback;
      area.setRangeText(before + text + after, start, end, 'select');
      area.focus();
    }
    bar.addEventListener('click', function (e) {
      var button = e.target.closest('button');
      if (!button) { return; }
      var tag = button.getAttribute('data-wrap');
      if (tag) {
        var block = tag !== 'strong' && tag !== 'em';
        replace((block ? '\n' : '') + '<' + tag + '>', '</' + tag + '>' + (block ? '\n' : ''), 'nội dung');
      } else if (button.hasAttribute('data-list')) {
        var start = area.selectionStart, end = area.selectionEnd;
        var lines = (area.value.substring(start, end) || 'mục 1\nmục 2').split('\n').filter(function (l) { return l.trim() !== ''; });
        area.setRangeText('\n<ul>\n' + lines.map(function (l) { return '<li>' + l.trim() + '</li>'; }).join('\n') + '\n</ul>\n', start, end, 'select');
        area.focus();
      } else if (button.hasAttribute('data-link')) {
        var url = window.prompt('Địa chỉ liên kết (https://…):', 'https://');
        if (url) { replace('<a href="' + url.replace(/"/g, '&quot;') + '">', '</a>', url); }
      }
    });
  });
})();
