// The review page: keeps a copy of what is typed in the browser (localStorage) and offers it back after
// a crash or a refused save; warns before leaving with unsaved changes; opens the original text on wide
// screens; links the highlights in the text and the targets in the form both ways, also after htmx edits.
(function () {
  "use strict";
  var form = document.getElementById("review-form");
  if (!form) {
    return;
  }
  var source = document.getElementById("source");
  var statusLine = document.getElementById("save-status");
  var key = form.dataset.storageKey;
  var dirty = form.dataset.unsaved === "true";
  var leaving = false;
  var timer = null;

  function fields() {
    var pairs = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "_csrf" && name !== "action" && name !== "version" && typeof value === "string") {
        pairs.push([name, value]);
      }
    });
    return pairs;
  }

  function stored() {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "null");
    } catch (e) {
      return null;
    }
  }

  function keep() {
    try {
      window.localStorage.setItem(key, JSON.stringify({ at: Date.now(), fields: fields() }));
      statusLine.textContent = form.dataset.keptText;
    } catch (e) {
      statusLine.textContent = form.dataset.dirtyText;
    }
  }

  function changed() {
    dirty = true;
    statusLine.textContent = form.dataset.dirtyText;
    window.clearTimeout(timer);
    timer = window.setTimeout(keep, 500);
  }

  function forget() {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // storage may be switched off; nothing was kept then
    }
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () {
    leaving = true;
  });
  document.body.addEventListener("htmx:afterSwap", function () {
    changed();
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !leaving) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // A copy kept from before (a crash, a closed tab) that differs from what the page shows now.
  var banner = document.getElementById("restore-banner");
  var copy = stored();
  if (form.dataset.saved === "true") {
    forget();
  } else if (copy && JSON.stringify(copy.fields) !== JSON.stringify(fields())) {
    banner.hidden = false;
  } else if (dirty) {
    keep();
  }
  document.getElementById("restore-yes").addEventListener("click", function () {
    // The server shows the kept copy as the form (nothing is saved); the version stays this page's.
    var restore = document.createElement("form");
    restore.method = "post";
    // form.action would be the buttons named "action", not the address
    restore.action = form.getAttribute("action");
    restore.hidden = true;
    copy.fields.concat([["action", "refresh"], ["version", form.elements.version.value],
      ["_csrf", form.elements._csrf ? form.elements._csrf.value : ""]]).forEach(function (pair) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = pair[0];
      input.value = pair[1];
      restore.appendChild(input);
    });
    document.body.appendChild(restore);
    leaving = true;
    restore.submit();
  });
  document.getElementById("restore-no").addEventListener("click", function () {
    forget();
    banner.hidden = true;
  });

  if (source && window.matchMedia("(min-width: 900px)").matches) {
    source.open = true;
  }

  function flash(element) {
    element.classList.add("rv-flash");
    window.setTimeout(function () { element.classList.remove("rv-flash"); }, 2000);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var mark = link.closest("mark[data-span]");
    if (mark) {
      // from the text to the form: find the part by its span, since edits may have renumbered the form
      var kind = mark.classList.contains("rv-t") ? ".rv-target" : ".rv-indicator";
      var part = form.querySelector(kind + "[data-span='" + mark.dataset.span + "']");
      if (part) {
        event.preventDefault();
        part.scrollIntoView({ behavior: "smooth", block: "center" });
        flash(part);
        var first = part.querySelector("textarea, input:not([type=hidden]), select");
        if (first) {
          first.focus({ preventScroll: true });
        }
      }
      return;
    }
    if (source && link.getAttribute("href").indexOf("#src-") === 0) {
      // from the form to the text: open the text first (it is folded away on a phone)
      source.open = true;
      var target = document.getElementById(link.getAttribute("href").substring(1));
      if (target) {
        event.preventDefault();
        target.scrollIntoView({ behavior: "smooth", block: "center" });
        flash(target);
      }
    }
  });
})();
