// Chooses the engine build (WebAssembly GC where the browser has it, JavaScript otherwise) and which
// of its two builds to load, loads it, starts the page and publishes window.playground, the automation API.
// ?engine=js or ?engine=wasm forces one engine.
//
// The two builds (issue 8): "playground" is the default page without the step-through and the digits
// (the smaller first load); "full" has everything. The full one is loaded when the address asks for a
// step-through, the digits, a lesson or the textbook example, or after the default build switched to it in this tab
// (sessionStorage).
const WASM_GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 95, 0]); // one empty struct type

function supportsWasmGC() {
  try {
    return typeof WebAssembly === "object" && WebAssembly.validate(WASM_GC_PROBE);
  } catch (e) {
    return false;
  }
}

function chooseEngine() {
  const asked = new URLSearchParams(location.search).get("engine");
  if (asked === null || asked === "") {
    return {engine: supportsWasmGC() ? "wasm" : "js"};
  }
  if (asked === "js" || asked === "wasm") {
    if (asked === "wasm" && !supportsWasmGC()) {
      return {engine: "js", warning: "This browser cannot run the WebAssembly GC engine; using the JavaScript engine."};
    }
    return {engine: asked};
  }
  return {engine: supportsWasmGC() ? "wasm" : "js",
    warning: "Unknown engine \u201c" + asked + "\u201d in the address: use ?engine=js or ?engine=wasm. Using the default."};
}

function chooseBuild() {
  let switched = null;
  try {
    switched = sessionStorage.getItem("backprop.build");
  } catch (e) {
    // Storage blocked: the address alone decides.
  }
  return switched === "full" || /(^#|&)(explain|digits|lesson|textbook)=|(^#|&)compare=true/.test(location.hash) ? "full" : "playground";
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

// Why a build file did not load, for the message on the page (only asked after a load failed).
async function whyNotLoaded(url, error) {
  let r;
  try {
    r = await fetch(url, {method: "HEAD", cache: "no-cache"});
  } catch (e) {
    return "the engine file " + url + " could not be downloaded (" + e.message + "). Is the server running?";
  }
  if (!r.ok) {
    return "the engine file " + url + " is missing (HTTP " + r.status + "). Rebuild with: mvn -DskipTests package";
  }
  return "the engine file " + url + " could not be started: " + (error && error.message ? error.message : String(error));
}

// Starts every download at once: the Wasm glue script and the module itself are fetched side by side.
async function loadExports(engine, build) {
  const url = engine === "wasm" ? "/teavm/wasm/" + build + ".wasm" : "/teavm/js/" + build + ".js";
  try {
    if (engine === "wasm") {
      const module = fetch(url).then(r => r.ok ? r.arrayBuffer() : Promise.reject(new Error("HTTP " + r.status)));
      module.catch(() => {});
      await loadScript("/teavm/wasm/playground.wasm-runtime.js");
      return (await TeaVM.wasmGC.load(await module)).exports;
    }
    return await import(url);
  } catch (e) {
    throw new Error(await whyNotLoaded(url, e));
  }
}

const domReady = document.readyState !== "loading" ? Promise.resolve()
    : new Promise(resolve => document.addEventListener("DOMContentLoaded", resolve, {once: true}));

function showBootError(message) {
  const el = document.getElementById("boot-error");
  el.textContent = "The playground could not start: " + message;
  el.hidden = false;
  document.getElementById("status").dataset.error = message;
}

function publish(api, engine, build, ready) {
  window.playground = {
    ready: ready,
    engine: () => engine,
    build: () => build,
    state: () => api.state(),
    epoch: () => api.epoch(),
    trainLoss: () => api.trainLoss(),
    testLoss: () => api.testLoss(),
    playing: () => api.playing(),
    play: () => api.play(),
    pause: () => api.pause(),
    step: () => api.step(),
    reset: () => api.reset(),
    undo: () => api.undo(),
    weights: () => api.weights(),
    weightsJson: () => api.weightsJson(),
    explain: (test, index) => api.explain(test, index),
    exitExplain: () => api.exitExplain(),
    textbook: () => JSON.parse(api.textbook() || "null"),
    lesson: () => JSON.parse(api.lesson()),
    compare: () => JSON.parse(api.compare()),
  };
}

// Resolves once a share link (/p/<id>) has been applied and an uploaded dataset the state names has
// arrived (#status data-shared / data-dataset leave "loading"), so that ready means "in the linked state".
function settled() {
  const status = document.getElementById("status");
  const busy = () => status.dataset.shared === "loading" || status.dataset.dataset === "loading";
  if (!busy()) {
    return Promise.resolve();
  }
  return new Promise(resolve => {
    const observer = new MutationObserver(() => {
      if (!busy()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(status, {attributes: true, attributeFilter: ["data-shared", "data-dataset"]});
  });
}

const ready = (async () => {
  performance.mark("boot:script");
  const choice = chooseEngine();
  const build = chooseBuild();
  let api;
  try {
    const exports = await loadExports(choice.engine, build);
    performance.mark("boot:loaded");
    await domReady;
    exports.main([]);
    api = exports.start(choice.engine, choice.warning || "");
    performance.mark("boot:started");
  } catch (e) {
    await domReady;
    showBootError(e && e.message ? e.message : String(e));
    throw e;
  }
  publish(api, choice.engine, build, window.playground.ready);
  document.getElementById("status").dataset.build = build;
  await settled();
})();

// Callers may grab window.playground.ready before the engine has loaded.
window.playground = {ready: ready};
ready.catch(() => {});
