// "In trang này": shows the print button (hidden without JavaScript) and prints the page.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
