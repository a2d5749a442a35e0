const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{b as s,e}from"./chunk-XABCBOQN.mjs";var t=s((i,o)=>{e();o.exports=process.getBuiltinModule("node:fs")});export{t as a};
