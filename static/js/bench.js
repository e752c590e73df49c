// The speed benchmark page (issue #8): times the WebAssembly build, the JavaScript build and,
// when /perf/ref-mlp.js is served (bin/bench starts the server with it), the hand-written
// reference engine, in this one page, with the protocol of shared/perf/bench-core.js:
// per configuration a warm-up, then `reps` timed runs of at least `secs` seconds each;
// median, min and max of examples per second. Repeats are interleaved across the engines
// (A B C A B C ...) so that a noisy neighbour slows all of them alike.
//
// window.benchPage.run(opts) returns {text, json}; bin/bench calls it and prints both.

const CONFIGS = [
  {id: 1, name: "2-[4,2]-1", heatmap: true, shape: [2, 4, 2, 1]},
  {id: 2, name: "2-[8x6]-1", heatmap: true, shape: [2, 8, 8, 8, 8, 8, 8, 1]},
  {id: 3, name: "784-[64]-10", heatmap: false, shape: [784, 64, 10]},
];
const PEAK_CALLS = 100;

/** Multiply-adds of the matrix products per example: W·a and δ·aᵀ in every layer, Wᵀ·δ in all but the first (MultiplyAddPeak.perExample). */
function maddsPerExample(shape) {
  let total = 0;
  for (let k = 0; k + 1 < shape.length; k++) total += (k === 0 ? 2 : 3) * shape[k] * shape[k + 1];
  return total;
}
const DENSITY = 100;
const THUMB = 10;

const now = () => performance.now();

/** Calls fn (perCall units each) until at least secs have passed; units per second. */
function rate(fn, perCall, secs) {
  const limit = secs * 1000;
  let calls = 0;
  const t0 = now();
  let t;
  do {
    fn();
    calls++;
    t = now();
  } while (t - t0 < limit);
  return calls * perCall / ((t - t0) / 1000);
}

function summary(values) {
  const s = values.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return {median, min: s[0], max: s[s.length - 1], values};
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error("could not load " + src));
    document.head.appendChild(s);
  });
}

const canvases = document.getElementById("canvases");

function makeCanvas(size) {
  const c = document.createElement("canvas");
  c.width = size;
  c.height = size;
  canvases.appendChild(c);
  return c.getContext("2d");
}

let peakSink = 0;

/** One of this project's builds, driven through the bench functions Main exports. */
function projectEngine(name, api) {
  let painter = null;
  return {
    name,
    setup(cfg) {
      const count = api.benchSetup(cfg.id, 0);
      painter = null;
      return count;
    },
    epoch: () => api.benchTrain(1),
    loss: () => api.benchLoss(),
    checksum: () => api.benchDataChecksum(),
    heatmap: () => api.benchHeatmap(),
    // The multiply-add peak loop (MultiplyAddPeak), PEAK_CALLS rounds per call; the sum is kept so nothing is dropped.
    peak: api.benchPeak ? {fn: () => { peakSink += api.benchPeak(PEAK_CALLS); }, perCall: () => PEAK_CALLS * api.benchPeakPerCall()} : null,
    paint(cfg, neurons, outputs) {
      if (painter === null) {
        const main = makeCanvas(DENSITY);
        const thumbs = [];
        for (let k = 0; k < neurons - outputs; k++) thumbs.push(makeCanvas(THUMB));
        painter = {main, thumbs};
      }
      // One direct buffer filled by the engine; wrapped (not copied) once per image.
      const bytes = api.benchPaint();
      const buf = bytes.buffer, off = bytes.byteOffset;
      painter.main.putImageData(new ImageData(new Uint8ClampedArray(buf, off, DENSITY * DENSITY * 4), DENSITY, DENSITY), 0, 0);
      let at = off + DENSITY * DENSITY * 4;
      for (const ctx of painter.thumbs) {
        ctx.putImageData(new ImageData(new Uint8ClampedArray(buf, at, THUMB * THUMB * 4), THUMB, THUMB), 0, 0);
        at += THUMB * THUMB * 4;
      }
    },
    check(seed, epochs) {
      api.benchSetup(1, seed);
      api.benchTrainInOrder(epochs);
      return api.benchLoss();
    },
  };
}

