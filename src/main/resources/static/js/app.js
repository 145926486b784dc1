// Every htmx request carries the CSRF token of the page, as Spring Security expects for state changes.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// Buttons and links that ask for confirmation declare it in data-confirm (no inline handlers under the CSP).
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-confirm]');
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// Form fields with a data-autosubmit attribute submit their form on change (filters).
document.addEventListener('change', function (event) {
  var field = event.target.closest('[data-autosubmit]');
  if (field && field.form) {
    field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
  }
});
