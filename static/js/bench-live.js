// Live-page probe for bin/bench (issue #8). bin/bench injects this file into the REAL page
// (index.html) before the page's own scripts run, through the DevTools protocol, then calls
// window.__benchLive.measure(...). It only reads what the page offers: window.playground
// (ready, play, epoch, state), requestAnimationFrame timestamps and long tasks.
(function () {
  "use strict";
  if (location.pathname !== "/") return;
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({start: e.startTime, ms: e.duration});
    }).observe({type: "longtask", buffered: true});
  } catch (e) { /* no long-task support: reported as null below */ }

  // Time the page's own animation-frame callbacks (training + drawing): wrap
  // requestAnimationFrame before the page's scripts exist. byFrame: rAF timestamp -> {start, ms}.
  const originalRaf = window.requestAnimationFrame.bind(window);
  const byFrame = new Map();
  window.requestAnimationFrame = (callback) => originalRaf((t) => {
    const start = performance.now();
    try {
      callback(t);
    } finally {
      const f = byFrame.get(t);
      const ms = performance.now() - start;
      if (f) f.ms += ms; else byFrame.set(t, {start, ms});
    }
  });

  const autoplay = new URLSearchParams(location.search).has("autoplay");
  const first = {readyMs: null, firstTrainedFrameMs: null};
  // Poll (not await) so that nothing here delays the page: ready = the engine has loaded and started.
  const waitReady = () => new Promise((resolve) => {
    const poll = () => {
      const p = window.playground;
      if (p && typeof p.play === "function") {
        first.readyMs = performance.now();
        resolve(p);
      } else {
        setTimeout(poll, 1);
      }
    };
    poll();
  });
  const readyPromise = waitReady().then((p) => {
    if (autoplay) {
      p.play();
      const check = () => {
        if (p.epoch() > 0) {
          first.firstTrainedFrameMs = performance.now();
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    }
    return p;
  });

  function median(values) {
    const s = values.slice().sort((a, b) => a - b);
    if (s.length === 0) return null;
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  }

  function examplesPerEpoch(p) {
    const m = /(?:^|[#&])percTrainData=(\d+)/.exec(p.state());
    const perc = m ? Number(m[1]) : 50;
    return Math.round(500 * perc / 100);  // the playground's 2-D datasets have 500 points
  }

  /**
   * Plays until `window` frames past epoch `untilEpoch` (or `maxSeconds`), recording every frame: its rAF
   * timestamp, the epoch, the time of the page's frame callback (training + drawing) and the
   * time from its start to the first task after the frame's rendering. Frame times at epoch 1,000 and 10,000 are medians of the
   * `window` frames from the first frame at or past that epoch.
   */
  async function measure(opts) {
    const o = Object.assign({untilEpoch: 10000, maxSeconds: 60, window: 30}, opts || {});
    const p = await readyPromise;
    if (autoplay) p.pause();
    p.reset();
    await new Promise((r) => setTimeout(r, 300));
    const frames = [];
    const channel = new MessageChannel();
    let pending = null;
    channel.port1.onmessage = () => {
      if (pending) {
        const page = byFrame.get(pending.t);
        if (page) {
          pending.pageMs = page.ms;
          pending.workMs = performance.now() - page.start;
          byFrame.delete(pending.t);
        }
        pending = null;
      }
    };
    const longBefore = longTasks.length;
    byFrame.clear();
    const t0 = performance.now();
    p.play();
    let late = 0;
    await new Promise((resolve) => {
      // Registered after the page's callback, so it runs after it in every frame; the task
      // posted here runs once the frame's rendering is done.
      const tick = (t) => {
        const f = {t, epoch: p.epoch(), pageMs: null, workMs: null};
        frames.push(f);
        pending = f;
        channel.port2.postMessage(0);
        if (f.epoch >= o.untilEpoch) late++;
        if (late > o.window || (t - t0) / 1000 > o.maxSeconds) {
          resolve();
        } else {
          originalRaf(tick);
        }
      };
      originalRaf(tick);
    });
    await new Promise((r) => setTimeout(r, 50));
    p.pause();
    const perEpoch = examplesPerEpoch(p);
    const firstF = frames[0], lastF = frames[frames.length - 1];
    const seconds = (lastF.t - firstF.t) / 1000;
    const at = (epoch) => {
      const i = frames.findIndex((f) => f.epoch >= epoch);
      if (i < 0 || i + o.window > frames.length) return null;
      return median(frames.slice(i, i + o.window).map((f) => f.pageMs).filter((v) => v !== null));
    };
    // Epochs trained per frame over the same windows: the frame loop holds the frame's time
    // steady, so a cost that grew with the epoch would show here, as less training per frame.
    const epochsPerFrame = (epoch) => {
      const i = frames.findIndex((f) => f.epoch >= epoch);
      if (i < 0 || i + o.window >= frames.length) return null;
      return (frames[i + o.window].epoch - frames[i].epoch) / o.window;
    };
    const workAt = (epoch) => {
      const i = frames.findIndex((f) => f.epoch >= epoch);
      if (i < 0 || i + o.window > frames.length) return null;
      return median(frames.slice(i, i + o.window).map((f) => f.workMs).filter((v) => v !== null));
    };
    const intervals = [];
    for (let i = 1; i < frames.length; i++) intervals.push(frames[i].t - frames[i - 1].t);
    const tasks = longTasks.slice(longBefore).filter((e) => e.start >= t0);
    return {
      engine: p.engine(), state: p.state(), examplesPerEpoch: perEpoch,
      epochs: lastF.epoch - firstF.epoch, seconds,
      examplesPerSec: (lastF.epoch - firstF.epoch) * perEpoch / seconds,
      fps: (frames.length - 1) / seconds,
      frameIntervalMs: {median: median(intervals), max: Math.max.apply(null, intervals)},
      // pageMs: the page's frame callback (train + draw); workMs: from its start to the end of rendering.
      pageMs: {median: median(frames.map((f) => f.pageMs).filter((v) => v !== null)),
        max: Math.max.apply(null, frames.map((f) => f.pageMs || 0))},
      workMs: {median: median(frames.map((f) => f.workMs).filter((v) => v !== null))},
      frameMsAt1k: at(1000), frameMsAt10k: at(10000),
      workMsAt1k: workAt(1000), workMsAt10k: workAt(10000),
      epochsPerFrameAt1k: epochsPerFrame(1000), epochsPerFrameAt10k: epochsPerFrame(10000),
      longTasks: tasks.length, longTaskMaxMs: tasks.reduce((m, e) => Math.max(m, e.ms), 0),
    };
  }

  /** What the first load cost: script bytes transferred, and when the engine was ready / first trained. */
  async function firstLoad() {
    const p = await readyPromise;
    const t0 = performance.now();
    while (autoplay && first.firstTrainedFrameMs === null && performance.now() - t0 < 5000) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const files = performance.getEntriesByType("resource")
        .filter((e) => /\.(js|wasm)$/.test(new URL(e.name).pathname))
        .map((e) => ({name: new URL(e.name).pathname.replace(/^.*\//, ""), transfer: e.transferSize,
          encoded: e.encodedBodySize, decoded: e.decodedBodySize}));
    // boot.js's marks: its script running, the build loaded and compiled, the page started.
    const marks = {};
    for (const m of performance.getEntriesByType("mark")) {
      if (m.name.startsWith("boot:")) marks[m.name.slice(5)] = m.startTime;
    }
    const nav = performance.getEntriesByType("navigation")[0];
    return {engine: p.engine(), files, scriptBytes: files.reduce((s, f) => s + f.transfer, 0),
      readyMs: first.readyMs, firstTrainedFrameMs: first.firstTrainedFrameMs, marks,
      domInteractiveMs: nav ? nav.domInteractive : null};
  }

  window.__benchLive = {measure, firstLoad};
})();
