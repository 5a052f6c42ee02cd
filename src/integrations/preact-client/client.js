// Adapted from @astrojs/preact 6.0.5, dist/client.js (MIT), the renderer every Preact island hydrates with.
// Upstream loads @preact/signals with import() (withastro/astro#4763), which makes Vite add its preload helper to
// every island; no island here passes signals. Only the marked blocks differ: tests/unit/integrations/preact-client.test.ts.
import { h, hydrate, render } from "preact";
/* netralitas change: StaticHtml inlined from dist/static-html.js, which the package does not export; upstream: "import StaticHtml from \"./static-html.js\";" */
const StaticHtml = ({ value, name, hydrate = true }) => {
  if (!value) return null;
  const tagName = hydrate ? "astro-slot" : "astro-static-slot";
  return h(tagName, { name, dangerouslySetInnerHTML: { __html: value } });
};
StaticHtml.shouldComponentUpdate = () => false;
/* end netralitas change */
const sharedSignalMap = /* @__PURE__ */ new Map();
function getIslandMaskId(element) {
  const islandId = element.getAttribute("data-preact-island-id");
  if (islandId !== null) {
    const parsed = Number.parseInt(islandId, 10);
    if (!Number.isNaN(parsed)) {
      return parsed;
    }
  }
  return element.getAttribute("uid");
}
function setVNodeMask(child, maskId) {
  const mask = [maskId, 0];
  child._mask = mask;
  child.__m = mask;
}
var client_default = (element) => async (Component, props, { default: children, ...slotted }, { client }) => {
  if (!element.hasAttribute("ssr")) return;
  for (const [key, value] of Object.entries(slotted)) {
    props[key] = h(StaticHtml, { value, name: key });
  }
/* netralitas change: no signals, so no import() and no preload helper, and a signal prop fails loudly; upstream: "  let signalsRaw = element.dataset.preactSignals;\n  if (signalsRaw) {\n    const { signal } = await import(\"@preact/signals\");\n    let signals = JSON.parse(\n      element.dataset.preactSignals\n    );\n    for (const [propName, signalId] of Object.entries(signals)) {\n      if (Array.isArray(signalId)) {\n        signalId.forEach(([id, indexOrKeyInProps]) => {\n          const mapValue = props[propName][indexOrKeyInProps];\n          let valueOfSignal = mapValue;\n          if (typeof indexOrKeyInProps !== \"string\") {\n            valueOfSignal = mapValue[0];\n            indexOrKeyInProps = mapValue[1];\n          }\n          if (!sharedSignalMap.has(id)) {\n            const signalValue = signal(valueOfSignal);\n            sharedSignalMap.set(id, signalValue);\n          }\n          props[propName][indexOrKeyInProps] = sharedSignalMap.get(id);\n        });\n      } else {\n        if (!sharedSignalMap.has(signalId)) {\n          const signalValue = signal(props[propName]);\n          sharedSignalMap.set(signalId, signalValue);\n        }\n        props[propName] = sharedSignalMap.get(signalId);\n      }\n    }\n  }" */
  if (element.dataset.preactSignals) {
    throw new Error("Signal sebagai prop island tidak didukung (src/integrations/preact-client): kirim data biasa.");
  }
/* end netralitas change */
  const child = h(
    Component,
    props,
    children != null ? h(StaticHtml, { value: children }) : children
  );
  const islandMaskId = getIslandMaskId(element);
  if (islandMaskId !== null) {
    setVNodeMask(child, islandMaskId);
  }
  if (client === "only") {
    element.innerHTML = "";
    render(child, element);
  } else {
    hydrate(child, element);
  }
  element.addEventListener("astro:unmount", () => render(null, element), { once: true });
};
export {
  client_default as default
};
