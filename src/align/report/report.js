// Filters and highlights of the review report. Everything is in this file: no network.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("qa-data").textContent);
  const findings = data.findings;
  const rank = { minor: 1, major: 2, critical: 3 };
  const list = document.getElementById("findings");
  const tip = document.getElementById("tip");

  findings.forEach(function (f) {
    const li = document.createElement("li");
    li.className = "finding sev-" + f.severity;
    li.dataset.fid = f.id;
    li.dataset.check = f.check;
    li.dataset.sev = f.severity;
    li.innerHTML = '<span class="badge">' + f.severity + "</span> <b></b> <code></code> <i></i> — <span class=msg></span>" +
      (f.row !== null ? ' <a href="#bead-' + f.row + '">#' + f.row + "</a>" : "");
    li.querySelector("b").textContent = (data.checks[f.check] && data.checks[f.check].title_ja) || f.check;
    li.querySelector("code").textContent = f.check;
    li.querySelector("i").textContent = f.category;
    li.querySelector(".msg").textContent = f.message;
    li.addEventListener("click", function () { select(f.id, true); });
    list.appendChild(li);
  });

  function checked(cls) {
    return new Set(Array.from(document.querySelectorAll("input." + cls + ":checked")).map(function (i) { return i.value; }));
  }

  function visibleSet() {
    const checks = checked("f-check");
    const sevs = checked("f-sev");
    return new Set(findings.filter(function (f) { return checks.has(f.check) && sevs.has(f.severity); }).map(function (f) { return f.id; }));
  }

  function ids(el, attr) {
    const v = el.getAttribute(attr);
    return v ? v.split(" ").filter(Boolean).map(Number) : [];
  }

  function apply() {
    const vis = visibleSet();
    document.querySelectorAll("#findings li, td.notes li").forEach(function (li) {
      li.classList.toggle("hidden", !vis.has(Number(li.dataset.fid)));
    });
    document.querySelectorAll(".hl[data-f]").forEach(function (el) {
      const on = ids(el, "data-f").filter(function (i) { return vis.has(i); });
      el.classList.remove("f-minor", "f-major", "f-critical");
      if (on.length) {
        const worst = on.map(function (i) { return findings[i].severity; }).sort(function (a, b) { return rank[b] - rank[a]; })[0];
        el.classList.add("f-" + worst);
      }
    });
    const onlyIssues = document.getElementById("only-issues").checked;
    document.querySelectorAll("tr.bead").forEach(function (tr) {
      const on = ids(tr, "data-fids").filter(function (i) { return vis.has(i); });
      const worst = on.map(function (i) { return rank[findings[i].severity]; }).reduce(function (a, b) { return Math.max(a, b); }, 0);
      tr.classList.toggle("has-visible", on.length > 0);
      tr.classList.toggle("has-major", worst === 2);
      tr.classList.toggle("has-critical", worst === 3);
      tr.classList.toggle("hidden", onlyIssues && on.length === 0);
    });
    document.getElementById("shown-count").textContent = String(vis.size);
    document.body.classList.toggle("no-ent", !document.getElementById("show-ent").checked);
    document.body.classList.toggle("no-claim", !document.getElementById("show-claim").checked);
  }

  function select(fid, scroll) {
    document.querySelectorAll(".hl.sel").forEach(function (el) { el.classList.remove("sel"); });
    document.querySelectorAll(".hl[data-f]").forEach(function (el) {
      if (ids(el, "data-f").indexOf(fid) >= 0) { el.classList.add("sel"); }
    });
    const f = findings[fid];
    if (scroll && f.row !== null) {
      const tr = document.getElementById("bead-" + f.row);
      if (tr) {
        tr.classList.remove("hidden");
        tr.scrollIntoView({ block: "center" });
        tr.classList.remove("flash");
        void tr.offsetWidth;
        tr.classList.add("flash");
      }
    }
  }

  document.querySelectorAll("input").forEach(function (i) { i.addEventListener("change", apply); });
  document.querySelectorAll("td.notes li").forEach(function (li) {
    li.addEventListener("click", function () { select(Number(li.dataset.fid), false); });
  });

  document.addEventListener("mouseover", function (ev) {
    const el = ev.target.closest ? ev.target.closest(".hl") : null;
    if (!el) { tip.hidden = true; return; }
    const vis = visibleSet();
    const lines = ids(el, "data-f").filter(function (i) { return vis.has(i); }).map(function (i) {
      return "[" + findings[i].severity + "] " + findings[i].check + ": " + findings[i].message;
    });
    if (el.dataset.ent && !document.body.classList.contains("no-ent")) { lines.push("entity: " + el.dataset.ent); }
    if (el.dataset.claim && !document.body.classList.contains("no-claim")) { lines.push("claim: " + el.dataset.claim.replace(/\|/g, ", ")); }
    if (!lines.length) { tip.hidden = true; return; }
    tip.textContent = lines.join("\n");
    tip.style.whiteSpace = "pre-line";
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    tip.style.left = Math.min(r.left, window.innerWidth - 440) + "px";
    tip.style.top = (r.bottom + 6) + "px";
  });

  apply();
})();
