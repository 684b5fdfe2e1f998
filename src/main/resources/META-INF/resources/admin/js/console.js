// What every console page shares in the browser. The pages work without it; it adds what HTML alone cannot.
(function () {
  'use strict';

  // On a phone a list is shown as cards: each cell is labelled by its column's header (see console.css).
  function labelCells(table) {
    var heads = table.querySelectorAll('thead th');
    if (heads.length === 0) return;
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        var label = heads[i] && heads[i].textContent.trim();
        if (label && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', label);
      });
    });
  }

  // A table wider than the screen scrolls inside its frame; keyboard users must be able to scroll it too. Every
  // frame takes focus, whether it scrolls now or only once the window narrows or the fonts arrive.
  function letTableFramesTakeFocus() {
    document.querySelectorAll('.table-wrap').forEach(function (frame) {
      if (frame.hasAttribute('tabindex')) return;
      frame.setAttribute('tabindex', '0');
      frame.setAttribute('role', 'region');
      var section = frame.closest('section');
      var caption = frame.querySelector('caption') || (section && section.querySelector('h2'));
      if (caption) frame.setAttribute('aria-label', caption.textContent.trim());
    });
  }

  // A refused form puts the cursor on the first field to fix; a page's own autofocus field otherwise wins.
  function focusFirstInvalidField() {
    var invalid = document.querySelector('main .field.invalid input, main .field.invalid select, main .field.invalid textarea');
    if (invalid) invalid.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table.list').forEach(labelCells);
    letTableFramesTakeFocus();
    focusFirstInvalidField();
  });
}());