/** The hand-written reference, set up exactly as bench-core.js's runRefBenchmark does. */
function referenceEngine() {
  const core = window.BenchCore, RefMlp = window.RefMlp;
  let net, data, cfgRef, planes, painter;
  const checksum = (d) => {
    let sum = 0;
    for (const v of d.X) sum += v;
    for (const v of d.Y) sum += v * 0.5;
    return sum;
  };
  return {
    name: "ref",
    setup(cfg) {
      cfgRef = core.CONFIGS.find((c) => c.id === cfg.id);
      const random = core.makeRandom(1234 + cfg.id);
      net = new RefMlp(cfgRef.shape, random);
      data = core.makeData(cfgRef, random);
      planes = null;
      painter = null;
      return data.n;
    },
    epoch: () => net.trainEpoch(data.X, data.Y, data.n, cfgRef.batch, core.LEARNING_RATE),
    loss: () => net.loss(data.X, data.Y, data.n),
    checksum: () => checksum(data),
    heatmap() {
      if (planes === null) {
        planes = [];
        for (let p = 0; p < net.numNeurons(); p++) planes.push(new Float64Array(DENSITY * DENSITY));
      }
      net.heatmap(DENSITY, core.DOMAIN[0], core.DOMAIN[1], planes);
      return planes.length;
    },
    paint() {
      if (painter === null) painter = core.makePainter(document, canvases, planes.length - 1);
      painter(planes);
    },
    check(seed, epochs) {
      const random = core.makeRandom(seed);
      const n = new RefMlp(core.CONFIGS[0].shape, random);
      const d = core.makeData(core.CONFIGS[0], random);
      for (let e = 0; e < epochs; e++) n.trainEpoch(d.X, d.Y, d.n, 10, core.LEARNING_RATE);
      return n.loss(d.X, d.Y, d.n);
    },
  };
}

async function loadEngines(log) {
  const engines = [];
  await loadScript("/teavm/wasm/playground.wasm-runtime.js");
  const wasm = (await TeaVM.wasmGC.load("/teavm/wasm/full.wasm")).exports;
  wasm.main([]);
  engines.push(projectEngine("wasm", wasm));
  const js = await import("/teavm/js/full.js");
  js.main([]);
  engines.push(projectEngine("js", js));
  try {
    await loadScript("/perf/ref-mlp.js");
    await loadScript("/perf/bench-core.js");
    engines.push(referenceEngine());
  } catch (e) {
    log("reference engine not served (/perf/ref-mlp.js): run through bin/bench with ../shared/perf beside the project");
  }
  return engines;
}

const fmtInt = (v) => (v === undefined || v === null || !isFinite(v) ? "-" : Math.round(v).toLocaleString("en-US"));
const fmtK = (v) => (v >= 1e6 ? (v / 1e6).toFixed(2) + " M" : v >= 1e3 ? (v / 1e3).toFixed(1) + " k" : v.toFixed(0));
const fmtRange = (s) => `${fmtK(s.median)} (${fmtK(s.min)}–${fmtK(s.max)})`;
const pad = (s, n) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s, n) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

