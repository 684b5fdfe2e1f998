/*
 * Customer search boxes with suggestions: an ARIA 1.2 combobox over a listbox, filled from
 * GET /admin/customers/suggestions?q=... (a server-rendered HTML fragment). Two kinds of box:
 *  - a form's customer field ({#customerPicker}, inside [data-picker]): picking a suggestion puts the customer's label in
 *    the box and its id in the hidden customerId; typing again forgets it;
 *  - the caller box in the top bar (data-go="page"): picking opens the customer's page; Enter on the text alone submits
 *    the box to /admin/customers/lookup.
 * Keys: Down/Up move through the suggestions, Enter picks, Escape closes (a second Escape clears the box).
 * Without this script both still work: the form's "Find" lists the matches to pick from, the caller box submits.
 */
(function () {
  'use strict';

  var DELAY_MS = 200;

  function setUp(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var picker = input.closest('[data-picker]');
    var scope = picker || input.form;
    var note = scope.querySelector('.picker-note');
    var goToPage = input.dataset.go === 'page';
    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      highlight(-1);
    }

    function open() {
      if (options.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function highlight(index) {
      active = index;
      options.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    /** The customer id the form will send: set when a suggestion is picked, dropped when the text changes. */
    function setCustomerId(id) {
      var hidden = picker.querySelector('input[type=hidden][name=customerId]');
      if (id) {
        if (!hidden) {
          hidden = document.createElement('input');
          hidden.type = 'hidden';
          hidden.name = 'customerId';
          picker.appendChild(hidden);
        }
        hidden.value = id;
      } else if (hidden) {
        hidden.remove();
      }
    }

    /** The matches listed by a search without script are stale once the box changes. */
    function dropListedMatches() {
      var listed = picker.querySelector('.picker-matches');
      if (listed) {
        listed.remove();
      }
    }

    function pick(option) {
      if (goToPage) {
        window.location.assign(option.dataset.href);
        return;
      }
      input.value = option.dataset.label;
      setCustomerId(option.dataset.id);
      dropListedMatches();
      close();
      note.textContent = option.dataset.label;
    }

    function show(html) {
      var fragment = new DOMParser().parseFromString(html, 'text/html');
      list.replaceChildren();
      options = [];
      fragment.querySelectorAll('[role=option]').forEach(function (option, i) {
        option.id = list.id + '-' + i;
        list.appendChild(document.adoptNode(option));
        options.push(option);
      });
      var said = fragment.querySelector('.picker-note');
      note.textContent = said ? said.textContent.trim() : '';
      highlight(-1);
      if (options.length > 0 && document.activeElement === input) {
        open();
      } else {
        close();
      }
    }

    function suggest() {
      var text = input.value.trim();
      var question = ++asked;
      if (text === '') {
        show('');
        return;
      }
      fetch(input.dataset.suggest + '?q=' + encodeURIComponent(text), {
        credentials: 'same-origin',
        headers: { Accept: 'text/html' }
      }).then(function (response) {
        return response.text(); // a 400 (text too long) carries its message too
      }).then(function (html) {
        if (question === asked) { // an older answer arriving late must not replace a newer one
          show(html);
        }
      }).catch(function () {
        close();
      });
    }

    input.addEventListener('input', function () {
      if (picker) {
        setCustomerId(null);
        dropListedMatches();
      }
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (list.hidden) {
            open();
          } else {
            highlight((active + 1) % options.length);
          }
          break;
        case 'ArrowUp':
          event.preventDefault();
          if (!list.hidden) {
            highlight(active <= 0 ? options.length - 1 : active - 1);
          }
          break;
        case 'Enter':
          if (!list.hidden && active >= 0) {
            event.preventDefault();
            pick(options[active]);
          } else if (picker && !picker.querySelector('input[name=customerId]')) {
            // in a form, Enter in the search box looks the customer up rather than sending the form
            event.preventDefault();
            if (options.length === 1) {
              pick(options[0]);
            } else {
              open();
            }
          }
          break;
        case 'Escape':
          if (!list.hidden) {
            event.preventDefault();
            close();
          } else if (input.value !== '' && !picker) {
            event.preventDefault();
            input.value = '';
            show('');
          }
          break;
        case 'Tab':
          close();
          break;
        default:
      }
    });

    input.addEventListener('focus', open);
    input.addEventListener('blur', close);
    // a click on a suggestion must not take the focus from the box (its blur would close the list first)
    list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) {
        pick(option);
      }
    });
  }

  document.querySelectorAll('input[role=combobox][data-suggest]').forEach(setUp);
}());
