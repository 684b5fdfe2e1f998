// The reports page's print button: shown only where this script runs (the page prints from the browser menu
// anyway), it opens the browser's print dialog; the print layout is console.css's @media print.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-report');
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
});