async function run(opts) {
  opts = Object.assign({reps: 5, secs: 2, warm: 2, heat: 1, jvm: null, live: null}, opts || {});
  const logEl = document.getElementById("log");
  const log = (line) => { logEl.textContent += line + "\n"; console.log(line); };
  const engines = await loadEngines(log);
  const names = engines.map((e) => e.name);
  log(`engines: ${names.join(", ")}; reps=${opts.reps} secs=${opts.secs} warm=${opts.warm}`);
  const results = {userAgent: navigator.userAgent, opts: {reps: opts.reps, secs: opts.secs, warm: opts.warm, heat: opts.heat},
    engines: names, configs: []};
  const pause = () => new Promise((r) => setTimeout(r, 0));  // lets the page show progress
  for (const cfg of CONFIGS) {
    const res = {id: cfg.id, name: cfg.name, examplesPerSec: {}, loss: {}, checksum: {}};
    const counts = engines.map((e) => e.setup(cfg));
    engines.forEach((e, i) => { res.checksum[e.name] = e.checksum(); rate(e.epoch, counts[i], opts.warm); });
    const reps = engines.map(() => []);
    for (let r = 0; r < opts.reps; r++) {
      engines.forEach((e, i) => reps[i].push(rate(e.epoch, counts[i], opts.secs)));
      await pause();
    }
    engines.forEach((e, i) => {
      res.examplesPerSec[e.name] = summary(reps[i]);
      res.loss[e.name] = e.loss();
    });
    // Paired ratios: each repeat against the reference's repeat right beside it in time, which
    // cancels most of the load other programs put on the machine.
    const refIndex = names.indexOf("ref");
    if (refIndex >= 0) {
      res.pairedRatioToRef = {};
      engines.forEach((e, i) => {
        res.pairedRatioToRef[e.name] = summary(reps[i].map((v, r) => v / reps[refIndex][r]));
      });
    }
    log(`config ${cfg.id} ${cfg.name}: ` + engines.map((e) => `${e.name} ${fmtInt(res.examplesPerSec[e.name].median)}`).join(", ") + " ex/s");
    if (cfg.heatmap) {
      res.heatmapComputeMs = {};
      res.heatmapPaintMs = {};
      for (const e of engines) {
        const neurons = e.heatmap();
        const outputs = 1;
        rate(e.heatmap, 1, Math.min(1, opts.warm));
        const hc = [];
        for (let r = 0; r < opts.reps; r++) hc.push(1000 / rate(e.heatmap, 1, opts.heat));
        const paint = () => e.paint(cfg, neurons, outputs);
        rate(paint, 1, Math.min(1, opts.warm));
        const hp = [];
        for (let r = 0; r < opts.reps; r++) hp.push(1000 / rate(paint, 1, opts.heat));
        res.heatmapComputeMs[e.name] = summary(hc);
        res.heatmapPaintMs[e.name] = summary(hp);
        canvases.textContent = "";
        await pause();
      }
    }
    results.configs.push(res);
  }
  // The machine's multiply-add rate in each build (the reference has no such loop: compare it with the JS build's).
  results.peakMaddPerSec = {};
  for (const e of engines) {
    if (!e.peak) continue;
    const perCall = e.peak.perCall();
    rate(e.peak.fn, perCall, Math.min(1, opts.warm));
    const v = [];
    for (let r = 0; r < opts.reps; r++) v.push(rate(e.peak.fn, perCall, opts.heat));
    results.peakMaddPerSec[e.name] = summary(v);
    await pause();
  }
  results.peakSink = peakSink;
  log("multiply-add peak: " + Object.keys(results.peakMaddPerSec).map((n) => `${n} ${fmtK(results.peakMaddPerSec[n].median)}/s`).join(", "));
  // The maths cross-check shared with bench-core.js: config 1, seed 42, 100 epochs in the reference's order.
  results.checkLoss = {};
  for (const e of engines) results.checkLoss[e.name] = e.check(42, 100);
  log("check (config 1, seed 42, 100 epochs, fixed order): " +
      names.map((n) => `${n} ${results.checkLoss[n].toPrecision(15)}`).join(", "));
  const text = table(results, opts.jvm, opts.live);
  document.getElementById("table").textContent = text;
  const json = JSON.stringify({browser: results, jvm: opts.jvm, live: opts.live});
  document.getElementById("json").textContent = "JSON " + json;
  return {text, json};
}

