// The error summary of a refused form (Bootstrap Italia's pattern): an alert at the top of the form, each problem a
// link to its field, and the focus moved to it so that the reader starts from what to correct.
// The server writes the problems next to their fields (fragments/forms :: errors, id "<field id>-error") and, for a
// refusal of the repertorio or of the form as a whole, an alert marked data-error-summary above the form; this script
// links that alert's lines to their fields, or builds the summary from the fields' problems when there is none.
(function () {
  'use strict';

  function fieldOf(error) {
    return document.getElementById(error.id.replace(/-error$/, ''));
  }

  function labelOf(field) {
    var label = field && field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
    var legend = field && field.tagName === 'FIELDSET' ? field.querySelector('legend') : null;
    var named = label || legend;
    return named ? named.textContent.trim() : '';
  }

  function link(field, text) {
    var anchor = document.createElement('a');
    anchor.href = '#' + field.id;
    anchor.textContent = text;
    anchor.addEventListener('click', function (event) {
      event.preventDefault();
      field.scrollIntoView({ block: 'center' });
      (field.matches('input, select, textarea') ? field : (field.querySelector('input, select, textarea') || field)).focus();
    });
    return anchor;
  }

  // The lines of a server's summary that repeat a field's problem become links to that field.
  function linkLines(summary, errors) {
    summary.querySelectorAll('li').forEach(function (line) {
      var message = line.querySelector('span') || line;
      if (message.querySelector('a')) {
        return;
      }
      var text = message.textContent.trim();
      errors.some(function (error) {
        var field = fieldOf(error);
        var same = Array.prototype.some.call(error.querySelectorAll('span'), function (span) {
          return span.textContent.trim() === text;
        });
        if (field && same) {
          message.textContent = '';
          message.appendChild(link(field, text));
        }
        return same;
      });
    });
  }

  function build(form, errors) {
    var summary = document.createElement('div');
    summary.className = 'alert alert-danger error-summary';
    summary.setAttribute('role', 'alert');
    summary.setAttribute('data-error-summary', '');
    var heading = document.createElement('h2');
    heading.className = 'h5';
    heading.textContent = errors[0].getAttribute('data-summary-title');
    summary.appendChild(heading);
    var list = document.createElement('ul');
    list.className = 'mb-0';
    errors.forEach(function (error) {
      var field = fieldOf(error);
      error.querySelectorAll('span').forEach(function (problem) {
        var item = document.createElement('li');
        var label = labelOf(field);
        var text = (label ? label + ': ' : '') + problem.textContent.trim();
        item.appendChild(field ? link(field, text) : document.createTextNode(text));
        list.appendChild(item);
      });
    });
    summary.appendChild(list);
    form.insertBefore(summary, form.firstChild);
    return summary;
  }

  function summarise() {
    var errors = Array.prototype.slice.call(document.querySelectorAll('form .field-error[id$="-error"]'));
    var summary = document.querySelector('[data-error-summary]');
    if (!summary && errors.length > 0 && errors[0].hasAttribute('data-summary-title')) {
      var form = errors[0].closest('form');
      summary = build(form, errors.filter(function (error) { return error.closest('form') === form; }));
    } else if (summary) {
      linkLines(summary, errors);
    }
    if (summary) {
      summary.setAttribute('tabindex', '-1');
      summary.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', summarise);
  } else {
    summarise();
  }
})();
