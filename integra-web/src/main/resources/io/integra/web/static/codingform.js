// Coding form: the period picker opens the chosen period at once, and the form is checked as you
// fill it in through POST /api/codings/validate-form (the case-file reader, as `integra validate`),
// showing the problems and the coding's YAML as text (never as HTML).
(function () {
  'use strict';
  var picker = document.getElementById('period-picker');
  if (picker) {
    ['pick-lens', 'pick-period', 'pick-criterion'].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) el.addEventListener('change', function () {
        // a new lens has other periods and criteria: let the server choose them
        if (id === 'pick-lens') { picker.querySelector('#pick-period').disabled = true; picker.querySelector('#pick-criterion').disabled = true; }
        picker.submit();
      });
    });
  }
  var form = document.getElementById('coding-form');
  if (!form) return;
  var out = document.getElementById('problems'), preview = document.getElementById('yaml-preview');
  var timer = null, seq = 0;
  function show(res) {
    while (out.firstChild) out.removeChild(out.firstChild);
    if (res.valid) {
      var ok = document.createElement('div'); ok.className = 'ok'; ok.id = 'valid'; ok.textContent = 'valid'; out.appendChild(ok);
    } else {
      res.problems.forEach(function (p) { var d = document.createElement('div'); d.className = 'problem'; d.textContent = p; out.appendChild(d); });
    }
    if (preview && typeof res.yaml === 'string') preview.textContent = res.yaml;
  }
  function validate() {
    var mine = ++seq;
    var body = new URLSearchParams(new FormData(form));
    body.delete('_csrf');
    fetch('/api/codings/validate-form', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: body
    }).then(function (r) { return r.json(); }).then(function (res) {
      if (mine !== seq) return;
      // a refusal ({status, error, message, field}, e.g. a date that is not one) is shown as a problem too
      show(res.problems ? res : { valid: false, problems: [res.message || 'the form cannot be checked'] });
    });
  }
  function later() { clearTimeout(timer); timer = setTimeout(validate, 250); }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  validate();
})();
