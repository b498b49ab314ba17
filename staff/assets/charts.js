// Wave staff workspace: draws a chart under every table marked data-chart, from the table's
// own rows (label cell, data-value count), with the vendored Chart.js. The numbers are the
// server's; nothing here computes them. No inline script, no other origin (see the CSP).
"use strict";

(function () {
  var print = document.getElementById("print");
  if (print) {
    print.addEventListener("click", function () {
      window.print();
    });
  }
  if (typeof Chart === "undefined") {
    return;
  }
  var tables = document.querySelectorAll("table[data-chart]");
  var drawn = 0;
  var charts = [];
  tables.forEach(function (table) {
    var labels = [];
    var values = [];
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var cells = row.querySelectorAll("td");
      if (cells.length < 2) {
        return;
      }
      labels.push(cells[0].textContent);
      values.push(Number(cells[1].getAttribute("data-value")) || 0);
    });
    if (labels.length === 0) {
      return;
    }
    var kind = table.getAttribute("data-chart") === "line" ? "line" : "bar";
    var box = document.createElement("div");
    box.className = "chart";
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", table.getAttribute("data-series") || "");
    var horizontal = kind === "bar" && labels.length > 6;
    if (horizontal) {
      box.classList.add("tall");
    }
    box.appendChild(canvas);
    table.parentNode.insertBefore(box, table);
    var chart = new Chart(canvas, {
      type: kind,
      data: {
        labels: labels,
        datasets: [{
          label: table.getAttribute("data-series") || "",
          data: values,
          backgroundColor: "#1f5fa8",
          borderColor: "#1f5fa8"
        }]
      },
      options: {
        // Drawn at once, so a printout or a PDF catches the finished chart.
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? "y" : "x",
        plugins: { legend: { display: false } },
        scales: {
          x: { ticks: { precision: 0, autoSkip: !horizontal } },
          y: { beginAtZero: !horizontal, ticks: { precision: 0, autoSkip: false } }
        }
      }
    });
    charts.push(chart);
    drawn += 1;
  });
  // A printout (or the browser's PDF) is narrower than the screen: redraw at its width.
  function refit() {
    charts.forEach(function (chart) {
      chart.resize();
    });
  }
  window.addEventListener("beforeprint", refit);
  window.addEventListener("afterprint", refit);
  if (window.matchMedia) {
    var printing = window.matchMedia("print");
    if (printing.addEventListener) {
      printing.addEventListener("change", refit);
    }
  }
  document.documentElement.setAttribute("data-charts", String(drawn));
})();