function table(results, jvm, live) {
  const names = results.engines;
  const hasRef = names.includes("ref");
  const lines = [];
  const ua = results.userAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/);
  lines.push(`Training: examples/s, median (min–max) of ${results.opts.reps} runs of ≥ ${results.opts.secs} s after ${results.opts.warm} s warm-up; ` +
      `${ua ? ua[0] : "browser"}${jvm ? ", " + jvm.java : ""}`);
  if (hasRef) lines.push("x/ref: ratio of the medians (in brackets: median of the per-repeat ratios, each repeat against the reference's beside it)");
  const cols = ["config"].concat(names.map((n) => n === "ref" ? "ref-mlp.js" : n === "js" ? "JS build" : "Wasm build"));
  if (jvm) cols.push("JVM");
  if (hasRef) cols.push("wasm/ref", "js/ref");
  const w = [12].concat(cols.slice(1).map((c) => (c.endsWith("/ref") ? 13 : 24)));
  lines.push(cols.map((c, i) => (i === 0 ? pad(c, w[i]) : lpad(c, w[i]))).join(" "));
  for (const c of results.configs) {
    const row = [pad(c.name, w[0])];
    names.forEach((n) => row.push(lpad(fmtRange(c.examplesPerSec[n]), 24)));
    if (jvm) {
      const j = jvm.configs.find((x) => x.id === c.id);
      row.push(lpad(j ? fmtRange(j.examplesPerSec) : "-", 24));
    }
    if (hasRef) {
      const ref = c.examplesPerSec.ref.median;
      for (const n of ["wasm", "js"]) {
        row.push(lpad(`${(c.examplesPerSec[n].median / ref).toFixed(2)}× (${c.pairedRatioToRef[n].median.toFixed(2)})`, 13));
      }
    }
    lines.push(row.join(" "));
  }
  lines.push("", ...peakTable(results, jvm));
  lines.push("");
  lines.push(`Heatmap refresh, ${DENSITY}×${DENSITY} grid, output + every neuron: compute + paint ms (median)`);
  lines.push(pad("config", 12) + names.map((n) => lpad(n, 24)).join(" ") + (jvm ? lpad("JVM compute", 14) : ""));
  for (const c of results.configs) {
    if (!c.heatmapComputeMs) continue;
    const row = [pad(c.name, 12)];
    names.forEach((n) => {
      const hc = c.heatmapComputeMs[n].median, hp = c.heatmapPaintMs[n].median;
      row.push(lpad(`${hc.toFixed(2)} + ${hp.toFixed(2)} = ${(hc + hp).toFixed(2)}`, 24));
    });
    if (jvm) {
      const j = jvm.configs.find((x) => x.id === c.id);
      row.push(lpad(j && j.heatmapComputeMs ? j.heatmapComputeMs.median.toFixed(2) : "-", 14));
    }
    lines.push(row.join(" "));
  }
  lines.push("");
  lines.push("Cross-check, config 1 seed 42, 100 epochs in the reference's order, loss: " +
      names.map((n) => `${n} ${results.checkLoss[n].toPrecision(12)}`).join(", ") +
      (jvm ? `, JVM ${jvm.checkLoss.toPrecision(12)}` : ""));
  if (hasRef) {
    const same = results.configs.every((c) => Math.abs(c.checksum.wasm - c.checksum.ref) < 1e-9 * (1 + Math.abs(c.checksum.ref)));
    lines.push(`Data identical to the reference's (checksums): ${same ? "yes" : "NO"}`);
  }
  if (live) lines.push("", ...liveTable(live));
  return lines.join("\n");
}

/** The multiply-add peak of each build and each config's achieved multiply-add rate as a fraction of it. */
function peakTable(results, jvm) {
  const peaks = Object.assign({}, results.peakMaddPerSec || {});
  if (jvm && jvm.peakMaddPerSec) peaks.jvm = jvm.peakMaddPerSec;
  const names = Object.keys(peaks);
  if (names.length === 0) return [];
  const hasRef = results.engines.includes("ref") && peaks.js;
  const lines = [];
  lines.push("Multiply-add peak (MultiplyAddPeak: 2×4 independent sums s += w·x, operands in L1), per second: " +
      names.map((n) => `${n} ${fmtK(peaks[n].median)}`).join(", "));
  lines.push("Achieved: (multiply-adds of the matrix products per example × examples/s) / the same engine's peak" +
      (hasRef ? " (ref-mlp.js against the JS build's peak)" : ""));
  const cols = names.concat(hasRef ? ["ref"] : []);
  lines.push(pad("config", 12) + lpad("madds/ex", 10) + cols.map((n) => lpad(n, 14)).join(""));
  for (const c of results.configs) {
    const cfg = CONFIGS.find((x) => x.id === c.id);
    const per = maddsPerExample(cfg.shape);
    const row = [pad(c.name, 12), lpad(String(per), 10)];
    for (const n of cols) {
      let perSec = null;
      if (n === "jvm") {
        const j = jvm.configs.find((x) => x.id === c.id);
        perSec = j ? j.examplesPerSec.median : null;
      } else {
        perSec = c.examplesPerSec[n] ? c.examplesPerSec[n].median : null;
      }
      const peak = peaks[n === "ref" ? "js" : n].median;
      row.push(lpad(perSec === null ? "-" : `${(100 * perSec * per / peak).toFixed(1)} %`, 14));
    }
    lines.push(row.join(""));
  }
  return lines;
}

