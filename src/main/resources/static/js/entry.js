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

  // A refusal (422) or a conflict (409) comes back as the row saying why: show it like a success.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var row = event.detail.elt;
    if (!row || !row.closest || !row.closest(".rv-entry-grid")) { return; }
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

  document.addEventListener("htmx:sendError", function (event) {
    var row = event.detail.elt.closest ? event.detail.elt.closest("tr") : null;
    if (!row) { return; }
    row.classList.add("entry-unsent");
    var state = row.querySelector(".entry-state span") || row.querySelector(".entry-state").appendChild(document.createElement("span"));
    state.textContent = document.documentElement.lang === "en" ? "Not saved: no connection. Trying again…" : "Chưa lưu: mất kết nối. Đang thử lại…";
    setTimeout(function () { if (document.body.contains(row)) { htmx.trigger(row, "change"); } }, 5000);
  });
})();
