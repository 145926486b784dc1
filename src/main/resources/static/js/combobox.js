// Codes chosen by name (templates/fragments/combobox.html): the WAI-ARIA combobox with a listbox.
// Without this script the field is a plain input of the code. With it, the field shows the name, suggests
// the entries of /api/v1/vocabularies/{name}?q= as the person types, and a hidden input posts the code.
// Keys: Down/Up move through the suggestions, Enter chooses, Escape closes them (keeping what is typed).
(function () {
  'use strict';

  var LIMIT = 20;
  var DELAY = 200;

  function init(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var fields = scope.querySelectorAll('[data-combobox]');
    for (var i = 0; i < fields.length; i++) {
      enhance(fields[i]);
    }
  }

  function enhance(wrapper) {
    if (wrapper.getAttribute('data-combobox-ready') === 'true') {
      return;
    }
    wrapper.setAttribute('data-combobox-ready', 'true');
    var input = wrapper.querySelector('input[type="text"]');
    var listbox = wrapper.querySelector('[role="listbox"]');
    var status = wrapper.querySelector('[data-combobox-status]');
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = input.name;
    hidden.value = input.value;
    hidden.setAttribute('data-combobox-code', '');
    input.removeAttribute('name');
    input.removeAttribute('maxlength');
    input.insertAdjacentElement('afterend', hidden);
    var label = wrapper.getAttribute('data-label');
    if (label) {
      input.value = label;
    }
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('autocomplete', 'off');

    var timer = null;
    var active = -1;
    var requested = 0;

    function options() {
      return listbox.querySelectorAll('[role="option"]');
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var all = options();
      if (all.length === 0) {
        return;
      }
      active = (index + all.length) % all.length;
      for (var i = 0; i < all.length; i++) {
        var selected = i === active;
        all[i].setAttribute('aria-selected', selected ? 'true' : 'false');
        all[i].classList.toggle('active', selected);
      }
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({block: 'nearest'});
    }

    function choose(option) {
      hidden.value = option.getAttribute('data-code');
      input.value = option.textContent;
      close();
      hidden.dispatchEvent(new Event('change', {bubbles: true}));
    }

    function show(entries, query) {
      listbox.textContent = '';
      entries.forEach(function (entry, index) {
        var option = document.createElement('li');
        option.id = listbox.id + '-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-code', entry.code);
        option.className = 'list-group-item combobox-option';
        option.textContent = entry.label;
        listbox.appendChild(option);
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      // an answer that comes after the person left the field opens nothing
      var open = entries.length > 0 && document.activeElement === input;
      listbox.hidden = !open;
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      var message = open ? wrapper.getAttribute('data-found') : wrapper.getAttribute('data-none');
      status.textContent = (message || '').replace('{0}', String(entries.length)).replace('{1}', query);
    }

    function suggest() {
      var query = input.value.trim();
      if (query.length === 0) {
        listbox.textContent = '';
        close();
        return;
      }
      var ticket = ++requested;
      var url = wrapper.getAttribute('data-source') + (wrapper.getAttribute('data-source').indexOf('?') < 0 ? '?' : '&')
          + 'limit=' + LIMIT + '&q=' + encodeURIComponent(query);
      fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (entries) {
            if (ticket === requested) {
              show(entries, query);
            }
          })
          .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      // until a suggestion is chosen, what is typed is posted as it is (a code typed by heart is fine)
      hidden.value = input.value.trim();
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY);
    });

    input.addEventListener('keydown', function (event) {
      var open = !listbox.hidden;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (open) {
          highlight(active + 1);
        } else {
          suggest();
        }
      } else if (event.key === 'ArrowUp') {
        if (open) {
          event.preventDefault();
          highlight(active - 1);
        }
      } else if (event.key === 'Enter') {
        if (open && active >= 0) {
          event.preventDefault();
          choose(options()[active]);
        }
      } else if (event.key === 'Escape') {
        // closes the suggestions, and forgets those still on their way; what is typed stays
        clearTimeout(timer);
        requested++;
        if (open) {
          event.preventDefault();
          close();
        }
      } else if (event.key === 'Tab') {
        clearTimeout(timer);
        requested++;
        close();
      }
    });

    // mousedown, not click: the choice must happen before the input loses the focus
    listbox.addEventListener('mousedown', function (event) {
      var option = event.target.closest('[role="option"]');
      if (option) {
        event.preventDefault();
        choose(option);
      }
    });

    input.addEventListener('blur', function () {
      clearTimeout(timer);
      requested++;
      setTimeout(close, 150);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(document); });
  } else {
    init(document);
  }
  document.addEventListener('htmx:load', function (event) { init(event.detail.elt); });
})();
