// Solo play: number keys choose an option, and a countdown shows the server's time limit.
// The server keeps the real time and computes points; this only displays and submits.
(function () {
  "use strict";
  var root = document.getElementById("play");
  var form = document.getElementById("answer-form");
  if (!root || !form) { return; }
  var left = parseFloat(root.dataset.secondsLeft);
  var limit = parseFloat(root.dataset.timeLimit);
  var seconds = document.getElementById("seconds");
  var fill = document.getElementById("timebar-fill");
  var deadline = Date.now() + left * 1000;
  var sent = false;

  function submit(button) {
    if (sent) { return; }
    sent = true;
    if (button) {
      button.classList.add("chosen");
      form.requestSubmit(button);
    } else {
      form.submit();  // time is up: no option, the server records 0 points
    }
  }

  function tick() {
    var remaining = Math.max(0, (deadline - Date.now()) / 1000);
    seconds.textContent = Math.ceil(remaining);
    if (fill) { fill.style.width = (100 * remaining / limit) + "%"; }
    if (remaining <= 0) { submit(null); return; }
    window.setTimeout(tick, 200);
  }

  form.addEventListener("submit", function () { sent = true; });
  var timed = !isNaN(left);  // accuracy-only quizzes have no countdown
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var button = form.querySelector('button[data-key="' + event.key + '"]');
    if (button) { event.preventDefault(); submit(button); }
  });
  if (timed) { tick(); }
})();
