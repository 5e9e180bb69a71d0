/* LTT web UI: progressive enhancement only. Every page reads and every form works without this file. */
(function () {
  'use strict';
  // A form that changes state is sent once: a second click while the first is on its way does nothing.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form || (form.method || '').toLowerCase() !== 'post') return;
    if (form.hasAttribute('data-sending')) { event.preventDefault(); return; }
    form.setAttribute('data-sending', '');
    var button = form.querySelector('button[type="submit"]');
    if (button) button.setAttribute('aria-busy', 'true');
  });
  // Ctrl+Enter (or Cmd+Enter) in a SQL query box runs the query, as the Run button does.
  document.addEventListener('keydown', function (event) {
    var box = event.target;
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !box || !box.hasAttribute('data-run')) return;
    var run = document.getElementById(box.getAttribute('data-run'));
    if (run && box.form) { event.preventDefault(); box.form.requestSubmit(run); }
  });
  // Coming back with the browser's Back button shows the page as it was: let its forms be sent again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sending]').forEach(function (form) { form.removeAttribute('data-sending'); });
  });
})();
