const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{b as r,e}from"./chunk-XABCBOQN.mjs";var s=r((d,o)=>{e();o.exports=process.getBuiltinModule("node:worker_threads")});export{s as a};
