const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{e as n}from"./chunk-XABCBOQN.mjs";n();var o=class extends Error{exitCode=2},d={Ok:0,Findings:1,Usage:2};n();var i=/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;function x(e){return String(e).replace(i,t=>t===`
`?"\\n":t==="\r"?"\\r":t==="	"?"\\t":`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}export{o as a,d as b,x as c};
