// A pupil's phone in a live game: big option buttons, a countdown, own result and rank.
// The server decides what counts; this page never knows the right option before the reveal.
(function () {
  "use strict";
  var root = document.getElementById("pupil");
  if (!root || !window.io) { return; }
  function $(id) { return document.getElementById(id); }
  var VIEWS = ["wait-view", "question-view", "result-view", "final-view"];
  var SHAPES = ["\u25B2", "\u25C6", "\u25CF", "\u25A0"];
  var tick = null;
  var current = null;  // the open question's id
  var sent = false;

  function show(name) { VIEWS.forEach(function (v) { $(v).hidden = v !== name; }); }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function stopClock() { if (tick) { window.clearInterval(tick); tick = null; } }

  var socket = window.io({ auth: { game: root.dataset.gameId, role: "pupil" } });

  function lock(message) {
    sent = true;
    Array.prototype.forEach.call($("q-options").querySelectorAll("button"), function (b) {
      b.disabled = true;
    });
    if (message) { $("ack").textContent = message; }
  }

  function choose(button) {
    if (sent) { return; }
    lock("Versturen...");
    button.classList.add("chosen");
    socket.emit("answer", { question_id: current, choice_id: Number(button.dataset.choice) },
      function (ack) {
        $("ack").textContent = ack.ok ? "Antwoord ontvangen! Wacht op de uitslag." : ack.error;
      });
  }

  function countdown(secondsLeft, limit) {
    var deadline = Date.now() + secondsLeft * 1000;
    stopClock();
    function update() {
      var left = Math.max(0, (deadline - Date.now()) / 1000);
      $("seconds").textContent = Math.ceil(left);
      $("timebar-fill").style.width = (100 * left / limit) + "%";
      if (left <= 0) { stopClock(); lock("De tijd is om."); }
    }
    update();
    tick = window.setInterval(update, 200);
  }

  function renderQuestion(q, answered) {
    show("question-view");
    current = q.question_id;
    sent = false;
    $("ack").textContent = "";
    $("q-number").textContent = "Vraag " + q.number + " van " + q.total;
    $("q-context").textContent = q.context ? "Over: " + q.context : "";
    $("q-stem").textContent = q.stem;
    var box = $("q-options");
    clear(box);
    q.options.forEach(function (o, i) {
      var button = el("button", "option option-" + (i + 1));
      button.type = "button";
      button.dataset.choice = o.id;
      button.dataset.key = String(i + 1);
      button.appendChild(el("span", "shape", SHAPES[i % 4]));
      button.appendChild(el("span", "text", o.text));
      button.addEventListener("click", function () { choose(button); });
      box.appendChild(button);
    });
    countdown(q.seconds_left, q.time_limit);
    if (answered) { lock("Je antwoord is ontvangen. Wacht op de uitslag."); }
  }

  function renderReveal(r) {
    stopClock();
    show("result-view");
    $("verdict").textContent = "";
    $("r-correct").textContent = r.correct_text;
    $("r-evidence").textContent = r.evidence;
  }

  function renderResult(result) {
    if (!result) { return; }
    $("score").textContent = result.score;
    $("rank").textContent = result.rank;
    $("rank-of").textContent = result.players;
    var verdict = $("verdict");
    if (result.correct) { verdict.textContent = "Goed! +" + result.points; }
    else if (result.answered) { verdict.textContent = "Helaas, fout."; }
    else { verdict.textContent = "Geen antwoord gegeven."; }
    root.classList.toggle("right", result.correct);
    root.classList.toggle("wrong", !result.correct);
  }

  function renderPodium(p) {
    stopClock();
    show("final-view");
    var list = $("podium");
    clear(list);
    p.podium.forEach(function (r) { list.appendChild(el("li", "", r.nickname + " \u2013 " + r.score)); });
  }

  function renderFinal(result) {
    if (!result) { return; }
    $("score").textContent = result.score;
    $("final-score").textContent = result.score;
    $("final-rank").textContent = result.rank;
  }

  socket.on("connect", function () { $("connection").textContent = "Verbonden"; });
  socket.on("disconnect", function () {
    $("connection").textContent = "Verbinding kwijt; opnieuw verbinden...";
  });
  socket.on("connect_error", function (err) { $("pupil-error").textContent = err.message; });
  socket.on("state", function (s) {
    $("score").textContent = s.score;
    if (s.status === "question") { renderQuestion(s.question, s.answered); }
    else if (s.status === "reveal") { renderReveal(s.reveal); renderResult(s.result); }
    else if (s.status === "finished") { renderPodium(s.podium); renderFinal(s.result); }
    else { show("wait-view"); }
  });
  socket.on("question", function (q) { renderQuestion(q, false); });
  socket.on("reveal", renderReveal);
  socket.on("result", renderResult);
  socket.on("podium", renderPodium);
  socket.on("final", renderFinal);
  socket.on("kicked", function (m) {
    stopClock();
    VIEWS.forEach(function (v) { $(v).hidden = true; });
    $("pupil-error").textContent = m.message;
    socket.disconnect();
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || $("question-view").hidden) { return; }
    var button = $("q-options").querySelector('button[data-key="' + event.key + '"]');
    if (button) { event.preventDefault(); choose(button); }
  });
})();
