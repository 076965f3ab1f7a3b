// figcheck serve: small enhancements over a page that works without script:
// figure details open in the side panel, findings mark their figures, and
// files can be dropped anywhere on the form.
(function () {
  'use strict';
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function clear(cls) { all('.' + cls).forEach(function (e) { e.classList.remove(cls); }); }
  function markFigures(doms, cls) {
    doms.forEach(function (d) {
      all('a.fig[data-fig="' + d + '"]').forEach(function (a) { a.classList.add(cls); });
    });
  }

  // showFigure opens a figure's detail panel and marks it in the article,
  // along with the figures it shares a finding with.
  function showFigure(dom, scrollArticle) {
    var d = document.getElementById(dom);
    if (!d || !d.classList.contains('detail')) { return; }
    clear('shown'); clear('selected'); clear('related');
    d.classList.add('shown');
    var panel = document.getElementById('detail');
    if (panel) {
      panel.classList.add('has-shown');
      // The detail panel sits under the summary: show both from the top.
      var aside = panel.closest('.right');
      if (aside) { aside.scrollTop = 0; }
      var r = panel.getBoundingClientRect();
      if (r.top < 0 || r.top > window.innerHeight - 80) { panel.scrollIntoView({ block: 'start' }); }
    }
    markFigures([dom], 'selected');
    markFigures((d.getAttribute('data-related') || '').split(' ').filter(Boolean), 'related');
    if (scrollArticle) {
      var a = document.querySelector('a.fig[data-fig="' + dom + '"]');
      if (a) { a.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
    }
    if (history.replaceState) { history.replaceState(null, '', '#' + dom); }
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-fig]');
    if (!a) { return; }
    e.preventDefault();
    showFigure(a.getAttribute('data-fig'), !a.classList.contains('fig'));
  });

  // Opening a finding marks the figures it compares.
  all('details.fitem').forEach(function (det) {
    det.addEventListener('toggle', function () {
      if (!det.open) { return; }
      clear('related');
      var doms = (det.getAttribute('data-figs') || '').split(' ').filter(Boolean);
      markFigures(doms, 'related');
      if (doms.length) {
        var a = document.querySelector('a.fig[data-fig="' + doms[0] + '"]');
        if (a) { a.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
      }
    });
  });

  // Files: dropped anywhere on the form go to the file input.
  var form = document.getElementById('check-form');
  var input = document.getElementById('file');
  var drop = document.getElementById('drop');
  var list = document.getElementById('file-list');
  function listFiles() {
    if (!list || !input) { return; }
    list.textContent = '';
    Array.prototype.forEach.call(input.files, function (f) {
      var li = document.createElement('li');
      li.textContent = f.name + ' (' + Math.max(1, Math.round(f.size / 1024)) + ' KB)';
      list.appendChild(li);
    });
  }
  if (form && input && drop) {
    input.addEventListener('change', listFiles);
    ['dragenter', 'dragover'].forEach(function (ev) {
      form.addEventListener(ev, function (e) {
        if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) {
          e.preventDefault();
          drop.classList.add('over');
        }
      });
    });
    ['dragleave', 'drop'].forEach(function (ev) {
      form.addEventListener(ev, function () { drop.classList.remove('over'); });
    });
    form.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
        e.preventDefault();
        input.files = e.dataTransfer.files;
        listFiles();
      }
    });
    form.addEventListener('submit', function () {
      var b = document.getElementById('check');
      if (b) { b.disabled = true; b.textContent = 'Checking…'; }
    });
  }
  // A dropped file that misses the form must not navigate away from the page.
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) { e.preventDefault(); });

  // Coming back to the page (browser Back) must not leave the button disabled.
  window.addEventListener('pageshow', function () {
    var b = document.getElementById('check');
    if (b) { b.disabled = false; b.textContent = 'Check'; }
  });
  if (location.hash.length > 1) { showFigure(location.hash.slice(1), true); }
}());
