// Wave staff workspace: the only script. It follows a pull's progress on the pull page; every
// other page works without it. No inline handlers, no eval, no other origin (see the CSP).
"use strict";

(function () {
  var main = document.getElementById("main");
  var form = document.getElementById("pull-form");
  if (!main || !form) {
    return;
  }
  var csrf = main.getAttribute("data-csrf") || "";
  var words = {};
  var template = document.getElementById("pull-words");
  if (template && template.content) {
    template.content.querySelectorAll("[data-state]").forEach(function (node) {
      words[node.getAttribute("data-state")] = node.textContent;
    });
  }
  function set(id, text) {
    var node = document.getElementById(id);
    if (node) {
      node.textContent = String(text);
    }
  }
  function show(progress) {
    set("pull-state", words[progress.state] || progress.state);
    set("pull-new", progress.new);
    set("pull-already", progress.already_had);
    set("pull-retried", progress.retried);
    set("pull-rejected", progress.rejected.length);
    var list = document.getElementById("pull-reasons");
    if (list) {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      progress.rejected.forEach(function (rejection) {
        var item = document.createElement("li");
        item.textContent = rejection.kind + ": " + rejection.detail;
        list.appendChild(item);
      });
    }
    var error = document.getElementById("pull-error");
    if (error) {
      error.hidden = !progress.error;
      error.textContent = progress.error || "";
    }
    var button = document.getElementById("pull-start");
    if (button) {
      button.disabled = progress.state === "running";
    }
    main.setAttribute("data-pull-state", progress.state);
  }
  function poll() {
    fetch("/pull/status", { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        show(progress);
        if (progress.state === "running") {
          setTimeout(poll, 400);
        }
      })
      .catch(function () {
        setTimeout(poll, 2000);
      });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch("/pull", {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf },
      redirect: "manual"
    }).then(function () {
      poll();
    });
  });
  poll();
})();
