const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{b as o,e}from"./chunk-XABCBOQN.mjs";var u=o((r,l)=>{e();l.exports=process.getBuiltinModule("node:module")});var d=o((n,s)=>{e();s.exports=process.getBuiltinModule("node:url")});export{u as a,d as b};
