import{createRequire as __cjourneyCreateRequire}from"node:module";const require=__cjourneyCreateRequire(import.meta.url);
import{e as d,f as e}from"./chunk-CETVSKFP.mjs";d();var n=typeof e>"u"?void 0:e;export{n as a};
