// Wave staff workspace: the map. Country shapes come from the Natural Earth file served by the
// workspace itself (decoded by topojson-client), drawn by Leaflet with no tile layer, so the
// map works offline and asks no other server for anything. Case labels are device text and are
// only ever set as text (textContent), never as HTML.
"use strict";

(function () {
  var box = document.getElementById("map");
  if (!box || typeof L === "undefined" || typeof topojson === "undefined") {
    return;
  }
  var region = (box.getAttribute("data-region") || "").split(",");
  var fit = (box.getAttribute("data-fit") || "").split(",");
  var publicView = box.getAttribute("data-view") === "public";
  var openWord = box.getAttribute("data-open") || "";
  var casesWord = box.getAttribute("data-cases") || "";
  var map = L.map(box, { zoomSnap: 0.25, worldCopyJump: false, attributionControl: false });
  function get(url) {
    return fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
      if (!response.ok) {
        throw new Error("status " + response.status);
      }
      return response.json();
    });
  }
  // A country crossing the 180th meridian (Russia's Chukotka, Fiji, the Aleutians) would be
  // drawn as a band across the whole map: its far pieces are moved to the side where most of
  // it lies, past ±180.
  function eachPoint(coordinates, visit) {
    if (typeof coordinates[0] === "number") {
      visit(coordinates);
      return;
    }
    coordinates.forEach(function (inner) {
      eachPoint(inner, visit);
    });
  }
  function unwrap(feature) {
    var geometry = feature.geometry;
    if (!geometry) {
      return;
    }
    var west = 0;
    var east = 0;
    var min = 180;
    var max = -180;
    eachPoint(geometry.coordinates, function (point) {
      if (point[0] < 0) { west += 1; } else { east += 1; }
      min = Math.min(min, point[0]);
      max = Math.max(max, point[0]);
    });
    if (max - min <= 180) {
      return;
    }
    eachPoint(geometry.coordinates, function (point) {
      if (east >= west && point[0] < -150) {
        point[0] += 360;
      } else if (west > east && point[0] > 150) {
        point[0] -= 360;
      }
    });
  }
  function shade(count, most) {
    if (!count) {
      return "#f4f1ea";
    }
    var share = Math.sqrt(count / most);
    var light = Math.round(88 - share * 50);
    return "hsl(212, 62%, " + light + "%)";
  }
  Promise.all([get(box.getAttribute("data-world")), get(box.getAttribute("data-src"))])
    .then(function (loaded) {
      var world = loaded[0];
      var data = loaded[1];
      var counts = data.countries || {};
      var most = 1;
      Object.keys(counts).forEach(function (key) {
        most = Math.max(most, counts[key]);
      });
      var shapes = topojson.feature(world, world.objects.countries);
      // Antarctica is of no use here, and it spans every longitude.
      shapes.features = shapes.features.filter(function (feature) {
        return String(feature.id) !== "010";
      });
      shapes.features.forEach(unwrap);
      var served = [];
      var layer = L.geoJSON(shapes, {
        style: function (feature) {
          var inRegion = region.indexOf(String(feature.id)) >= 0;
          return {
            color: inRegion ? "#4b5563" : "#b8bec8",
            weight: inRegion ? 1 : 0.5,
            fillColor: publicView || !inRegion ? shade(counts[feature.id], most) : "#f4f1ea",
            fillOpacity: 1
          };
        },
        onEachFeature: function (feature, shape) {
          if (fit.indexOf(String(feature.id)) >= 0) {
            served.push(shape);
          }
          var count = counts[feature.id];
          if (count) {
            var tip = document.createElement("span");
            tip.textContent = (feature.properties && feature.properties.name ? feature.properties.name + ": " : "") + count + " " + casesWord;
            shape.bindTooltip(tip, { sticky: true });
          }
        }
      }).addTo(map);
      var bounds = served.length ? L.featureGroup(served).getBounds() : layer.getBounds();
      map.fitBounds(bounds, { padding: [10, 10] });
      if (!publicView) {
        (data.points || []).forEach(function (point) {
          var marker = L.circleMarker([point.lat, point.lon], {
            radius: 6,
            color: "#7c2d12",
            weight: 1,
            fillColor: "#ea580c",
            fillOpacity: 0.85
          }).addTo(map);
          var popup = document.createElement("div");
          var name = document.createElement("bdi");
          name.textContent = point.label;
          var link = document.createElement("a");
          // Only a path on this server, as the workspace made it.
          if (/^\/case\/[0-9a-f-]+$/.test(point.url)) {
            link.href = point.url;
          }
          link.textContent = openWord;
          popup.appendChild(name);
          popup.appendChild(document.createElement("br"));
          popup.appendChild(link);
          marker.bindPopup(popup);
        });
      }
      box.setAttribute("data-drawn", String((data.points || []).length));
    })
    .catch(function () {
      box.setAttribute("data-drawn", "error");
    });
})();
