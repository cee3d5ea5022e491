// The ingest form: sends the form to /api/ingest with the token as "Authorization: Bearer", shows the result.
(function () {
  "use strict";
  var form = document.getElementById("ingest-form");
  var out = document.getElementById("ingest-result");
  if (!form || !out) { return; }
  function line(text, href) {
    var p = document.createElement("p");
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      p.appendChild(a);
    } else {
      p.textContent = text;
    }
    out.appendChild(p);
  }
  form.addEventListener("submit", function (evt) {
    evt.preventDefault();
    var data = new FormData(form);
    var token = data.get("token");
    data.delete("token");
    ["file", "text", "fetch", "title", "outlet", "url", "published"].forEach(function (k) {
      var v = data.get(k);
      if (v === "" || (v && v.size === 0 && k === "file")) { data.delete(k); }
    });
    out.textContent = "Extracting …";
    fetch(form.dataset.endpoint, { method: "POST", body: data, credentials: "same-origin",
      headers: { "Authorization": "Bearer " + token } })
      .then(function (r) { return r.json().then(function (body) { return { status: r.status, body: body }; }); })
      .then(function (res) {
        out.textContent = "";
        if (!res.body.results) { line("Refused (" + res.status + "): " + (res.body.detail || "")); return; }
        res.body.results.forEach(function (r) {
          if (r.article_id) {
            line(r.status + ": " + (r.title || r.doc_id) + " (" + r.events + " events, " + r.quotes + " quotes)", r.href);
          } else {
            line(r.status + ": " + r.source + " — " + (r.reason || ""));
          }
        });
      })
      .catch(function (err) { out.textContent = "Failed: " + err; });
  });
})();
