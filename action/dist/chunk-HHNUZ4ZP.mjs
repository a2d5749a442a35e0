const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{a as e}from"./chunk-UBQ7AQJU.mjs";import{a as n}from"./chunk-DHOFRDLK.mjs";import{d as a,e as r}from"./chunk-XABCBOQN.mjs";r();var o=a(n(),1);function c(){return e?e.version:JSON.parse((0,o.readFileSync)(new URL("../package.json",import.meta.url),"utf8")).version}export{c as a};
