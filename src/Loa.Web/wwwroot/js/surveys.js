// Portal surveys and contests: a countdown to the contest's deadline (the server enforces the limit; this only shows it).
(function () {
  "use strict";
  var timer = document.querySelector(".timer[data-deadline]");
  if (!timer) { return; }
  var left = timer.querySelector(".timer-left");
  var skew = Date.parse(timer.getAttribute("data-now")) - Date.now();
  var deadline = Date.parse(timer.getAttribute("data-deadline"));
  function tick() {
    var ms = deadline - (Date.now() + skew);
    if (ms <= 0) {
      left.textContent = "— đã hết giờ, hãy nộp bài ngay";
      timer.classList.add("over");
      return;
    }
    var s = Math.floor(ms / 1000);
    var m = Math.floor(s / 60);
    left.textContent = "— còn " + m + " phút " + String(s % 60).padStart(2, "0") + " giây";
    if (ms < 60000) { timer.classList.add("soon"); }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
