const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{c as e}from"./chunk-44C7DAXV.mjs";import{e as r}from"./chunk-XABCBOQN.mjs";r();process.stdout.on("error",o=>{throw o.code==="EPIPE"&&process.exit(0),o});function i(o,s){o.err(`cjourney: ${e(s)}
`)}var c={out:o=>process.stdout.write(o),err:o=>process.stderr.write(o),isTerminal:!!process.stdout.isTTY};export{i as a,c as b};
