import{createRequire as __cjourneyCreateRequire}from"node:module";const require=__cjourneyCreateRequire(import.meta.url);
import{g as d,h as e}from"./chunk-6K3KFON3.mjs";d();var n=typeof e>"u"?void 0:e;export{n as a};
