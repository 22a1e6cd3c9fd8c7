// The portal menu on a phone is one line that scrolls sideways: this shows an arrow (with a fade) on each side
// where more items are hidden, scrolls the menu when the arrow is pressed, and brings the current item into view.
// Without JavaScript the menu still scrolls, and portal.css shows light edges where it continues.
(function () {
  'use strict';
  document.querySelectorAll('.portal-nav').forEach(function (nav) {
    var strip = nav.querySelector('.inner');
    if (!strip) {
      return;
    }

    function arrow(side, label, text) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'more ' + side;
      button.title = label;
      // The menu's links are reachable by keyboard and screen reader already: the arrows are for the eye and the finger.
      button.setAttribute('aria-hidden', 'true');
      button.setAttribute('tabindex', '-1');
      button.textContent = text;
      button.addEventListener('click', function () {
        strip.scrollBy({ left: (side === 'right' ? 1 : -1) * strip.clientWidth * 0.7, behavior: 'smooth' });
      });
      nav.appendChild(button);
    }

    arrow('left', 'Xem các mục phía trước', '‹');
    arrow('right', 'Xem thêm các mục khác', '›');

    function update() {
      var max = strip.scrollWidth - strip.clientWidth;
      nav.classList.toggle('more-left', strip.scrollLeft > 2);
      nav.classList.toggle('more-right', strip.scrollLeft < max - 2);
    }

    var current = strip.querySelector('[aria-current="page"]');
    if (current && current.offsetLeft + current.offsetWidth > strip.clientWidth) {
      strip.scrollLeft = current.offsetLeft - 16;
    }

    strip.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    update();
  });
})();
