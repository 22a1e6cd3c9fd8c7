// The procedure kiosk: an on-screen keyboard for the search field, and a return to the kiosk's start after
// a while without a touch (data-idle-seconds on <body>), with a countdown in the last ten seconds.
(function () {
  var body = document.body;
  var home = body.getAttribute('data-kiosk-home');
  var idle = parseInt(body.getAttribute('data-idle-seconds') || '90', 10);
  var warn = Math.min(10, idle - 1);
  var box = document.getElementById('kiosk-countdown');
  var seconds = document.getElementById('kiosk-seconds');
  var last = Date.now();
  var atStart = location.pathname.replace(/\/$/, '') === home && location.search.replace(/[?&]idle=\d+/, '') === '';

  function touched() {
    last = Date.now();
    if (box && !box.hidden) { box.hidden = true; }
  }
  ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll', 'input'].forEach(function (e) {
    window.addEventListener(e, touched, { passive: true, capture: true });
  });

  setInterval(function () {
    var left = idle - Math.floor((Date.now() - last) / 1000);
    if (left <= 0) {
      var start = home + (/[?&]idle=(\d+)/.exec(location.search) ? '?idle=' + /[?&]idle=(\d+)/.exec(location.search)[1] : '');
      if (atStart) {
        var q = document.getElementById('kiosk-q');
        if (q) { q.value = ''; }
        window.scrollTo(0, 0);
        touched();
      } else {
        location.replace(start);
      }
      return;
    }
    if (left <= warn && box) {
      box.hidden = false;
      if (seconds) { seconds.textContent = String(left); }
    }
  }, 250);

  var keyboard = document.getElementById('kiosk-keyboard');
  var input = document.getElementById('kiosk-q');
  if (keyboard && input) {
    keyboard.hidden = false;
    input.setAttribute('inputmode', 'none');
    keyboard.addEventListener('click', function (e) {
      var key = e.target.closest('[data-key]');
      if (!key) { return; }
      var k = key.getAttribute('data-key');
      if (k === 'back') { input.value = input.value.slice(0, -1); }
      else if (k === 'clear') { input.value = ''; }
      else { input.value += k; }
      input.focus();
    });
  }
})();
