import{createRequire as __cjourneyCreateRequire}from"node:module";const require=__cjourneyCreateRequire(import.meta.url);
import{g as t}from"./chunk-6K3KFON3.mjs";t();var s=["text","json","github","sarif"],n=["json","markdown","mermaid"],r=["text","markdown","json"],e=["map","stakeholders","flow"],E=["light","dark"],R=["svg","html","png"];export{s as a,n as b,r as c,e as d,E as e,R as f};
