// Host screen of a live game: lobby, question with countdown, answer chart, podium.
// The server keeps the time and the scores; this page only shows what it is sent.
(function () {
  "use strict";
  var root = document.getElementById("host");
  if (!root || !window.io) { return; }
  function $(id) { return document.getElementById(id); }
  var VIEWS = ["lobby-view", "question-view", "reveal-view", "podium-view"];
  var SHAPES = ["\u25B2", "\u25C6", "\u25CF", "\u25A0"];
  var tick = null;

  function show(name) {
    VIEWS.forEach(function (v) { $(v).hidden = v !== name; });
    // The player list (with its remove buttons) stays at hand, folded away during play.
    $("players-box").open = name === "lobby-view";
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var socket = window.io({ auth: { game: root.dataset.gameId, role: "host" } });

  function send(event, data) {
    socket.emit(event, data || {}, function (ack) {
      $("host-error").textContent = ack && !ack.ok ? ack.error : "";
    });
  }

  function countdown(secondsLeft, limit) {
    var deadline = Date.now() + secondsLeft * 1000;
    if (tick) { window.clearInterval(tick); }
    function update() {
      var left = Math.max(0, (deadline - Date.now()) / 1000);
      $("seconds").textContent = Math.ceil(left);
      $("timebar-fill").style.width = (100 * left / limit) + "%";
      if (left <= 0) { window.clearInterval(tick); tick = null; }
    }
    update();
    tick = window.setInterval(update, 200);
  }

  function renderLobby(lobby) {
    $("player-count").textContent = lobby.count;
    $("players").textContent = lobby.count;
    var list = $("lobby");
    clear(list);
    lobby.players.forEach(function (p) {
      var item = el("li", "lobby-player");
      item.appendChild(el("span", "nickname", p.nickname));
      var kick = el("button", "kick", "\u00D7");
      kick.type = "button";
      kick.title = "Verwijder " + p.nickname;
      kick.setAttribute("aria-label", "Verwijder " + p.nickname);
      kick.addEventListener("click", function () { send("host:kick", { player_id: p.id }); });
      item.appendChild(kick);
      list.appendChild(item);
    });
  }

  function renderQuestion(q) {
    show("question-view");
    $("q-number").textContent = "Vraag " + q.number + " van " + q.total;
    $("q-context").textContent = q.context ? "Over: " + q.context : "";
    $("q-stem").textContent = q.stem;
    $("answered").textContent = "0";
    var list = $("q-options");
    clear(list);
    q.options.forEach(function (o, i) {
      var item = el("li", "option option-" + (i + 1));
      item.appendChild(el("span", "shape", SHAPES[i % 4]));
      item.appendChild(el("span", "text", o.text));
      list.appendChild(item);
    });
    countdown(q.seconds_left, q.time_limit);
  }

  function renderProgress(p) {
    $("answered").textContent = p.answered;
    $("players").textContent = p.players;
  }

  function renderRows(list, rows) {
    clear(list);
    rows.forEach(function (r) {
      list.appendChild(el("li", "", r.nickname + " \u2013 " + r.score));
    });
  }

  function renderReveal(r) {
    if (tick) { window.clearInterval(tick); tick = null; }
    show("reveal-view");
    $("r-stem").textContent = r.number + ". " + r.stem;
    $("r-correct").textContent = r.correct_text;
    $("r-evidence").textContent = r.evidence;
    var chart = $("r-chart");
    clear(chart);
    var most = Math.max.apply(null, r.distribution.map(function (b) { return b.count; }).concat([1]));
    r.distribution.forEach(function (b, i) {
      var row = el("div", "bar-row option-" + (i + 1) + (b.correct ? " correct" : ""));
      row.appendChild(el("span", "bar-label", SHAPES[i % 4] + " " + b.text));
      var bar = el("span", "bar");
      bar.style.setProperty("--share", (100 * b.count / most) + "%");
      row.appendChild(bar);
      row.appendChild(el("span", "bar-count", String(b.count)));
      chart.appendChild(row);
    });
    renderRows($("r-top"), r.top);
    $("next").textContent = r.last ? "Naar het podium" : "Volgende vraag";
  }

  function renderPodium(p) {
    if (tick) { window.clearInterval(tick); tick = null; }
    show("podium-view");
    renderRows($("podium"), p.podium);
    var table = $("ranking");
    clear(table);
    p.ranking.forEach(function (r) {
      var row = el("tr");
      row.appendChild(el("td", "", String(r.rank)));
      row.appendChild(el("td", "", r.nickname));
      row.appendChild(el("td", "", String(r.score)));
      table.appendChild(row);
    });
  }

  socket.on("connect", function () { $("connection").textContent = "Verbonden"; });
  socket.on("disconnect", function () {
    $("connection").textContent = "Verbinding kwijt; opnieuw verbinden...";
  });
  socket.on("connect_error", function (err) { $("connection").textContent = err.message; });
  socket.on("state", function (s) {
    renderLobby(s.lobby);
    if (s.status === "question") { renderQuestion(s.question); renderProgress(s.progress); }
    else if (s.status === "reveal") { renderReveal(s.reveal); }
    else if (s.status === "finished") { renderPodium(s.podium); }
    else { show("lobby-view"); }
  });
  socket.on("lobby", renderLobby);
  socket.on("question", renderQuestion);
  socket.on("progress", renderProgress);
  socket.on("reveal", renderReveal);
  socket.on("podium", renderPodium);

  $("start").addEventListener("click", function () { send("host:next"); });
  $("next").addEventListener("click", function () { send("host:next"); });
  $("close").addEventListener("click", function () { send("host:close"); });
})();
