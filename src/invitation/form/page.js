/* The invitation form's behaviour. Static text: the page's Content-Security-Policy allows it by
   its hash, so everything that varies comes from the JSON block "confiance-data". It never
   reaches the network: answers are kept in localStorage and leave only as a file the person
   downloads or a block of text the person copies. Text is only ever set with textContent. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("confiance-data").textContent);
  var T = data.text;
  var KEY = "confiance-answer:" + data.invitation;
  var items = data.items;
  var fieldsets = document.querySelectorAll("fieldset.item");
  var byId = function (id) { return document.getElementById(id); };

  /* A template's {holes} filled; a hole with no value stays as written. */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function base64(bytes, url) {
    var binary = "";
    for (var i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    var text = btoa(binary);
    return url ? text.replace(/\+/g, "-").replace(/\x2f/g, "_").replace(/=+$/, "") : text;
  }

  /* A fresh answer id: 16 random bytes, base64url. */
  function newId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return base64(bytes, true);
  }

  /* Now, as a TOML offset date-time in UTC to the second. */
  function now() {
    return new Date().toISOString().replace(/\.\d+Z$/, "Z");
  }

  /* `stale`: changed after Finish, so that the page says so again after a reload. */
  function fresh() {
    return {
      version: 1, answer_id: newId(), started: "", completed: "", stale: false,
      answers: {}, notes: {}, note: ""
    };
  }

  /* Answers and notes are keyed "i:" + item id, so that no id can clash with an object's own
     properties ("__proto__"). */
  function key(index) { return "i:" + items[index].id; }

  /* localStorage when it works (some browsers refuse it on file:), else null. */
  var storage = (function () {
    try {
      var s = window.localStorage;
      s.setItem(KEY + ":probe", "1");
      s.removeItem(KEY + ":probe");
      return s;
    } catch (e) {
      return null;
    }
  })();

  function load() {
    if (!storage) return null;
    try {
      var saved = JSON.parse(storage.getItem(KEY) || "null");
      if (saved && saved.version === 1 && typeof saved.answer_id === "string" && saved.answer_id) {
        saved.answers = saved.answers || {};
        saved.notes = saved.notes || {};
        saved.note = saved.note || "";
        saved.started = saved.started || "";
        saved.completed = saved.completed || "";
        saved.stale = saved.stale === true;
        return saved;
      }
    } catch (e) {
      return null;
    }
    return null;
  }

  var state = load() || fresh();

  function showStorage() {
    var line = byId("storage-status");
    line.textContent = storage ? T.kept : T.not_kept;
    line.classList.toggle("notice", !!storage);
    line.classList.toggle("warning", !storage);
    line.hidden = false;
  }

  function save() {
    if (!storage) return;
    try {
      storage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      storage = null;
      showStorage();
    }
  }

  function answered() {
    var n = 0;
    for (var i = 0; i < items.length; i++) if (state.answers[key(i)]) n++;
    return n;
  }

  function showProgress() {
    var n = answered();
    byId("progress-text").textContent = fill(T.progress, { n: n, total: items.length });
    byId("progress").value = n;
  }

  /* What a chosen radio says: its number and label ("4 Agree"), or "Don't know". */
  function chosenText(index) {
    var radios = fieldsets[index].querySelectorAll("input[type=radio]");
    for (var i = 0; i < radios.length; i++) {
      if (radios[i].checked) {
        var parts = radios[i].parentNode.querySelectorAll("span");
        var said = [];
        for (var p = 0; p < parts.length; p++) if (parts[p].textContent) said.push(parts[p].textContent);
        return said.join(" \u00b7 ");
      }
    }
    return "";
  }

  function statementText(index) {
    return fieldsets[index].querySelector(".statement").textContent;
  }

  /* The printed copy of a note, shown only on paper; a statement's folded note with text says
     "Edit your note" rather than "Add a note", since it is sent all the same. */
  function mirror(textarea) {
    var printed = byId(textarea.id + "-printed");
    if (printed) printed.textContent = textarea.value.trim() ? textarea.value : "";
    var details = textarea.closest("details.note");
    if (details) details.classList.toggle("has-note", textarea.value.trim() !== "");
  }

  /* "Clear this answer" is there only for a statement that has one. */
  function showClear(index) {
    fieldsets[index].querySelector("button.clear").hidden = !state.answers[key(index)];
  }

  /* Brings an element to the top of the screen (below the progress line) and gives the focus
     to it, or to `focus`: what a button opens is where the person looks next. */
  function goTo(element, focus, where) {
    element.scrollIntoView({ block: where || "start" });
    (focus || element).focus({ preventScroll: true });
  }

  function firstRadio(index) {
    return fieldsets[index].querySelector("input[type=radio]:checked") ||
      fieldsets[index].querySelector("input[type=radio]");
  }

  /* The page from the state: after loading, or after erasing. */
  function restore() {
    for (var i = 0; i < fieldsets.length; i++) {
      var value = state.answers[key(i)] || "";
      var radios = fieldsets[i].querySelectorAll("input[type=radio]");
      for (var r = 0; r < radios.length; r++) radios[r].checked = radios[r].value === value;
      var note = fieldsets[i].querySelector("textarea");
      note.value = state.notes[key(i)] || "";
      if (note.value) note.closest("details").open = true;
      mirror(note);
      showClear(i);
    }
    byId("note-all").value = state.note;
    mirror(byId("note-all"));
    showProgress();
  }

  /* The answers in the ANSWER format (TOML) the tool reads back. */
  function tomlString(text) {
    var out = "\"";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var code = text.charCodeAt(i);
      if (c === "\\") out += "\\\\";
      else if (c === "\"") out += "\\\"";
      else if (c === "\n") out += "\\n";
      else if (c === "\t") out += "\\t";
      else if (c === "\r") out += "\\r";
      else if (code < 0x20 || code === 0x7f) out += "\\u" + ("000" + code.toString(16)).slice(-4);
      else out += c;
    }
    return out + "\"";
  }

  function filled(text) { return typeof text === "string" && text.trim() !== ""; }

  /* What the file is, for whoever opens it: comments before anything else (the tool skips
     them), one a line, without the control characters a comment cannot hold. */
  function comments() {
    return T.file_comment.split("\n").map(function (line) {
      return ("# " + line.replace(/[\u0000-\u001f\u007f]/g, " ")).replace(/\s+$/, "");
    });
  }

  function answerToml() {
    var lines = comments().concat([
      "confiance_answer = 1",
      "invitation = " + tomlString(data.invitation),
      "secret = " + tomlString(data.secret),
      "answer_id = " + tomlString(state.answer_id),
      "questionnaire = " + tomlString(data.questionnaire),
      "questionnaire_version = " + data.questionnaire_version,
      "lang = " + tomlString(data.lang)
    ]);
    if (typeof data.side === "string") lines.push("side = " + tomlString(data.side));
    lines.push("started = " + (state.started || state.completed));
    lines.push("completed = " + state.completed);
    if (filled(state.note)) lines.push("note = " + tomlString(state.note));
    for (var i = 0; i < items.length; i++) {
      var value = state.answers[key(i)];
      if (!value) continue;
      lines.push("", "[[answers]]", "item = " + tomlString(items[i].id));
      if (value === "skip") lines.push("skipped = true");
      else if (/^-?\d+$/.test(value)) lines.push("value = " + value);
      else continue;
      if (filled(state.notes[key(i)])) lines.push("note = " + tomlString(state.notes[key(i)]));
    }
    return lines.join("\n") + "\n";
  }

  var crcTable = (function () {
    var table = [];
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table.push(c >>> 0);
    }
    return table;
  })();

  /* CRC-32 (IEEE 802.3, as zlib), as 8 lowercase hex digits. */
  function crc32(bytes) {
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return ("0000000" + ((crc ^ 0xffffffff) >>> 0).toString(16)).slice(-8);
  }

  /* The block to paste: a marker, the answer in base64url, its CRC-32. The box shows it
     unbroken, so that it wraps evenly at any width; what is copied or mailed is in lines of 76,
     which mail programs leave alone (the tool reads it across any whitespace). */
  function answerBlock(bytes) {
    return "CONFIANCE-ANSWER-1 " + base64(bytes, true) + "." + crc32(bytes);
  }

  function inLines(block) {
    var lines = [];
    for (var i = 0; i < block.length; i += 76) lines.push(block.slice(i, i + 76));
    return lines.join("\n");
  }

  var blockLines = "";

  function showReview() {
    var list = byId("review-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    for (var i = 0; i < items.length; i++) {
      var li = document.createElement("li");
      var said = document.createElement("span");
      said.textContent = statementText(i);
      li.appendChild(said);
      var answer = document.createElement("span");
      answer.className = "answer";
      var chosen = chosenText(i);
      if (chosen) {
        answer.textContent = chosen;
      } else {
        answer.className = "answer missing";
        answer.textContent = T.not_answered + " ";
        var link = document.createElement("a");
        link.href = "#" + fieldsets[i].id;
        link.className = "answer-it";
        link.setAttribute("data-index", String(i));
        link.textContent = T.answer_it;
        answer.appendChild(link);
      }
      li.appendChild(answer);
      if (filled(state.notes[key(i)])) {
        var note = document.createElement("span");
        note.className = "said";
        note.textContent = state.notes[key(i)];
        li.appendChild(note);
      }
      list.appendChild(li);
    }
    var whole = byId("review-note");
    whole.hidden = !filled(state.note);
    byId("review-note-text").textContent = state.note;
    var n = answered();
    var left = items.length - n;
    byId("review-left").textContent = n === 0 ? T.nothing_yet
      : left === 0 ? T.left_none : left === 1 ? T.left_one : fill(T.left_many, { n: left });
    byId("finish").disabled = n === 0;
    byId("review").hidden = false;
  }

  function showSend() {
    var toml = answerToml();
    var bytes = new TextEncoder().encode(toml);
    var block = answerBlock(bytes);
    blockLines = inLines(block);
    var download = byId("download");
    download.href = "data:application/toml;base64," + base64(bytes, false);
    download.setAttribute("download", data.file_name);
    byId("answer-block").value = block;
    byId("copy-status").textContent = "";
    byId("download-status").textContent = "";
    if (typeof data.reply_to === "string") {
      byId("mail-status").textContent = "";
      var address = encodeURIComponent(data.reply_to).replace(/%40/g, "@");
      var body = blockLines.replace(/\n/g, "\r\n");
      byId("mail-link").href = "mailto:" + address + "?subject=" + encodeURIComponent(data.mail_subject) +
        "&body=" + encodeURIComponent(body);
    }
    byId("send").hidden = false;
  }

  /* Whether the answers changed after Finish: said beside Finish and in the progress line. */
  function showStale() {
    byId("finish-status").textContent = state.stale ? T.changed : "";
    byId("finish-again").hidden = !state.stale;
  }

  /* Any change after finishing makes the block out of date: it goes until Finish again, and
     the page says so. */
  function changed() {
    if (!state.started) state.started = now();
    if (state.completed) {
      state.completed = "";
      state.stale = true;
      byId("send").hidden = true;
      byId("copy-status").textContent = "";
      showStale();
    }
    save();
    showProgress();
    if (!byId("review").hidden) showReview();
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input.type !== "radio") return;
    var fieldset = input.closest("fieldset.item");
    if (!fieldset) return;
    var index = Number(fieldset.getAttribute("data-index"));
    state.answers[key(index)] = input.value;
    showClear(index);
    changed();
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var clear = target.closest("button.clear");
    if (clear) {
      var fieldset = clear.closest("fieldset.item");
      var index = Number(fieldset.getAttribute("data-index"));
      var radios = fieldset.querySelectorAll("input[type=radio]");
      for (var r = 0; r < radios.length; r++) radios[r].checked = false;
      delete state.answers[key(index)];
      showClear(index);
      changed();
      radios[0].focus();
      return;
    }
    var answerIt = target.closest("a.answer-it");
    if (answerIt) {
      /* To the statement, its first choice focused, with a way back to the review under it. */
      event.preventDefault();
      var at = Number(answerIt.getAttribute("data-index"));
      var back = byId("to-review");
      fieldsets[at].appendChild(back);
      back.hidden = false;
      goTo(fieldsets[at], firstRadio(at));
      return;
    }
    if (target.closest("#to-review a")) {
      event.preventDefault();
      byId("to-review").hidden = true;
      goTo(byId("review-title"));
      return;
    }
    if (target.closest("#finish-again")) {
      event.preventDefault();
      showReview();
      goTo(byId("finish"), null, "center");
    }
  });

  document.addEventListener("input", function (event) {
    var area = event.target;
    if (area.tagName !== "TEXTAREA" || area.readOnly) return;
    if (area.id === "note-all") {
      state.note = area.value;
    } else {
      var fieldset = area.closest("fieldset.item");
      if (!fieldset) return;
      var k = key(Number(fieldset.getAttribute("data-index")));
      if (area.value) state.notes[k] = area.value; else delete state.notes[k];
    }
    mirror(area);
    changed();
  });

  byId("review-button").addEventListener("click", function () {
    showStale();
    showReview();
    goTo(byId("review-title"));
  });

  byId("finish").addEventListener("click", function () {
    if (answered() === 0) return;
    state.completed = now();
    if (!state.started) state.started = state.completed;
    state.stale = false;
    save();
    showStale();
    showSend();
    goTo(byId("send-title"));
  });

  byId("download").addEventListener("click", function () {
    byId("download-status").textContent = T.download_done;
  });

  if (typeof data.reply_to === "string") {
    byId("mail-link").addEventListener("click", function () {
      byId("mail-status").textContent = T.mail_done;
    });
  }

  /* Coming back: to the first statement without an answer, else on to review or send. */
  byId("continue").addEventListener("click", function () {
    for (var i = 0; i < items.length; i++) {
      if (!state.answers[key(i)]) {
        goTo(fieldsets[i], firstRadio(i));
        return;
      }
    }
    if (state.completed) {
      goTo(byId("send-title"));
    } else {
      showStale();
      showReview();
      goTo(byId("review-title"));
    }
  });

  byId("copy").addEventListener("click", function () {
    var area = byId("answer-block");
    var status = byId("copy-status");
    function select() {
      area.focus();
      area.select();
      status.textContent = T.press_copy;
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(blockLines || area.value).then(function () {
        status.textContent = T.copied;
      }, select);
    } else {
      select();
    }
  });

  byId("erase").addEventListener("click", function () {
    byId("erase-ask").hidden = false;
    byId("erase-no").focus();
  });

  byId("erase-no").addEventListener("click", function () {
    byId("erase-ask").hidden = true;
    byId("erase").focus();
  });

  byId("erase-yes").addEventListener("click", function () {
    if (storage) {
      try { storage.removeItem(KEY); } catch (e) { storage = null; }
    }
    state = fresh();
    restore();
    byId("erase-ask").hidden = true;
    byId("review").hidden = true;
    byId("send").hidden = true;
    byId("to-review").hidden = true;
    byId("resume").hidden = true;
    showStale();
    var status = byId("restored");
    status.textContent = T.erased;
    status.hidden = false;
    showStorage();
    goTo(byId("title"));
  });

  /* Start: the page as it was left, the parts that need the script shown. */
  var hadAnswers = answered() > 0 || filled(state.note);
  restore();
  showStorage();
  if (hadAnswers) {
    byId("restored").textContent = fill(T.restored, { n: answered(), total: items.length });
    byId("restored").hidden = false;
    byId("resume").hidden = false;
  }
  var scripted = document.querySelectorAll("[data-script]");
  for (var s = 0; s < scripted.length; s++) scripted[s].hidden = false;
  showStale();
  if (state.completed) {
    showReview();
    showSend();
  }
  save();
})();
