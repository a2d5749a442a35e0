const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{e as d,f as e}from"./chunk-XABCBOQN.mjs";d();var n=typeof e>"u"?void 0:e;export{n as a};
