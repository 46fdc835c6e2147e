// Forms speak the page's language. A browser writes its own messages for a required field or a wrong format, in the
// browser's language ("Please fill out this field."): ours replace them, from the page's messages (a meta element
// carries them). A long text field shows how much of its limit is used, so nothing is cut without the user seeing it.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="congvu-validation"]');
  if (!meta) {
    return;
  }
  function say(key, value) {
    var text = meta.getAttribute('data-' + key) || '';
    return value === undefined ? text : text.replace('{n}', value);
  }
  function message(field) {
    var v = field.validity;
    if (v.valueMissing) {
      if (field.type === 'file') {
        return say('file');
      }
      return field.type === 'radio' || field.type === 'checkbox' || field.tagName === 'SELECT' ? say('choose')
        : say('required');
    }
    if (v.typeMismatch) {
      return field.type === 'email' ? say('email') : field.type === 'url' ? say('url') : say('format');
    }
    if (v.patternMismatch) {
      return field.placeholder ? say('pattern-example', field.placeholder) : say('pattern');
    }
    if (v.tooLong) {
      return say('too-long', field.maxLength);
    }
    if (v.tooShort) {
      return say('too-short', field.minLength);
    }
    if (v.rangeUnderflow) {
      return say('min', field.min);
    }
    if (v.rangeOverflow) {
      return say('max', field.max);
    }
    if (v.badInput) {
      return say('number');
    }
    if (v.stepMismatch) {
      return say('step');
    }
    return '';
  }
  document.addEventListener('invalid', function (event) {
    var field = event.target;
    if (!field.setCustomValidity) {
      return;
    }
    field.setCustomValidity('');
    if (!field.validity.valid) {
      field.setCustomValidity(message(field));
    }
  }, true);
  function clear(event) {
    var field = event.target;
    if (field.setCustomValidity) {
      field.setCustomValidity('');
      if (field.type === 'radio' && field.name && field.form) {
        field.form.querySelectorAll('input[type=radio]').forEach(function (other) {
          if (other.name === field.name) {
            other.setCustomValidity('');
          }
        });
      }
    }
  }
  document.addEventListener('input', clear, true);
  document.addEventListener('change', clear, true);

  // how much of a long text's limit is used: "120 / 2.000"
  var number = new Intl.NumberFormat(document.documentElement.lang || 'vi');
  document.querySelectorAll('textarea[maxlength], input[maxlength]').forEach(function (field) {
    if (field.maxLength < 200 || field.type === 'password' || field.type === 'hidden') {
      return;
    }
    var counter = document.createElement('span');
    counter.className = 'counter muted small';
    counter.setAttribute('aria-live', 'polite');
    counter.id = (field.id || field.name) + '-counter';
    field.insertAdjacentElement('afterend', counter);
    function update() {
      counter.textContent = say('counter').replace('{used}', number.format(field.value.length))
        .replace('{max}', number.format(field.maxLength));
      counter.classList.toggle('full', field.value.length >= field.maxLength);
    }
    field.addEventListener('input', update);
    update();
  });

  // a refused form's summary links to each field's message: following a link puts the cursor in the field itself
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#problem-"]');
    if (!link) {
      return;
    }
    var id = link.getAttribute('href').substring(1);
    var field = document.querySelector('[aria-describedby~="' + id + '"]');
    if (field) {
      event.preventDefault();
      document.getElementById(id).scrollIntoView({ block: 'center' });
      field.focus();
    }
  });

  // a refused form folded away in a <details> is unfolded, so its messages are seen
  document.querySelectorAll('.field-problem, .field-note, #form-problems').forEach(function (message) {
    for (var fold = message.closest('details'); fold; fold = fold.parentElement.closest('details')) {
      fold.open = true;
    }
  });

  // each line of a refused form's summary is named by its field's label: "Chức vụ: Vui lòng nhập mục này."
  document.querySelectorAll('.alert.error a[href^="#problem-"]').forEach(function (link) {
    var field = document.querySelector('[aria-describedby~="' + link.getAttribute('href').substring(1) + '"]');
    var label = field && field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
    if (label && label.textContent.trim()) {
      var name = document.createElement('strong');
      name.textContent = label.textContent.trim() + ': ';
      link.insertBefore(name, link.firstChild);
    }
  });

  // a button that prints the page (a sheet of first passwords): scripts may not run inline under the page policy
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  // a person named by staff code can be found by name: a search beside the code field lists the people of the
  // viewer's scope (diacritics ignored) and a choice fills the code in; without script the code is typed as before
  document.querySelectorAll('input[data-person-picker]').forEach(function (target) {
    var multiple = target.hasAttribute('data-multiple');
    var box = document.createElement('div');
    box.className = 'person-picker';
    var label = document.createElement('label');
    var search = document.createElement('input');
    search.type = 'search';
    search.id = target.id + '-by-name';
    search.autocomplete = 'off';
    label.htmlFor = search.id;
    label.textContent = target.getAttribute('data-person-picker');
    var results = document.createElement('ul');
    results.className = 'plain picker-results';
    results.setAttribute('aria-live', 'polite');
    box.append(label, search, results);
    target.insertAdjacentElement('afterend', box);
    var timer = null;
    function choose(code) {
      if (multiple) {
        var codes = target.value.split(/[,;\s]+/).filter(function (c) { return c; });
        if (codes.indexOf(code) < 0) {
          codes.push(code);
        }
        target.value = codes.join(', ');
      } else {
        target.value = code;
      }
      results.replaceChildren();
      search.value = '';
      target.focus();
    }
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch('/staff/search.json?q=' + encodeURIComponent(search.value), { headers: { Accept: 'application/json' } })
          .then(function (answer) { return answer.ok ? answer.json() : []; })
          .then(function (people) {
            results.replaceChildren();
            people.forEach(function (person) {
              var item = document.createElement('li');
              var button = document.createElement('button');
              button.type = 'button';
              button.className = 'pick-choice';
              button.textContent = person.name + ' (' + person.code + ') – ' + person.unit;
              button.addEventListener('click', function () { choose(person.code); });
              item.appendChild(button);
              results.appendChild(item);
            });
          })
          .catch(function () { results.replaceChildren(); });
      }, 250);
    });
  });
}());
