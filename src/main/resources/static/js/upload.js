// The import page: drag and drop onto the drop zone, a size check before sending, and a progress bar
// while the file goes up (XMLHttpRequest). Without this script the form posts as usual.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = document.getElementById("upload-file");
  var zone = form.querySelector(".rv-drop");
  var name = document.getElementById("upload-name");
  var errorBox = document.getElementById("upload-error");
  var progressBox = form.querySelector(".rv-progress");
  var progress = document.getElementById("upload-progress");
  var status = document.getElementById("upload-status");
  var button = form.querySelector("button[type=submit]");
  var maxBytes = Number(form.dataset.maxBytes);

  function showError(messages) {
    errorBox.textContent = "";
    messages.forEach(function (message) {
      var p = document.createElement("p");
      p.textContent = message;
      errorBox.appendChild(p);
    });
    errorBox.hidden = messages.length === 0;
  }

  function chosen() {
    var file = input.files && input.files[0];
    name.textContent = file ? file.name : "";
    if (file && file.size > maxBytes) {
      showError([form.dataset.tooLarge]);
      return false;
    }
    showError([]);
    return Boolean(file);
  }

  input.addEventListener("change", chosen);
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add("rv-over");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function () {
      zone.classList.remove("rv-over");
    });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      chosen();
    }
  });

  function done() {
    button.disabled = false;
    progressBox.hidden = true;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.files || !input.files.length) {
      showError([form.dataset.choose]);
      return;
    }
    if (!chosen()) {
      return;
    }
    var request = new XMLHttpRequest();
    request.open("POST", form.getAttribute("action"));
    request.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
      request.setRequestHeader(header.content, token.content);
    }
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        var percent = Math.round((e.loaded / e.total) * 100);
        progress.value = percent;
        status.textContent = percent + " %";
      }
    });
    request.upload.addEventListener("load", function () {
      progress.removeAttribute("value");
      status.textContent = form.dataset.reading;
    });
    request.addEventListener("load", function () {
      var next = request.getResponseHeader("X-Location");
      if (request.status < 300 && next) {
        window.location.href = next;
        return;
      }
      if (request.status < 300) {
        // signed out meanwhile, say: go where the server sent the request
        window.location.href = request.responseURL || form.getAttribute("action");
        return;
      }
      done();
      var page = new DOMParser().parseFromString(request.responseText, "text/html");
      var box = page.getElementById("upload-error");
      var messages = box ? Array.prototype.map.call(box.querySelectorAll("p"), function (p) { return p.textContent; }) : [];
      showError(messages.length ? messages : [form.dataset.failed]);
    });
    request.addEventListener("error", function () {
      done();
      showError([form.dataset.failed]);
    });
    button.disabled = true;
    progress.value = 0;
    status.textContent = "";
    progressBox.hidden = false;
    showError([]);
    request.send(new FormData(form));
  });
})();
