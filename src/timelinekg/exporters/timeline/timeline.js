/* timelinekg timeline: a small canvas renderer for one self-contained page.
 *
 * The data is the JSON of `timelinekg between --format json` as tables of columns, each actor, place and
 * source once (see compact() in exporters/timeline/__init__.py).  Only what the window shows is drawn: lanes outside the
 * vertical view and events outside the time window are skipped, so 20,000 events stay fast; the density
 * strip shows the whole range.  Every text from the data reaches the page through textContent or the
 * canvas, never as HTML.
 */
(function () {
  "use strict";

  var DATA_ID = "timelinekg-data";
  var SOURCES_ID = "timelinekg-sources";

  // Large pages carry their data deflated (base64 inside the JSON element): the browser's own
  // DecompressionStream reads it back.
  function readData(id) {
    var holder = JSON.parse(document.getElementById(id).textContent);
    if (!holder.deflate) return Promise.resolve(holder);
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot unpack the page's data; please use a current browser"));
    }
    var bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(holder.deflate);
    } else {
      var text = atob(holder.deflate);
      bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text().then(JSON.parse);
  }

  readData(DATA_ID).then(main, function (error) {
    var empty = document.getElementById("empty");
    empty.textContent = "Cannot show the timeline: " + error.message;
    empty.hidden = false;
  });

  function main(doc) {
    performance.mark("timelinekg-data");
    var DAY_MS = 86400000;
    var AXIS_H = 34;
    var ROW_H = 22;
    var LANE_PAD = 6;
    var BAR_H = 10;
    var POINT_R = 5; // 3 when a day is narrower than a pixel
    var TAIL = 44; // px: the faded end drawn for an open bound
    var LABEL_GAP = 6;
    var LABEL_MAX = 440; // px: longer labels are cut with an ellipsis
    var MAX_ROWS = 6; // rows per lane; beyond that events overlap and the density strip tells the rest
    var FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
    var BOLD_FONT = "600 12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
    var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var TYPE_COLOURS = {
      election: "#8b5cf6",
      communication: "#2f7ff0",
      consultation: "#2f7ff0",
      meeting: "#0ea5a4",
      statement: "#0891b2",
      attack: "#e5484d",
      military: "#b4232c",
      "mass-violence": "#7f1d1d",
      protest: "#f59e0b",
      legal: "#64748b",
      disaster: "#a16207"
    };
    // For the other types, in order of frequency; colours of the named types are not reused while any is left.
    var PALETTE = ["#10b981", "#a855f7", "#c2410c", "#06b6d4", "#ec4899", "#84cc16", "#6366f1", "#f97316",
      "#14b8a6", "#d946ef", "#65a30d", "#0284c7", "#ca8a04", "#be185d", "#4f46e5", "#78716c"];
    var FINE = { day: 1, hour: 1, minute: 1, second: 1 };
    var KNOWN_EVENT_KEYS = { id: 1, type: 1, label: 1, earliest: 1, latest: 1, precision: 1, start: 1, end: 1,
      date_conflict: 1, actors: 1, places: 1, sources: 1 };

    var meta = doc.meta || {};

    // ---- dates: whole days since 1970-01-01 (UTC), so that arithmetic is plain numbers ----
    var dayMemo = new Map();
    function dayOf(text) {
      if (!text) return null;
      var day = dayMemo.get(text);
      if (day === undefined) {
        var parts = /^(-?\d+)(?:-(\d+))?(?:-(\d+))?/.exec(String(text)) || [0, 0, 1, 1];
        var date = new Date(0);
        date.setUTCFullYear(+parts[1], (+parts[2] || 1) - 1, +parts[3] || 1);
        day = Math.round(date.getTime() / DAY_MS);
        dayMemo.set(text, day);
      }
      return day;
    }
    function pad(n, width) {
      var s = String(n);
      while (s.length < width) s = "0" + s;
      return s;
    }
    function dateOf(day) {
      return new Date(day * DAY_MS);
    }
    function isoOf(day) {
      var d = dateOf(day);
      return pad(d.getUTCFullYear(), 4) + "-" + pad(d.getUTCMonth() + 1, 2) + "-" + pad(d.getUTCDate(), 2);
    }
    function whenText(e) {
      if (e.precision === "reported") return "reported by " + (e.latest || "?");
      var span = e.earliest && e.earliest === e.latest ? e.earliest : (e.earliest || "…") + " .. " + (e.latest || "…");
      return span + " (" + e.precision + ")";
    }

    // ---- the data: tables of columns (see compact() in __init__.py) ----
    function column(spec, length) {
      if (Array.isArray(spec)) return spec;
      var out = new Array(length);
      var i;
      if ("constant" in spec) {
        for (i = 0; i < length; i++) out[i] = spec.constant;
        return out;
      }
      for (i = 0; i < length; i++) out[i] = spec.values[spec.codes[i]];
      return out;
    }

    function table(spec) {
      spec = spec || { length: 0, columns: {} };
      var keys = Object.keys(spec.columns);
      var cols = {};
      keys.forEach(function (key) { cols[key] = column(spec.columns[key], spec.length); });
      return {
        length: spec.length,
        cols: cols,
        get: function (key) { return cols[key] || new Array(spec.length); },
        // fn of each row's value, computed once per distinct value where the column lists them.
        map: function (key, fn) {
          var source = spec.columns[key];
          var out = new Array(spec.length);
          var i;
          if (source && source.codes) {
            var mapped = source.values.map(fn);
            for (i = 0; i < spec.length; i++) out[i] = mapped[source.codes[i]];
          } else {
            var values = cols[key] || out;
            for (i = 0; i < spec.length; i++) out[i] = fn(values[i]);
          }
          return out;
        },
        row: function (i) {
          var row = {};
          for (var k = 0; k < keys.length; k++) row[keys[k]] = cols[keys[k]][i];
          return row;
        }
      };
    }

    var tables = {};
    ["events", "participants", "event_places", "actors", "places"].forEach(function (name) {
      tables[name] = table(doc[name]);
    });
    // Sources and quotes: read when the first event is opened.
    var sourcesRead = null;
    function readSources() {
      if (!sourcesRead) {
        sourcesRead = readData(SOURCES_ID).then(function (part) {
          tables.mentions = table(part.mentions);
          tables.sources = table(part.sources);
        });
      }
      return sourcesRead;
    }

    // ---- events ----
    var typeCount = {};
    var actorName = tables.actors.get("name");
    var actorKind = tables.actors.get("kind");
    var placeName = tables.places.get("name");
    var placeParent = tables.places.get("parent");
    var partActor = tables.participants.get("actor");
    var partRole = tables.participants.get("role");
    var placeOf = tables.event_places.get("place");
    var eventColumn = tables.events.get;
    var idOf = eventColumn("id");
    var typeOf = eventColumn("type");
    var labelOf = eventColumn("label");
    var precisionOf = eventColumn("precision");
    var latestOf = eventColumn("latest");
    var startOf = eventColumn("start");
    var endOf = eventColumn("end");
    var conflictOf = eventColumn("date_conflict");
    var actorCount = eventColumn("actors");
    var placeCount = eventColumn("places");
    var sourceCount = eventColumn("sources");
    var earliestDay = tables.events.map("earliest", dayOf);
    var latestDay = tables.events.map("latest", dayOf);

    // One event as the page needs it; the whole `between` record (raw) is read from the tables when asked.
    function Ev(index, participant, place, mention) {
      var lo = earliestDay[index];
      var hi = latestDay[index];
      var precision = precisionOf[index];
      var conflict = !!conflictOf[index];
      var reported = precision === "reported";
      this.index = index;
      this.id = idOf[index];
      this.type = typeOf[index];
      this.label = labelOf[index] || this.id;
      this.participants = participant; // first row in the participants table; actorCount[index] of them
      this.places = place; // first row in the event_places table
      this.mentions = mention; // first row in the mentions table
      this.lo = lo;
      this.hi = hi;
      this.openLo = lo === null;
      this.openHi = hi === null;
      // Drawn from the first to the day after the last possible day; an open side borrows the other bound.
      this.from = lo !== null ? lo : hi;
      this.to = (hi !== null ? hi : lo) + 1;
      this.known = startOf[index] && endOf[index] ? [dayOf(startOf[index]), dayOf(endOf[index]) + 1] : null;
      this.point = lo !== null && lo === hi && (FINE[precision] === 1 || !precision);
      this.reported = reported;
      this.conflict = conflict;
      this.caption = (conflict ? "! " : "") + (reported ? "reported by " + (latestOf[index] || "?") + " · " : "") +
        this.label;
      this.captionWidth = Math.min(LABEL_MAX, this.caption.length * 6.4 + 4);
      this.haystack = null; // the words the search box looks in, gathered on the first search
      this.shown = lo !== null || hi !== null;
      this.items = [];
    }
    Object.defineProperty(Ev.prototype, "raw", {
      get: function () { return tables.events.row(this.index); }
    });

    function actorsOf(ev) {
      var found = [];
      for (var k = ev.participants; k < ev.participants + actorCount[ev.index]; k++) {
        var actor = partActor[k];
        found.push({ index: actor, role: partRole[k], name: actorName[actor], kind: actorKind[actor] });
      }
      return found;
    }

    function placesOf(ev) {
      var found = [];
      for (var k = ev.places; k < ev.places + placeCount[ev.index]; k++) {
        var place = placeOf[k];
        found.push({ index: place, name: placeName[place], parent: placeParent[place] });
      }
      return found;
    }

    var events = new Array(tables.events.length);
    var nextParticipant = 0;
    var nextPlace = 0;
    var nextMention = 0;
    for (var index = 0; index < events.length; index++) {
      events[index] = new Ev(index, nextParticipant, nextPlace, nextMention);
      typeCount[typeOf[index]] = (typeCount[typeOf[index]] || 0) + 1;
      nextParticipant += actorCount[index];
      nextPlace += placeCount[index];
      nextMention += sourceCount[index];
    }
    // In date order, so that every lane's items are too.
    events.sort(function (a, b) { return a.from - b.from || a.to - b.to || a.index - b.index; });
    var undated = events.filter(function (ev) { return !ev.shown; }).length;

    var typeOrder = Object.keys(typeCount).sort(function (a, b) { return typeCount[b] - typeCount[a] || (a < b ? -1 : 1); });
    var colourOf = {};
    var spare = 0;
    typeOrder.forEach(function (type) {
      colourOf[type] = TYPE_COLOURS[type] || PALETTE[spare++ % PALETTE.length];
    });

    // ---- the range: the command's START..END, narrowed to where the events are ----
    var rangeLo = dayOf(meta.start);
    var rangeHi = dayOf(meta.end) + 1;
    var dataLo = Infinity;
    var dataHi = -Infinity;
    events.forEach(function (ev) {
      if (!ev.shown) return;
      dataLo = Math.min(dataLo, ev.from);
      dataHi = Math.max(dataHi, ev.to);
    });
    var domainLo = rangeLo !== null && !isNaN(rangeLo) ? rangeLo : dataLo;
    var domainHi = rangeHi !== null && !isNaN(rangeHi) ? rangeHi : dataHi;
    if (dataLo < Infinity) {
      domainLo = Math.max(domainLo, dataLo);
      domainHi = Math.min(domainHi, dataHi);
    }
    if (!(domainHi > domainLo)) {
      domainLo = isFinite(dataLo) ? dataLo : 0;
      domainHi = domainLo + 1;
    }
    var margin = Math.max(0.5, (domainHi - domainLo) * 0.03);
    domainLo -= margin;
    domainHi += margin;

    // ---- elements ----
    var chart = document.getElementById("chart");
    var ctx = chart.getContext("2d");
    var strip = document.getElementById("density");
    var sctx = strip.getContext("2d");
    var tip = document.getElementById("tip");
    var panel = document.getElementById("panel");
    var panelBody = document.getElementById("panel-body");
    var search = document.getElementById("search");
    var laneSelect = document.getElementById("lanes");
    var summary = document.getElementById("summary");
    var empty = document.getElementById("empty");
    document.getElementById("title").textContent = meta.title || "Timeline";

    var theme = {};
    function readTheme() {
      var style = getComputedStyle(document.documentElement);
      ["bg", "fg", "muted", "line", "grid", "lane", "accent", "conflict", "reported"].forEach(function (name) {
        theme[name] = style.getPropertyValue("--" + name).trim();
      });
      patterns = {};
    }

    // ---- state ----
    var laneMode = ["actor", "type", "place", "none"].indexOf(meta.lanes) >= 0 ? meta.lanes : "actor";
    laneSelect.value = laneMode;
    var lanes = [];
    var totalHeight = 0;
    var width = 0;
    var height = 0;
    var labelWidth = 160;
    var view0 = domainLo; // the day at the left edge of the plot
    var scale = 1; // px per day
    var layoutScale = -1;
    var scrollY = 0;
    var hovered = null;
    var selected = null;
    var drawnPool = [];
    var drawnCount = 0;
    var patterns = {};
    var query = "";
    var shownCount = 0;
    var frameRequested = false;
    var fitted = false;
    var radius = POINT_R;

    function plotWidth() {
      return Math.max(10, width - labelWidth);
    }
    function xOf(day) {
      return labelWidth + (day - view0) * scale;
    }
    function dayAt(x) {
      return view0 + (x - labelWidth) / scale;
    }

    // ---- lanes ----
    function haystack(ev) {
      var words = [ev.label];
      actorsOf(ev).forEach(function (a) { words.push(a.name); });
      placesOf(ev).forEach(function (p) { words.push(p.name); if (p.parent) words.push(p.parent); });
      return words.join(" \u0001 ").toLowerCase();
    }

    function matches(ev) {
      if (!query) return true;
      if (ev.haystack === null) ev.haystack = haystack(ev);
      var words = query.split(/\s+/);
      for (var i = 0; i < words.length; i++) if (words[i] && ev.haystack.indexOf(words[i]) < 0) return false;
      return true;
    }

    function buildLanes() {
      var byKey = new Map();
      shownCount = 0;
      function add(key, name, ev) {
        var lane = byKey.get(key);
        if (!lane) {
          lane = { key: key, name: name, items: [], rows: 1, y: 0, h: 0, reach: 0, packedAt: -1 };
          byKey.set(key, lane);
        }
        var item = { ev: ev, lane: lane, row: 0, right: 0, room: Infinity };
        lane.items.push(item);
        ev.items.push(item);
      }
      events.forEach(function (ev) {
        ev.items = [];
        if (!ev.shown || !matches(ev)) return;
        shownCount++;
        if (laneMode === "actor") {
          var actors = actorCount[ev.index];
          if (!actors) add(-1, "(no actor)", ev);
          for (var k = ev.participants; k < ev.participants + actors; k++) add(partActor[k], actorName[partActor[k]], ev);
        } else if (laneMode === "place") {
          var places = placeCount[ev.index];
          if (!places) add(-1, "(no place)", ev);
          for (var q = ev.places; q < ev.places + places; q++) add(placeOf[q], placeName[placeOf[q]], ev);
        } else if (laneMode === "type") {
          add(ev.type, ev.type, ev);
        } else {
          add(0, "All events", ev);
        }
      });
      lanes = Array.from(byKey.values());
      lanes.sort(function (a, b) {
        if ((a.key === -1) !== (b.key === -1)) return a.key === -1 ? 1 : -1; // "(no actor)" last
        return b.items.length - a.items.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      });
      lanes.forEach(function (lane) {
        // Items arrive in date order (events are sorted once, below); each lane's reach is its longest event.
        var reach = 0;
        lane.items.forEach(function (item) { reach = Math.max(reach, item.ev.to - item.ev.from); });
        lane.reach = reach;
      });
      layoutScale = -1;
      updateSummary();
    }

    // Rows within a lane at the current scale: an event goes to the first row where it and its caption fit.
    function packLane(lane) {
      lane.packedAt = scale;
      var ends = [];
      var last = [];
      var items = lane.items;
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        var ev = item.ev;
        var left = ev.from * scale - (ev.openLo ? TAIL : 0) - (ev.point ? radius : 0);
        var markRight = Math.max(ev.to * scale, ev.from * scale + 2 * radius) + (ev.openHi ? TAIL : 0);
        var right = markRight + LABEL_GAP + ev.captionWidth + 8;
        var row = -1;
        for (var r = 0; r < ends.length; r++) {
          if (ends[r] <= left) { row = r; break; }
        }
        if (row < 0) {
          if (ends.length < MAX_ROWS) {
            row = ends.length;
            ends.push(-Infinity);
            last.push(null);
          } else {
            row = 0;
            for (r = 1; r < ends.length; r++) if (ends[r] < ends[row]) row = r;
          }
        }
        var previous = last[row];
        if (previous) previous.room = Math.min(previous.room, left - previous.right - LABEL_GAP);
        item.row = row;
        item.right = markRight;
        // An event pushed onto a full row overlaps what is there: it gets no caption to print over it.
        item.room = ends[row] > left ? -Infinity : Infinity;
        ends[row] = Math.max(ends[row], right);
        last[row] = item;
      }
      lane.rows = Math.max(1, ends.length);
      lane.h = lane.rows * ROW_H + 2 * LANE_PAD;
    }

    // Lanes from the top down to the bottom of the window are packed at the current scale; those below
    // keep the height they had (one row until first seen) until they scroll into view.
    function pack() {
      if (layoutScale !== scale) {
        layoutScale = scale;
        radius = scale < 1 ? 3 : POINT_R;
      }
      var y = 0;
      var bottom = scrollY + height - AXIS_H;
      for (var l = 0; l < lanes.length; l++) {
        var lane = lanes[l];
        if (y <= bottom && lane.packedAt !== scale) packLane(lane);
        if (!lane.h) lane.h = ROW_H + 2 * LANE_PAD;
        lane.y = y;
        y += lane.h;
      }
      totalHeight = y;
      clampScroll();
    }

    function clampScroll() {
      scrollY = Math.max(0, Math.min(scrollY, totalHeight - (height - AXIS_H) + 8));
      if (totalHeight <= height - AXIS_H) scrollY = 0;
    }

    // ---- drawing ----
    function hatch(colour) {
      if (patterns[colour]) return patterns[colour];
      var tile = document.createElement("canvas");
      tile.width = tile.height = 6;
      var t = tile.getContext("2d");
      t.fillStyle = colour;
      t.globalAlpha = 0.22;
      t.fillRect(0, 0, 6, 6);
      t.globalAlpha = 0.85;
      t.strokeStyle = colour;
      t.lineWidth = 1.4;
      t.beginPath();
      t.moveTo(-1, 7);
      t.lineTo(7, -1);
      t.moveTo(-1, 1);
      t.lineTo(1, -1);
      t.moveTo(5, 7);
      t.lineTo(7, 5);
      t.stroke();
      patterns[colour] = ctx.createPattern(tile, "repeat");
      return patterns[colour];
    }

    function fade(x, y, length, colour) {
      // An open bound: the bar fades out over TAIL px towards the side nobody knows.
      var gradient = ctx.createLinearGradient(x, 0, x + length, 0);
      gradient.addColorStop(0, colour);
      gradient.addColorStop(1, "rgba(128,128,128,0)");
      ctx.fillStyle = gradient;
      ctx.globalAlpha = 0.55;
      ctx.fillRect(Math.min(x, x + length), y - BAR_H / 2 + 2, Math.abs(length), BAR_H - 4);
      ctx.globalAlpha = 1;
    }

    function fitText(text, room) {
      if (ctx.measureText(text).width <= room) return text;
      var lo = 0;
      var hi = text.length;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (ctx.measureText(text.slice(0, mid) + "…").width <= room) lo = mid;
        else hi = mid - 1;
      }
      return lo > 0 ? text.slice(0, lo) + "…" : "";
    }

    // Marks of one frame are gathered and painted together: points by colour in one path each, captions
    // after all marks, so that thousands of events cost a few fills.
    var frame = null;

    function newFrame() {
      frame = { points: new Map(), bars: new Map(), captions: [] };
    }

    function pathOf(paths, colour) {
      var path = paths.get(colour);
      if (!path) paths.set(colour, (path = new Path2D()));
      return path;
    }

    function paintFrame() {
      ctx.lineWidth = 1;
      frame.bars.forEach(function (path, colour) {
        ctx.fillStyle = hatch(colour);
        ctx.fill(path);
        ctx.strokeStyle = colour;
        ctx.stroke(path);
      });
      frame.points.forEach(function (path, colour) {
        ctx.fillStyle = colour;
        ctx.fill(path);
      });
      frame.captions.forEach(function (caption) {
        ctx.fillStyle = caption[3];
        ctx.fillText(caption[0], caption[1], caption[2]);
      });
    }

    function captionFor(ev, room) {
      // Measured once per event, and cut again only when the room changes.
      if (ev.captionPx === undefined) ev.captionPx = ctx.measureText(ev.caption).width;
      if (ev.captionPx <= room) return [ev.caption, ev.captionPx];
      if (ev.cutRoom !== Math.floor(room)) {
        ev.cutRoom = Math.floor(room);
        ev.cut = fitText(ev.caption, room);
        ev.cutPx = ctx.measureText(ev.cut).width;
      }
      return [ev.cut, ev.cutPx];
    }

    function drawItem(item, top, lastPoint) {
      var ev = item.ev;
      var colour = colourOf[ev.type];
      var cy = top + LANE_PAD + item.row * ROW_H + ROW_H / 2;
      var x0 = xOf(ev.from);
      var x1 = xOf(ev.to);
      var left;
      var right;
      if (ev.point) {
        var cx = (x0 + x1) / 2;
        // Zoomed out, many points of a row fall on the same pixel: one of them is enough.
        if (item.room < 56 && Math.abs(cx - lastPoint[item.row]) < radius * 0.6 && !ev.conflict) return;
        lastPoint[item.row] = cx;
        var path = pathOf(frame.points, colour);
        path.moveTo(cx + radius, cy);
        path.arc(cx, cy, radius, 0, 2 * Math.PI);
        left = cx - radius;
        right = cx + radius;
      } else if (ev.reported) {
        // Bounded only by the report: a bracket at the report day, fading into the unknown before it.
        fade(x1, cy, -TAIL, colour);
        ctx.fillStyle = theme.reported;
        ctx.fillRect(x1 - 3, cy - 7, 3, 14);
        ctx.fillRect(x1 - 8, cy - 7, 8, 2);
        ctx.fillRect(x1 - 8, cy + 5, 8, 2);
        left = x1 - TAIL;
        right = x1;
      } else {
        // Hatched where the event may have happened, solid where it is known to have lasted.
        var w = Math.max(3, x1 - x0);
        pathOf(frame.bars, colour).rect(x0 + 0.5, cy - BAR_H / 2 + 0.5, w - 1, BAR_H - 1);
        if (ev.known) {
          var k0 = xOf(ev.known[0]);
          pathOf(frame.points, colour).rect(k0, cy - BAR_H / 2, Math.max(2, xOf(ev.known[1]) - k0), BAR_H);
        }
        left = x0;
        right = x0 + w;
        if (ev.openLo) {
          fade(x0, cy, -TAIL, colour);
          left -= TAIL;
        }
        if (ev.openHi) {
          fade(x0 + w, cy, TAIL, colour);
          right += TAIL;
        }
      }
      if (ev.conflict) {
        ctx.strokeStyle = theme.conflict;
        ctx.lineWidth = 2;
        ctx.setLineDash([3, 2]);
        ctx.strokeRect(left - 3, cy - BAR_H / 2 - 3, right - left + 6, BAR_H + 6);
        ctx.setLineDash([]);
      }
      var textRight = right;
      var room = Math.min(item.room, LABEL_MAX);
      if (room > 56) {
        var caption = captionFor(ev, room);
        if (caption[0]) {
          frame.captions.push([caption[0], right + LABEL_GAP, cy + 0.5, ev.conflict ? theme.conflict : theme.fg]);
          textRight = right + LABEL_GAP + caption[1];
        }
      }
      // Where each mark is, for hovering and clicking; the records are reused from frame to frame.
      var mark = drawnPool[drawnCount];
      if (!mark) drawnPool[drawnCount] = mark = {};
      drawnCount++;
      mark.item = item;
      mark.x = left;
      mark.y = cy - ROW_H / 2;
      mark.w = Math.max(textRight, right) - left;
      mark.h = ROW_H;
      mark.cx = (left + right) / 2;
      mark.cy = cy;
    }

    function lowerBound(items, day) {
      var lo = 0;
      var hi = items.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (items[mid].ev.from < day) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }

    function draw() {
      frameRequested = false;
      pack();
      ctx.setTransform(window.devicePixelRatio || 1, 0, 0, window.devicePixelRatio || 1, 0, 0);
      ctx.fillStyle = theme.bg;
      ctx.fillRect(0, 0, width, height);
      ctx.font = FONT;
      ctx.textBaseline = "middle";
      drawnCount = 0;
      var dayLeft = dayAt(labelWidth);
      var dayRight = dayAt(width);
      var ticks = axisTicks(dayLeft, dayRight);

      // Lanes in view: backgrounds, then the grid, then the events.
      var visible = [];
      for (var l = 0; l < lanes.length; l++) {
        var lane = lanes[l];
        var top = AXIS_H + lane.y - scrollY;
        if (top + lane.h < AXIS_H) continue;
        if (top > height) break;
        visible.push([lane, top, l]);
        if (l % 2 === 1) {
          ctx.fillStyle = theme.lane;
          ctx.fillRect(0, top, width, lane.h);
        }
      }
      // Outside the asked range: shaded, for events that reach beyond it.
      ctx.fillStyle = theme.grid;
      ctx.globalAlpha = 0.7;
      if (rangeLo > dayLeft) ctx.fillRect(labelWidth, AXIS_H, Math.min(width, xOf(rangeLo)) - labelWidth, height);
      if (rangeHi < dayRight) ctx.fillRect(Math.max(labelWidth, xOf(rangeHi)), AXIS_H, width, height);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = theme.line;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ticks.forEach(function (tick) {
        var x = Math.round(xOf(tick.day)) + 0.5;
        ctx.moveTo(x, AXIS_H);
        ctx.lineTo(x, height);
      });
      ctx.stroke();

      ctx.save();
      ctx.beginPath();
      ctx.rect(labelWidth, AXIS_H, width - labelWidth, height - AXIS_H);
      ctx.clip();
      var slack = (TAIL + LABEL_MAX + 2 * LABEL_GAP) / scale;
      newFrame();
      visible.forEach(function (entry) {
        var lane = entry[0];
        var items = lane.items;
        var lastPoint = [];
        for (var i = lowerBound(items, dayLeft - lane.reach - slack); i < items.length; i++) {
          var item = items[i];
          if (item.ev.from > dayRight + TAIL / scale) break;
          drawItem(item, entry[1], lastPoint);
        }
      });
      paintFrame();
      drawLinks();
      ctx.restore();

      // Lane names, over anything that runs under them.
      ctx.fillStyle = theme.bg;
      ctx.fillRect(0, AXIS_H, labelWidth, height);
      visible.forEach(function (entry) {
        var lane = entry[0];
        var top = entry[1];
        if (entry[2] % 2 === 1) {
          ctx.fillStyle = theme.lane;
          ctx.fillRect(0, top, labelWidth, lane.h);
        }
        ctx.font = BOLD_FONT;
        ctx.fillStyle = theme.fg;
        var count = String(lane.items.length);
        ctx.font = FONT;
        var countWidth = ctx.measureText(count).width;
        ctx.font = BOLD_FONT;
        ctx.fillText(fitText(lane.name, labelWidth - 24 - countWidth), 12, top + LANE_PAD + ROW_H / 2);
        ctx.font = FONT;
        ctx.fillStyle = theme.muted;
        ctx.fillText(count, labelWidth - 8 - countWidth, top + LANE_PAD + ROW_H / 2);
        ctx.fillStyle = theme.line;
        ctx.fillRect(0, top + lane.h - 1, width, 1);
      });
      ctx.fillStyle = theme.line;
      ctx.fillRect(labelWidth - 1, AXIS_H, 1, height);
      drawAxis(ticks);
      drawScrollbar();
      drawDensity();
      empty.hidden = shownCount > 0;
    }

    function drawLinks() {
      // The same event in several lanes: a line joins its marks, and each mark is ringed.
      [selected, hovered].forEach(function (ev, which) {
        if (!ev) return;
        var marks = drawnPool.slice(0, drawnCount).filter(function (d) { return d.item.ev === ev; });
        if (!marks.length) return;
        ctx.strokeStyle = theme.accent;
        ctx.lineWidth = which === 0 ? 2 : 1.5;
        if (marks.length > 1) {
          ctx.setLineDash([4, 3]);
          ctx.beginPath();
          for (var i = 1; i < marks.length; i++) {
            ctx.moveTo(marks[i - 1].cx, marks[i - 1].cy);
            ctx.lineTo(marks[i].cx, marks[i].cy);
          }
          ctx.stroke();
          ctx.setLineDash([]);
        }
        marks.forEach(function (m) {
          ctx.beginPath();
          ctx.roundRect ? ctx.roundRect(m.x - 4, m.y + 2, m.w + 8, m.h - 4, 6) : ctx.rect(m.x - 4, m.y + 2, m.w + 8, m.h - 4);
          ctx.stroke();
        });
      });
    }

    function drawScrollbar() {
      var viewH = height - AXIS_H;
      if (totalHeight <= viewH) return;
      var barH = Math.max(24, viewH * viewH / totalHeight);
      var barY = AXIS_H + (viewH - barH) * (scrollY / (totalHeight - viewH + 8));
      ctx.fillStyle = theme.muted;
      ctx.globalAlpha = 0.45;
      ctx.fillRect(width - 6, barY, 4, barH);
      ctx.globalAlpha = 1;
    }

    // ---- the axis ----
    var STEPS = [[1, "d"], [2, "d"], [7, "d"], [14, "d"], [1, "m"], [2, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"],
      [5, "y"], [10, "y"], [20, "y"], [50, "y"], [100, "y"], [250, "y"], [500, "y"], [1000, "y"]];
    var UNIT_DAYS = { d: 1, m: 30.44, y: 365.25 };

    function axisTicks(dayLeft, dayRight) {
      var step = STEPS[STEPS.length - 1];
      for (var s = 0; s < STEPS.length; s++) {
        if (STEPS[s][0] * UNIT_DAYS[STEPS[s][1]] * scale >= 84) { step = STEPS[s]; break; }
      }
      var n = step[0];
      var unit = step[1];
      var ticks = [];
      var first = dateOf(Math.floor(dayLeft));
      var day;
      if (unit === "d") {
        // Weeks start on Monday; 1970-01-05 was one.
        var origin = n === 7 || n === 14 ? 4 : 0;
        day = Math.ceil((dayLeft - origin) / n) * n + origin;
        for (; day <= dayRight && ticks.length < 400; day += n) ticks.push({ day: day, unit: unit });
      } else if (unit === "m") {
        var y = first.getUTCFullYear();
        var m = Math.floor(first.getUTCMonth() / n) * n;
        for (var guard = 0; guard < 400; guard++) {
          var d = new Date(0);
          d.setUTCFullYear(y, m, 1);
          day = Math.round(d.getTime() / DAY_MS);
          if (day > dayRight) break;
          if (day >= dayLeft) ticks.push({ day: day, unit: unit });
          m += n;
          if (m >= 12) { y += Math.floor(m / 12); m %= 12; }
        }
      } else {
        var year = Math.floor(first.getUTCFullYear() / n) * n;
        for (var g = 0; g < 400; g++, year += n) {
          var date = new Date(0);
          date.setUTCFullYear(year, 0, 1);
          day = Math.round(date.getTime() / DAY_MS);
          if (day > dayRight) break;
          if (day >= dayLeft) ticks.push({ day: day, unit: unit });
        }
      }
      return ticks;
    }

    function tickLabel(tick, index) {
      var d = dateOf(tick.day);
      if (tick.unit === "y") return String(d.getUTCFullYear());
      if (tick.unit === "m") return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
      var text = d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
      return index === 0 || d.getUTCDate() <= tick.step || d.getUTCMonth() === 0 && d.getUTCDate() === 1
        ? text + " " + d.getUTCFullYear()
        : text;
    }

    function drawAxis(ticks) {
      ctx.fillStyle = theme.bg;
      ctx.fillRect(0, 0, width, AXIS_H);
      ctx.fillStyle = theme.line;
      ctx.fillRect(0, AXIS_H - 1, width, 1);
      ctx.font = FONT;
      ctx.textBaseline = "middle";
      var dayWide = ticks.length && ticks[0].unit === "d" && scale >= 60;
      var lastRight = -Infinity;
      ticks.forEach(function (tick, index) {
        tick.step = ticks.length > 1 ? ticks[1].day - ticks[0].day : 1;
        var text = tickLabel(tick, index);
        // Day ticks wide enough are labelled in the middle of their day, others at their start.
        var x = dayWide ? xOf(tick.day + 0.5) - ctx.measureText(text).width / 2 : xOf(tick.day) + 4;
        if (x < labelWidth + 2 || x < lastRight + 8) return;
        ctx.fillStyle = theme.fg;
        ctx.fillText(text, x, AXIS_H / 2);
        lastRight = x + ctx.measureText(text).width;
      });
      ctx.fillStyle = theme.muted;
      ctx.fillText(laneMode === "none" ? "" : "by " + laneMode, 12, AXIS_H / 2);
    }

    // ---- the density strip: events per day over the whole range ----
    var density = null;
    function buildDensity() {
      var lo = Math.floor(domainLo);
      var days = Math.ceil(domainHi) - lo + 1;
      var perDay = new Float64Array(days + 1);
      events.forEach(function (ev) {
        if (!ev.items.length) return;
        // An event that may have happened on any of n days adds 1/n to each, so the strip sums to the events.
        var a = Math.max(lo, Math.floor(ev.from));
        var b = Math.min(lo + days, Math.ceil(ev.to));
        if (b <= a) return;
        var weight = 1 / (ev.to - ev.from);
        perDay[a - lo] += weight;
        perDay[b - lo] -= weight;
      });
      var prefix = new Float64Array(days + 1);
      var running = 0;
      var total = 0;
      for (var i = 0; i < days; i++) {
        running += perDay[i];
        total += running;
        prefix[i + 1] = total;
      }
      density = { lo: lo, days: days, prefix: prefix };
    }

    function drawDensity() {
      var w = strip.clientWidth;
      var h = strip.clientHeight;
      var ratio = window.devicePixelRatio || 1;
      sctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      sctx.clearRect(0, 0, w, h);
      if (!density || w < 2) return;
      var span = domainHi - domainLo;
      var columns = Math.max(1, Math.floor(w / 2));
      var values = new Float64Array(columns);
      var peak = 0;
      function sumTo(day) {
        var index = Math.max(0, Math.min(density.days, day - density.lo));
        var whole = Math.floor(index);
        var below = density.prefix[whole];
        if (whole < density.days) below += (index - whole) * (density.prefix[whole + 1] - density.prefix[whole]);
        return below;
      }
      for (var c = 0; c < columns; c++) {
        var a = domainLo + (c / columns) * span;
        var b = domainLo + ((c + 1) / columns) * span;
        values[c] = (sumTo(b) - sumTo(a)) / (b - a);
        peak = Math.max(peak, values[c]);
      }
      var base = h - 12;
      sctx.fillStyle = theme.lane;
      sctx.fillRect(0, 0, w, base);
      sctx.fillStyle = theme.accent;
      sctx.globalAlpha = 0.75;
      for (c = 0; c < columns; c++) {
        if (!values[c]) continue;
        var barH = Math.max(1, (values[c] / peak) * (base - 3));
        sctx.fillRect((c * w) / columns, base - barH, Math.max(1, w / columns - 0.5), barH);
      }
      sctx.globalAlpha = 1;
      // The window the chart shows.
      var v0 = ((dayAt(labelWidth) - domainLo) / span) * w;
      var v1 = ((dayAt(width) - domainLo) / span) * w;
      sctx.fillStyle = theme.accent;
      sctx.globalAlpha = 0.1;
      sctx.fillRect(v0, 0, Math.max(2, v1 - v0), base);
      sctx.globalAlpha = 1;
      sctx.strokeStyle = theme.accent;
      sctx.lineWidth = 1.5;
      sctx.strokeRect(Math.round(v0) + 0.5, 0.5, Math.max(2, Math.round(v1 - v0)), base - 1);
      sctx.font = "11px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
      sctx.textBaseline = "bottom";
      sctx.fillStyle = theme.muted;
      var startText = isoOf(Math.ceil(domainLo));
      var endText = isoOf(Math.floor(domainHi) - 1);
      sctx.fillText(startText, 0, h);
      sctx.fillText(endText, w - sctx.measureText(endText).width, h);
      var peakText = "busiest: " + (peak >= 10 ? Math.round(peak) : peak.toFixed(1)) + " events/day";
      sctx.fillText(peakText, (w - sctx.measureText(peakText).width) / 2, h);
    }

    // ---- summary, legend ----
    function updateSummary() {
      var filters = meta.filters || {};
      var said = Object.keys(filters).map(function (key) { return key + " " + filters[key]; });
      var parts = [
        (shownCount === events.length - undated ? shownCount : shownCount + " of " + (events.length - undated)) + " events",
        (meta.start || "") + " .. " + (meta.end || "")
      ];
      if (said.length) parts.push(said.join(", "));
      if (undated) parts.push(undated + " without any date not drawn");
      summary.textContent = parts.join(" · ");
    }

    function buildLegend() {
      var legend = document.getElementById("legend");
      legend.textContent = "";
      typeOrder.slice(0, 12).forEach(function (type) {
        var li = document.createElement("li");
        var swatch = document.createElement("span");
        swatch.className = "swatch";
        swatch.style.background = colourOf[type];
        li.appendChild(swatch);
        li.appendChild(document.createTextNode(type));
        legend.appendChild(li);
      });
      [["●", "exact day"], ["▨", "uncertain span"], ["⟜", "fades: open bound"], ["]", "reported by (no earlier date)"],
        ["⬚", "conflicting reports"]].forEach(function (entry) {
        var li = document.createElement("li");
        li.className = "key";
        var mark = document.createElement("span");
        mark.className = "mark";
        mark.textContent = entry[0];
        if (entry[1] === "conflicting reports") mark.style.color = theme.conflict;
        li.appendChild(mark);
        li.appendChild(document.createTextNode(entry[1]));
        legend.appendChild(li);
      });
    }

    // ---- hover and the panel ----
    function hit(x, y) {
      if (x < labelWidth || y < AXIS_H) return null;
      for (var i = drawnCount - 1; i >= 0; i--) {
        var d = drawnPool[i];
        if (x >= d.x - 3 && x <= d.x + d.w + 3 && y >= d.y && y <= d.y + d.h) return d.item.ev;
      }
      return null;
    }

    function showTip(ev, x, y) {
      if (!ev) {
        tip.hidden = true;
        return;
      }
      tip.textContent = "";
      var title = document.createElement("strong");
      title.textContent = ev.label;
      var when = document.createElement("div");
      when.className = "when";
      when.textContent = whenText(ev.raw);
      var type = document.createElement("div");
      type.textContent = ev.type + (ev.conflict ? " · conflicting reports" : "");
      tip.appendChild(title);
      tip.appendChild(when);
      tip.appendChild(type);
      tip.hidden = false;
      var box = chart.getBoundingClientRect();
      var left = Math.min(x + 14, box.width - tip.offsetWidth - 6);
      var top = y + 16 + tip.offsetHeight > box.height ? y - tip.offsetHeight - 10 : y + 16;
      tip.style.left = Math.max(4, left) + "px";
      tip.style.top = Math.max(4, top) + "px";
    }

    function element(tag, className, text) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined && text !== null) node.textContent = String(text);
      return node;
    }

    function row(list, name, value) {
      list.appendChild(element("dt", null, name));
      list.appendChild(element("dd", null, value));
    }

    function sourceBox(source) {
      var box = element("div", "source");
      box.appendChild(element("div", "title", source.title || source.id));
      var by = [source.publisher, source.published ? "published " + source.published : "undated"].filter(Boolean);
      box.appendChild(element("div", "meta", by.join(" · ")));
      if (source.url) {
        // Only web links become links: a "javascript:" or "data:" URL stays text.
        if (/^https?:\/\//i.test(source.url)) {
          var link = element("a", null, source.url);
          link.href = source.url;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          box.appendChild(link);
        } else {
          box.appendChild(element("div", "meta", source.url));
        }
      }
      return box;
    }

    function openPanel(ev) {
      var e = ev.raw;
      panelBody.textContent = "";
      panelBody.appendChild(element("h2", null, e.label || e.id));
      if (e.date_conflict) {
        panelBody.appendChild(element("p", "flag", "Conflicting reports: the sources claim different dates."));
      }
      if (ev.reported) {
        panelBody.appendChild(element("p", "flag reported", "Dated only by its report: it happened by " + e.latest + "."));
      }
      var facts = element("dl");
      row(facts, "type", e.type);
      row(facts, "when", (e.earliest || "?") + " .. " + (e.latest || "?"));
      row(facts, "precision", e.precision);
      if (e.start || e.end) row(facts, "lasting", (e.start || "?") + " .. " + (e.end || "?"));
      row(facts, "id", e.id);
      Object.keys(e).forEach(function (key) {
        var value = e[key];
        if (KNOWN_EVENT_KEYS[key] || value === null || value === undefined || value === false) return;
        if (typeof value === "object" && !Object.keys(value).length) return;
        row(facts, key.replace(/_/g, " "), typeof value === "object" ? JSON.stringify(value) : value);
      });
      panelBody.appendChild(facts);
      var actors = actorsOf(ev);
      var places = placesOf(ev);
      if (actors.length) {
        panelBody.appendChild(element("h3", null, "Actors"));
        var actorList = element("ul");
        actors.forEach(function (a) {
          actorList.appendChild(element("li", null, a.name + " (" + a.role + (a.kind ? ", " + a.kind : "") + ")"));
        });
        panelBody.appendChild(actorList);
      }
      if (places.length) {
        panelBody.appendChild(element("h3", null, "Places"));
        var placeList = element("ul");
        places.forEach(function (p) {
          placeList.appendChild(element("li", null, p.name + (p.parent ? ", " + p.parent : "")));
        });
        panelBody.appendChild(placeList);
      }
      // Every mention, its source's title, publisher, date and link written once above its quotes.
      var mentions = [];
      for (var m = ev.mentions; m < ev.mentions + sourceCount[ev.index]; m++) mentions.push(tables.mentions.row(m));
      var distinctSources = new Set(mentions.map(function (mention) { return mention.source; })).size;
      var heading = distinctSources === 1 ? "1 source" : distinctSources + " sources";
      if (mentions.length !== distinctSources) heading += ", " + mentions.length + " quotes";
      panelBody.appendChild(element("h3", null, heading));
      var box = null;
      var boxSource = null;
      mentions.forEach(function (mention) {
        if (!box || boxSource !== mention.source) {
          boxSource = mention.source;
          box = sourceBox(tables.sources.row(mention.source));
          panelBody.appendChild(box);
        }
        if (mention.quote) box.appendChild(element("blockquote", null, "“" + mention.quote + "”"));
        var claimedFrom = mention.claimed_earliest || null;
        var claimedTo = mention.claimed_latest || null;
        if ((claimedFrom || claimedTo) && (claimedFrom !== (e.earliest || null) || claimedTo !== (e.latest || null))) {
          var claim = claimedFrom === claimedTo ? claimedFrom : (claimedFrom || "?") + " .. " + (claimedTo || "?");
          box.appendChild(element("div", "claim", "this quote claims " + claim));
        }
        if (mention.start !== null && mention.start !== undefined) {
          box.appendChild(element("div", "meta", "at characters " + mention.start + ".." + mention.end));
        }
      });
      panel.hidden = false;
    }

    function select(ev) {
      selected = ev;
      if (ev) {
        readSources().then(function () {
          if (selected === ev) {
            openPanel(ev);
            panel.dataset.event = ev.id;
          }
        }).catch(function (error) {
          panelBody.textContent = "Cannot show this event: " + error.message;
          panel.hidden = false;
        });
      } else {
        panel.hidden = true;
      }
      invalidate();
    }

    // ---- view changes ----
    function invalidate() {
      if (frameRequested) return;
      frameRequested = true;
      requestAnimationFrame(draw);
    }

    function fit() {
      // Room on the right for the captions of the last events.
      var room = shownCount <= 400 ? Math.min(LABEL_MAX, plotWidth() * 0.22) : 0;
      scale = Math.max(1e-6, (plotWidth() - room) / (domainHi - domainLo));
      view0 = domainLo;
      invalidate();
    }

    function zoomAt(factor, x) {
      var minScale = plotWidth() / ((domainHi - domainLo) * 4);
      var maxScale = plotWidth() / 0.25;
      var anchor = dayAt(x);
      scale = Math.max(minScale, Math.min(maxScale, scale * factor));
      view0 = anchor - (x - labelWidth) / scale;
      invalidate();
    }

    function panBy(dx) {
      view0 -= dx / scale;
      invalidate();
    }

    function resize() {
      var ratio = window.devicePixelRatio || 1;
      var oldPlot = plotWidth();
      width = chart.clientWidth;
      height = chart.clientHeight;
      labelWidth = Math.round(Math.max(96, Math.min(200, width * 0.16)));
      chart.width = Math.round(width * ratio);
      chart.height = Math.round(height * ratio);
      strip.width = Math.round(strip.clientWidth * ratio);
      strip.height = Math.round(strip.clientHeight * ratio);
      if (!fitted) {
        fitted = true;
        fit();
      } else {
        scale *= plotWidth() / oldPlot; // keep the same days in view
      }
      clampScroll();
      invalidate();
    }

    // ---- input ----
    var pointers = new Map();
    var gesture = null;

    function localPoint(event) {
      var box = chart.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    chart.addEventListener("wheel", function (event) {
      event.preventDefault();
      var p = localPoint(event);
      var unit = event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? height : 1;
      var dx = event.deltaX * unit;
      var dy = event.deltaY * unit;
      if (p.x < labelWidth) {
        scrollY += dy;
        clampScroll();
        invalidate();
      } else if (event.shiftKey || Math.abs(dx) > Math.abs(dy)) {
        panBy(-(Math.abs(dx) > Math.abs(dy) ? dx : dy));
      } else {
        zoomAt(Math.exp(-dy * 0.0018), p.x);
      }
    }, { passive: false });

    chart.addEventListener("pointerdown", function (event) {
      chart.setPointerCapture(event.pointerId);
      var p = localPoint(event);
      pointers.set(event.pointerId, p);
      if (pointers.size === 1) {
        gesture = { x: p.x, y: p.y, view0: view0, scrollY: scrollY, moved: false };
      } else if (pointers.size === 2) {
        var pair = Array.from(pointers.values());
        gesture = { pinch: Math.abs(pair[0].x - pair[1].x) || 1, moved: true };
      }
    });

    chart.addEventListener("pointermove", function (event) {
      var p = localPoint(event);
      if (!pointers.has(event.pointerId)) {
        var ev = hit(p.x, p.y);
        if (ev !== hovered) {
          hovered = ev;
          chart.classList.toggle("pointing", !!ev);
          invalidate();
        }
        showTip(ev, p.x, p.y);
        return;
      }
      pointers.set(event.pointerId, p);
      if (!gesture) return;
      if (pointers.size === 2 && gesture.pinch) {
        var pair = Array.from(pointers.values());
        var distance = Math.abs(pair[0].x - pair[1].x) || 1;
        zoomAt(distance / gesture.pinch, (pair[0].x + pair[1].x) / 2);
        gesture.pinch = distance;
        return;
      }
      if (!gesture.moved && Math.abs(p.x - gesture.x) + Math.abs(p.y - gesture.y) < 5) return;
      gesture.moved = true;
      chart.classList.add("dragging");
      tip.hidden = true;
      view0 = gesture.view0 - (p.x - gesture.x) / scale;
      scrollY = gesture.scrollY - (p.y - gesture.y);
      clampScroll();
      invalidate();
    });

    function release(event) {
      var p = localPoint(event);
      pointers.delete(event.pointerId);
      chart.classList.remove("dragging");
      if (gesture && !gesture.moved && pointers.size === 0) select(hit(p.x, p.y));
      if (pointers.size === 0) gesture = null;
    }
    chart.addEventListener("pointerup", release);
    chart.addEventListener("pointercancel", function (event) {
      pointers.delete(event.pointerId);
      gesture = null;
    });
    chart.addEventListener("pointerleave", function () {
      if (hovered) {
        hovered = null;
        invalidate();
      }
      tip.hidden = true;
    });

    chart.addEventListener("keydown", function (event) {
      var mid = labelWidth + plotWidth() / 2;
      var handled = true;
      if (event.key === "+" || event.key === "=") zoomAt(1.5, mid);
      else if (event.key === "-" || event.key === "_") zoomAt(1 / 1.5, mid);
      else if (event.key === "ArrowLeft") panBy(plotWidth() / 5);
      else if (event.key === "ArrowRight") panBy(-plotWidth() / 5);
      else if (event.key === "ArrowDown" || event.key === "PageDown") scrollY += event.key === "PageDown" ? height / 2 : ROW_H * 2;
      else if (event.key === "ArrowUp" || event.key === "PageUp") scrollY -= event.key === "PageUp" ? height / 2 : ROW_H * 2;
      else if (event.key === "0") fit();
      else if (event.key === "Escape") select(null);
      else handled = false;
      if (handled) {
        event.preventDefault();
        clampScroll();
        invalidate();
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) select(null);
    });

    function button(id, action) {
      document.getElementById(id).addEventListener("click", action);
    }
    button("zoom-in", function () { zoomAt(1.6, labelWidth + plotWidth() / 2); });
    button("zoom-out", function () { zoomAt(1 / 1.6, labelWidth + plotWidth() / 2); });
    button("pan-left", function () { panBy(plotWidth() / 3); });
    button("pan-right", function () { panBy(-plotWidth() / 3); });
    button("fit", fit);
    button("panel-close", function () { select(null); });

    function moveViewTo(event) {
      var box = strip.getBoundingClientRect();
      var day = domainLo + ((event.clientX - box.left) / box.width) * (domainHi - domainLo);
      view0 = day - plotWidth() / scale / 2;
      invalidate();
    }
    var stripDragging = false;
    strip.addEventListener("pointerdown", function (event) {
      stripDragging = true;
      strip.setPointerCapture(event.pointerId);
      moveViewTo(event);
    });
    strip.addEventListener("pointermove", function (event) {
      if (stripDragging) moveViewTo(event);
    });
    strip.addEventListener("pointerup", function () { stripDragging = false; });

    var searchTimer = 0;
    search.addEventListener("input", function () {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(function () {
        query = search.value.trim().toLowerCase();
        relayout();
      }, 120);
    });
    laneSelect.addEventListener("change", function () {
      laneMode = laneSelect.value;
      scrollY = 0;
      relayout();
    });

    function relayout() {
      buildLanes();
      buildDensity();
      if (selected && !selected.items.length) select(null);
      invalidate();
    }

    if (window.matchMedia) {
      var scheme = window.matchMedia("(prefers-color-scheme: dark)");
      var onScheme = function () {
        readTheme();
        buildLegend();
        invalidate();
      };
      if (scheme.addEventListener) scheme.addEventListener("change", onScheme);
    }
    if (window.ResizeObserver) new ResizeObserver(function () { resize(); }).observe(chart);
    else window.addEventListener("resize", resize);

    // ---- start ----
    performance.mark("timelinekg-events");
    readTheme();
    buildLegend();
    buildLanes();
    performance.mark("timelinekg-lanes");
    buildDensity();
    resize();
    pack();
    performance.mark("timelinekg-packed");
    draw();
    performance.mark("timelinekg-ready");

    function markKind(ev) {
      if (ev.point) return "point";
      if (ev.reported) return "reported";
      return ev.known ? "lasting" : "uncertain";
    }

    // For tests, benchmarks and the curious: what is drawn where, and the moves a reader makes.
    window.timelinekg = {
      ready: true,
      events: events.length,
      drawn: function () {
        return drawnPool.slice(0, drawnCount).map(function (d) {
          var e = d.item.ev.raw;
          return { id: e.id, label: e.label, lane: d.item.lane.name, earliest: e.earliest, latest: e.latest,
            x: d.x, y: d.y, w: d.w, h: d.h, cx: d.cx, cy: d.cy, kind: markKind(d.item.ev),
            openStart: d.item.ev.openLo, openEnd: d.item.ev.openHi, conflict: d.item.ev.conflict,
            dayLeft: xOf(d.item.ev.from), dayRight: xOf(d.item.ev.to) };
        });
      },
      xOfDate: function (text) { return xOf(dayOf(text)); },
      view: function () { return { start: isoOf(Math.floor(dayAt(labelWidth))), end: isoOf(Math.floor(dayAt(width))) }; },
      zoom: function (factor) { zoomAt(factor, labelWidth + plotWidth() / 2); },
      shown: function () { return panel.hidden || !selected ? null : panel.dataset.event; },
      redraw: draw,
      pack: pack,
      select: function (id) {
        for (var i = 0; i < events.length; i++) if (events[i].id === id) return select(events[i]);
        return select(null);
      }
    };
  }
})();
