// ratecard web app: picks a suggestion into its field. Everything else is htmx (attributes in the
// templates) or plain forms; without this script the fields are typed in full.
(function () {
  'use strict';

  function listOf(el) { return el.closest('[data-suggest-for]'); }
  function fieldOf(list) { return document.getElementById('f-' + list.dataset.suggestFor); }

  function pick(button) {
    var list = listOf(button);
    var input = fieldOf(list);
    var value = button.dataset.suggestValue;
    if (input.name === 'skills') {
      // the skill being typed is the last one: replace it, keep the others, ready for the next
      var parts = input.value.split(';').map(function (s) { return s.trim(); });
      parts[parts.length - 1] = value;
      input.value = parts.filter(function (s) { return s.length > 0; }).join('; ') + '; ';
    } else {
      input.value = value;
    }
    list.innerHTML = '';
    input.focus();
    input.dispatchEvent(new Event('change', { bubbles: true })); // the live quote listens for it
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-suggest-value]');
    if (button) { event.preventDefault(); pick(button); }
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var list = target.id && target.id.indexOf('f-') === 0 ? document.getElementById('suggest-' + target.name) : listOf(target);
    if (!list || !list.firstElementChild) return;
    var buttons = Array.prototype.slice.call(list.querySelectorAll('button'));
    var at = buttons.indexOf(target);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      (buttons[at + 1] || buttons[0]).focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? fieldOf(list) : buttons[at - 1]).focus();
    } else if (event.key === 'Escape') {
      list.innerHTML = '';
      fieldOf(list).focus();
    }
  });

  // a list closes when the focus leaves its field and the list
  document.addEventListener('focusout', function (event) {
    var field = event.target.closest('.field');
    var list = field && field.querySelector('[data-suggest-for]');
    if (!list) return;
    setTimeout(function () {
      if (!field.contains(document.activeElement)) list.innerHTML = '';
    }, 150);
  });
})();
