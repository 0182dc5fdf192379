// The data-entry grid: Enter moves to the next row's value, and a row that could not be sent
// (no connection) says so and is sent again every 5 seconds until it goes through. Nothing typed
// is dropped: an answer replaces only the row's state cell (the message and the version), never
// the fields, so what is typed while a save is under way stays; the next change is queued.
(function () {
  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".rv-entry-grid tbody tr")); }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !event.target.classList || !event.target.classList.contains("entry-value")) { return; }
    event.preventDefault();
    var all = rows();
    var at = all.indexOf(event.target.closest("tr"));
    event.target.dispatchEvent(new Event("change", { bubbles: true }));
    for (var i = at + 1; i < all.length; i++) {
      var next = all[i].querySelector(".entry-value");
      if (next && !next.disabled) { next.focus(); next.select(); return; }
    }
  });

  function evidenceSays(field, text) {
    var cell = field.closest(".entry-evidence");
    var message = cell && cell.querySelector(".entry-evidence-message");
    if (message) { message.textContent = text; }
  }

  // A file chosen as evidence goes up on its own (its field's request), not as a change of the row's value;
  // one over the limit is not sent at all, and the cell says why.
  document.addEventListener("htmx:confirm", function (event) {
    var elt = event.detail.elt;
    var trigger = event.detail.triggeringEvent;
    if (elt.tagName === "TR" && trigger && trigger.target && trigger.target.classList && trigger.target.classList.contains("entry-file")) {
      event.preventDefault();
      return;
    }
    if (elt.classList && elt.classList.contains("entry-file")) {
      var file = elt.files && elt.files[0];
      if (!file) { event.preventDefault(); return; }
      if (file.size > Number(elt.getAttribute("data-max"))) {
        event.preventDefault();
        evidenceSays(elt, elt.getAttribute("data-too-large"));
        elt.value = "";
      }
    }
  });

  // A refusal (422) or a conflict (409) comes back as the row (or its evidence cell) saying why: show it like a success.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var row = event.detail.elt;
    if (!row || !row.closest || !row.closest(".rv-entry-grid")) { return; }
    if (row.classList.contains("entry-file")) {
      var answer = event.detail.serverResponse || "";
      if (answer.indexOf("entry-evidence") >= 0 && (status === 200 || status === 422)) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
        row.removeAttribute("data-tries");
      } else {
        // a sign-in page after the session ended, a proxy's or server's error: keep the cell and say so
        event.detail.shouldSwap = false;
        evidenceSays(row, document.documentElement.lang === "en" ? "File not attached: sign in again in another tab, then choose it again."
            : "Chưa đính kèm được tệp: hãy đăng nhập lại ở thẻ khác rồi chọn lại tệp.");
      }
      return;
    }
    if (status === 409 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
    if (event.detail.shouldSwap && (event.detail.serverResponse || "").indexOf("entry-state") < 0) {
      // not a row (a sign-in page after the session ended, an error page): keep the row and say so
      event.detail.shouldSwap = false;
      var state = row.querySelector(".entry-state span") || row.querySelector(".entry-state").appendChild(document.createElement("span"));
      state.textContent = document.documentElement.lang === "en" ? "Not saved: sign in again in another tab, then leave the field again."
          : "Chưa lưu: hãy đăng nhập lại ở thẻ khác rồi rời ô lại.";
    }
  });

  // a row that went through after a lost connection is no longer marked unsent
  document.addEventListener("htmx:afterRequest", function (event) {
    var row = event.detail.elt;
    if (event.detail.xhr && event.detail.xhr.status > 0 && row && row.classList) { row.classList.remove("entry-unsent"); }
  });

  document.addEventListener("htmx:sendError", function (event) {
    var elt = event.detail.elt;
    if (elt.classList && elt.classList.contains("entry-file")) {
      // a file is large: try three more times, 5, 10 and 20 seconds apart, then leave it to the person
      var tries = Number(elt.getAttribute("data-tries") || "0") + 1;
      elt.setAttribute("data-tries", String(tries));
      if (tries > 3) {
        evidenceSays(elt, document.documentElement.lang === "en" ? "File not sent: no connection. Choose it again when you are back online."
            : "Chưa gửi được tệp: mất kết nối. Hãy chọn lại tệp khi có mạng.");
        elt.removeAttribute("data-tries");
        return;
      }
      evidenceSays(elt, document.documentElement.lang === "en" ? "File not sent: no connection. Trying again…"
          : "Chưa gửi được tệp: mất kết nối. Đang thử lại…");
      setTimeout(function () { if (document.body.contains(elt) && elt.files.length) { htmx.trigger(elt, "change"); } }, 5000 * Math.pow(2, tries - 1));
      return;
    }
    var row = elt.closest ? elt.closest("tr") : null;
    if (!row) { return; }
    row.classList.add("entry-unsent");
    var state = row.querySelector(".entry-state span") || row.querySelector(".entry-state").appendChild(document.createElement("span"));
    state.textContent = document.documentElement.lang === "en" ? "Not saved: no connection. Trying again…" : "Chưa lưu: mất kết nối. Đang thử lại…";
    setTimeout(function () { if (document.body.contains(row)) { htmx.trigger(row, "change"); } }, 5000);
  });
})();
