// Coding editor: validates as you type through POST /api/codings/validate (the case-file reader,
// so the problems are those `integra validate` reports), showing line:column messages as text.
(function () {
  'use strict';
  var form = document.getElementById('editor-form');
  if (!form) return;
  var area = document.getElementById('yaml');
  var out = document.getElementById('problems');
  var timer = null, seq = 0;
  function show(result) {
    while (out.firstChild) out.removeChild(out.firstChild);
    if (result.valid) {
      var ok = document.createElement('div'); ok.className = 'ok'; ok.id = 'valid'; ok.textContent = 'valid'; out.appendChild(ok); return;
    }
    result.problems.forEach(function (p) {
      var d = document.createElement('div'); d.className = 'problem';
      d.textContent = p.line + ':' + p.column + ': ' + p.message + (p.expected ? '; expected ' + p.expected : '');
      out.appendChild(d);
    });
  }
  function validate() {
    var mine = ++seq;
    fetch('/api/codings/validate', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ 'case': form.dataset.case, yaml: area.value })
    }).then(function (r) { return r.json(); }).then(function (res) { if (mine === seq && res.problems) show(res); });
  }
  area.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(validate, 250); });
  validate();
})();