function liveTable(live) {
  const lines = [];
  lines.push("Live page, playing at full speed (frame ms = the page's frame callback: training + drawing;");
  lines.push("  +render = from its start to the end of the browser's rendering; @1k/@10k: median of 30 frames from that epoch)");
  lines.push([pad("network", 20), lpad("engine", 6), lpad("examples/s", 12), lpad("fps", 6), lpad("long tasks", 11),
    lpad("frame ms", 9), lpad("+render", 8), lpad("@1k", 7), lpad("@10k", 7), lpad("ratio", 6), lpad("seconds", 8),
    lpad("epochs/frame @1k @10k", 22)].join(" "));
  const ms = (v) => (v === null || v === undefined ? "-" : v.toFixed(1));
  for (const s of live.scenarios) {
    if (s.error) {
      lines.push(pad(s.name, 20) + " ERROR " + s.error);
      continue;
    }
    lines.push([pad(s.name, 20), lpad(s.engine, 6), lpad(fmtInt(s.examplesPerSec), 12), lpad(s.fps.toFixed(1), 6),
      lpad(s.longTasks + (s.longTasks ? ` (≤${s.longTaskMaxMs.toFixed(0)})` : ""), 11),
      lpad(ms(s.pageMs.median), 9), lpad(ms(s.workMs.median), 8),
      lpad(ms(s.frameMsAt1k), 7), lpad(ms(s.frameMsAt10k), 7),
      lpad(s.frameMsAt1k && s.frameMsAt10k ? (s.frameMsAt10k / s.frameMsAt1k).toFixed(2) : "-", 6),
      lpad(s.seconds.toFixed(1), 8),
      lpad(s.epochsPerFrameAt1k == null ? "-" : `${s.epochsPerFrameAt1k.toFixed(1)} ${s.epochsPerFrameAt10k == null ? "-" : s.epochsPerFrameAt10k.toFixed(1)}`, 22)].join(" "));
  }
  if (live.firstLoad) {
    const f = live.firstLoad;
    lines.push(`First load (${f.engine}): JS + Wasm transferred ${(f.scriptBytes / 1024).toFixed(1)} KB ` +
        `(${f.files.map((x) => x.name + " " + (x.transfer / 1024).toFixed(1)).join(", ")}); ` +
        `engine ready ${f.readyMs.toFixed(0)} ms, first trained frame ${f.firstTrainedFrameMs === null ? "-" : f.firstTrainedFrameMs.toFixed(0)} ms after navigation`);
    if (f.marks && f.marks.script !== undefined) {
      const at = (v) => v === undefined || v === null ? "-" : v.toFixed(0);
      lines.push(`  (ms after navigation: HTML parsed ${at(f.domInteractiveMs)}, boot.js running ${at(f.marks.script)}, ` +
          `build loaded and compiled ${at(f.marks.loaded)}, page started ${at(f.marks.started)})`);
    }
  }
  return lines;
}

/** Only the report of what bin/bench measured elsewhere (BENCH_PAGE=0): no engine runs on this page. */
async function report(opts) {
  const text = opts && opts.live ? liveTable(opts.live).join("\n") : "(no live-page measurements)";
  return {text, json: JSON.stringify({browser: null, jvm: opts ? opts.jvm : null, live: opts ? opts.live : null})};
}

window.benchPage = {run, report};
const button = document.getElementById("run");
const status = document.getElementById("status");
button.disabled = false;
status.textContent = "ready";
button.addEventListener("click", async () => {
  button.disabled = true;
  status.textContent = "running (a few minutes)…";
  try {
    await run({});
    status.textContent = "done";
  } catch (e) {
    status.textContent = "failed: " + (e && e.message ? e.message : e);
  }
  button.disabled = false;
});
