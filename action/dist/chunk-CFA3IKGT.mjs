const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{k as u}from"./chunk-4ZZETZTO.mjs";import{e as t}from"./chunk-XABCBOQN.mjs";t();var $={delighted:"😄",pleased:"🙂",neutral:"😐",frustrated:"😟",angry:"😠"};function w(e){return u("emotion",e)?`${$[e]} ${e}`:e}t();var f=/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;function p(e){return e.replace(f,r=>`\\u${r.charCodeAt(0).toString(16).padStart(4,"0")}`)}function o(e){return e.replace(/(?<!&)#(?=\d)/g,"#&#8203;").replace(/\b(GH)-(?=\d)/gi,"$1&#8203;-").replace(/:\/\//g,":&#8203;//").replace(/\b(www)\./gi,"$1&#8203;.")}function d(e){let r=/^[ \t]*/.exec(e)[0],n=e.slice(r.length).replace(/^[#+=-](?=[#+=-]*(?:[ \t]|$))/,"\\$&").replace(/^(\d{1,9})([.)])(?=[ \t]|$)/,"$1\\$2");return r.replace(/ /g,"&#32;").replace(/\t/g,"&#9;")+n}function c(e){return o(d(p(e.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/[\\`*_[\]|~$]/g,r=>`\\${r}`))).replace(/@(?=\w)/g,"@&#8203;")).replace(/\r\n?|\n/g,"<br>")}function y(e){return o(p(e).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/@(?=\w)/g,"@&#8203;")).replace(/\s*(\r\n?|\n)\s*/g," ")}function m(e){return/[`\r\n]/.test(e)||p(e)!==e?c(e):`\`${e.replace(/\|/g,"\\|")}\``}function C(e,r){return e===r?c(e):`${c(e)} (${m(r)})`}function O(e,r,n){let s=e.map((l,g)=>n?.[g]==="center"?":-:":"---"),a=l=>`| ${l.join(" | ")} |`;return[a(e),a(s),...r.map(a)].join(`
`)+`
`}function k(e,r,n=!1){return`<details${n?" open":""}><summary>${e}</summary>

${r.trimEnd()}

</details>
`}export{w as a,c as b,y as c,m as d,C as e,O as f,k as g};
