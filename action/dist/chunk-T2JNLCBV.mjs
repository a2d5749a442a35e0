const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{b as s,e}from"./chunk-XABCBOQN.mjs";var p=s((t,o)=>{e();o.exports=process.getBuiltinModule("node:process")});export{p as a};
