import{createRequire as __cjourneyCreateRequire}from"node:module";const require=__cjourneyCreateRequire(import.meta.url);
import{a as e}from"./chunk-VIPO62VI.mjs";import{e as r}from"./chunk-CETVSKFP.mjs";r();import{readFileSync as o}from"node:fs";function i(){return e?e.version:JSON.parse(o(new URL("../package.json",import.meta.url),"utf8")).version}export{i as a};
