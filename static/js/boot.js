// Chooses the engine build (WebAssembly GC where the browser has it, JavaScript otherwise),
// loads it, starts the page and publishes window.playground, the automation API.
// ?engine=js or ?engine=wasm forces one build.

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

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error("could not load " + src));
    document.head.appendChild(s);
  });
}

async function fetchOk(url) {
  let r;
  try {
    r = await fetch(url, {method: "HEAD", cache: "no-cache"});
  } catch (e) {
    throw new Error("the engine file " + url + " could not be downloaded (" + e.message + "). Is the server running?");
  }
  if (!r.ok) {
    throw new Error("the engine file " + url + " is missing (HTTP " + r.status + "). Rebuild with: mvn -DskipTests package");
  }
}

async function loadExports(engine) {
  if (engine === "wasm") {
    await fetchOk("/teavm/wasm/playground.wasm");
    await loadScript("/teavm/wasm/playground.wasm-runtime.js");
    const teavm = await TeaVM.wasmGC.load("/teavm/wasm/playground.wasm");
    return teavm.exports;
  }
  await fetchOk("/teavm/js/playground.js");
  return await import("/teavm/js/playground.js");
}

function showBootError(message) {
  const el = document.getElementById("boot-error");
  el.textContent = "The playground could not start: " + message;
  el.hidden = false;
  document.getElementById("status").dataset.error = message;
}

function publish(api, engine, ready) {
  window.playground = {
    ready: ready,
    engine: () => engine,
    state: () => api.state(),
    epoch: () => api.epoch(),
    trainLoss: () => api.trainLoss(),
    testLoss: () => api.testLoss(),
    playing: () => api.playing(),
    play: () => api.play(),
    pause: () => api.pause(),
    step: () => api.step(),
    reset: () => api.reset(),
    weights: () => api.weights(),
    weightsJson: () => api.weightsJson(),
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
  const choice = chooseEngine();
  let api;
  try {
    api = await loadExports(choice.engine);
    api.main([]);
    api.start(choice.engine, choice.warning || "");
  } catch (e) {
    showBootError(e && e.message ? e.message : String(e));
    throw e;
  }
  publish(api, choice.engine, window.playground.ready);
  await settled();
})();

// Callers may grab window.playground.ready before the engine has loaded.
window.playground = {ready: ready};
ready.catch(() => {});
