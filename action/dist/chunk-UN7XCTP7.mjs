const require=process.getBuiltinModule("node:module").createRequire(import.meta.url);
import{a as xt}from"./chunk-RJLL5PXV.mjs";import{a as jt,b as Le}from"./chunk-44QNNOYQ.mjs";import{a as Y}from"./chunk-UBQ7AQJU.mjs";import{a as je,b as ke,c as Se,d as Ie,i as Ee,j as Ae,l as Ce,p as X,r as Pe}from"./chunk-BURVWJ7Q.mjs";import{e as me}from"./chunk-VCYUN57E.mjs";import{a as xe}from"./chunk-BHLEHDRL.mjs";import{e as fe,i as he,l as we,o as be,q as ve}from"./chunk-TWQBUFMD.mjs";import{a as ge}from"./chunk-AJCXI4E4.mjs";import{a as D,b as K,c as V}from"./chunk-44C7DAXV.mjs";import{a as kt}from"./chunk-GK5J5MMQ.mjs";import{a as ye,b as $e}from"./chunk-6JBQSQWN.mjs";import{H as pe,o as ue}from"./chunk-P2ZQQDQQ.mjs";import{A as b,B as U,N as H,a as _,b as le,d as W,f as de,i as ce}from"./chunk-4ZZETZTO.mjs";import{k as T}from"./chunk-H7XFAUOA.mjs";import{a as J}from"./chunk-DHOFRDLK.mjs";import{b as $t,d as y,e as d}from"./chunk-XABCBOQN.mjs";var Me=$t((wr,Te)=>{d();Te.exports=process.getBuiltinModule("node:crypto")});d();var B=y(_(),1);d();var vt=y(Me(),1),R=y(J(),1),F=y(_(),1);d();d();var a=je,c=ke;function p(r,e=""){return r.length===0?"":`<ul${e?` class="${e}"`:""}>${r.map(t=>`<li>${t}</li>`).join("")}</ul>`}function S(r){let e=r.filter(([,t])=>t!==void 0&&t!=="");return e.length===0?"":`<dl class="facts">${e.map(([t,n])=>`<dt>${a(t)}</dt><dd>${n}</dd>`).join("")}</dl>`}function Oe(r,e,t,n=""){let o=e.map(i=>`<th scope="col">${i}</th>`).join(""),s=t.map(i=>`<tr>${i.map((l,u)=>u===0?`<th scope="row">${l}</th>`:`<td>${l}</td>`).join("")}</tr>`);return`<table${n}><caption>${a(r)}</caption><thead><tr>${o}</tr></thead><tbody>${s.join("")}</tbody></table>`}function St(r,e){if(e!==void 0)return r.sources.find(t=>t.id===e)?.title??e}function I(r,e,t){let n=St(r,e.sourceId),o=e.finding!==void 0?`“${a(e.finding)}”`:"",s=n!==void 0?`<a href="${t}research.html#${c(M("source",e.sourceId))}">${a(n)}</a>`:"";return[o,s].filter(Boolean).join(" — ")}function M(r,e){return`${r}-${encodeURIComponent(e)}`}function j(r,e,t){if(r===void 0||e.startsWith("/"))return"";let n=t.range.start.line+1,o=`${r.replace(/\/+$/,"")}/${(t.file??e).split("/").map(encodeURIComponent).join("/")}#L${n}`;return`<p class="source-link"><a href="${c(o)}">Open ${a(t.file??e)} at line ${n} in the repository</a></p>`}function g(r,e){if(e!==void 0)return r.find(t=>t.id===e)?.title??e}function Re(r,e){let t=JSON.stringify(e).replace(/[<>&\u2028\u2029]/g,n=>`\\u${n.charCodeAt(0).toString(16).padStart(4,"0")}`);return`<script type="application/json" id="${c(r)}">${t}</script>`}d();var It="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'",Et=[{file:"index.html",label:"Journeys"},{file:"stakeholders.html",label:"Stakeholder register"},{file:"kpis.html",label:"KPI dashboard"},{file:"backlog.html",label:"Opportunity backlog"},{file:"research.html",label:"Research"}];function $(r){let e=[...r.scripts??[],...r.live?["assets/live-reload.js"]:[]],t=Et.map(n=>{let o=n.file===r.current?' aria-current="page"':"";return`<li><a href="${r.prefix}${n.file}"${o}>${a(n.label)}</a></li>`}).join("");return`${Pe(c(It),r.title)}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${r.prefix}assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<nav aria-label="Site"><ul>${t}</ul></nav>
</header>
<main id="main" tabindex="-1">
${r.body}
</main>
<footer class="site-footer"><p>Made with cjourney from the journeys kept as code.</p></footer>
${e.map(n=>`<script src="${r.prefix}${c(n)}"></script>`).join(`
`)}
</body>
</html>
`}var Fe={low:1,medium:2,high:3},Be=new WeakMap;function At(r){return r.flatMap(e=>{let t=Be.get(e.journey);if(t?.slug===e.slug)return t.rows;let n={slug:e.slug,rows:Ct(e)};return Be.set(e.journey,n),n.rows})}function Ct(r){let e=[],{journey:t}=r;for(let n of t.touchpoints)for(let o of n.opportunities){let s=o.answersPain!==void 0?n.pains[o.answersPain]?.text:void 0,i=g(t.stakeholders,o.ownerId)??"",l=o.portfolio??"",u=`journeys/${c(r.slug)}.html#${c(encodeURIComponent(n.id))}`;e.push(`<tr data-status="${o.status}" data-place="${l}" data-journey="${c(r.slug)}">
<th scope="row" data-sort="${c(o.text.toLowerCase())}">${a(o.text)}</th>
<td data-sort="${l}">${l?a(l.replace("-"," ")):"—"}</td>
<td data-sort="${o.impact?Fe[o.impact]:0}">${o.impact??"—"}</td>
<td data-sort="${o.effort?Fe[o.effort]:0}">${o.effort??"—"}</td>
<td data-sort="${W.indexOf(o.status)}">${o.status}</td>
<td data-sort="${c(i.toLowerCase())}">${i?a(i):"—"}</td>
<td data-sort="${c((s??"").toLowerCase())}">${s?a(s):"—"}</td>
<td data-sort="${c(n.title.toLowerCase())}"><a href="${u}">${a(n.title)}</a></td>
<td data-sort="${c(t.title.toLowerCase())}">${a(t.title)}</td>
</tr>`)}return e}function G(r,e,t,n){let o=n.map(([s,i])=>`<option value="${c(s)}">${a(i)}</option>`).join("");return`<div class="field"><label for="filter-${r}">${e}</label><select id="filter-${r}" data-filter="${r}"><option value="">${t}</option>${o}</select></div>`}function _e(r,e){let n=["Opportunity","Place (impact × effort)","Impact","Effort","Status","Owner","Pain it answers","Step","Journey"].map((l,u)=>`<th scope="col" aria-sort="none"><button type="button" data-sort-column="${u}">${a(l)}</button></th>`).join(""),o=At(r),i=`<h1>Opportunity backlog</h1>
<p>Every opportunity of every journey, placed by impact × effort (quick wins, big bets, fill-ins, money pits), with its status, owner and the pain and step it answers. Sort by a column with its header's button.</p>
${`<form class="filters" aria-label="Filter the backlog">
${G("status","Status","Every status",W.map(l=>[l,l]))}
${G("place","Place","Every place",de.map(l=>[l,l.replace("-"," ")]))}
${G("journey","Journey","Every journey",r.map(l=>[l.slug,l.journey.title]))}
</form>`}
<p id="row-count" aria-live="polite"></p>
${o.length?`<table class="data sortable"><caption>Opportunities of every journey</caption><thead><tr>${n}</tr></thead><tbody>${o.join(`
`)}</tbody></table>`:"<p>No opportunity is written in these journeys.</p>"}`;return $({title:"Opportunity backlog",prefix:"",current:"backlog.html",body:i,scripts:["assets/table.js"],live:e})}d();d();function N(r){let e=r.touchpoints.reduce((i,l)=>i+l.pains.length,0),t=r.touchpoints.reduce((i,l)=>i+l.opportunities.length,0),n=[b(r.stages.length,"stage"),b(r.touchpoints.length,"touchpoint"),b(e,"pain"),b(t,"opportunity","opportunities"),b(r.kpis.length,"KPI")].join(" · "),o=new Map;for(let i of r.kpis)o.set(i.status,(o.get(i.status)??0)+1);let s=["met","close","off","unknown"];return{counts:n,lowest:Pt(r),kpiStatuses:s.filter(i=>o.has(i)).map(i=>({status:i,count:o.get(i)})),painCount:e,opportunityCount:t}}function Pt(r){let e,t=-1;for(let n of r.touchpoints){let o=[...n.emotion?[n.emotion]:[],...n.personaEmotions.map(s=>s.emotion)];for(let s of o){let i=le.indexOf(s);i>t&&(t=i,e={emotion:s,step:n.title,stepId:n.id})}}return e}function De(r){return{personas:r.personas.map(e=>e.id),stakeholders:r.stakeholders.map(e=>e.id),channels:r.channels.filter(e=>e.touchpointIds.length>0).map(e=>e.id)}}d();function Z(r){return{slug:r.slug,file:r.file,journey:{id:r.journey.id,title:r.journey.title}}}function Lt(r){return[...r].map(e=>/[A-Za-z0-9_-]/.test(e)?e:`_${e.codePointAt(0).toString(16)}`).join("")||"journey"}function v(r,e){return r<e?-1:r>e?1:0}function Ue(r,e){let t=[];for(let n of r.filter(o=>o.target)){let o=e(n);if(!o)continue;let{model:s,errors:i}=o;for(let l of s.journeys)t.push({journey:l,model:s,file:s.file,source:n,errors:i})}return t.sort((n,o)=>v(n.journey.title.toLowerCase(),o.journey.title.toLowerCase())||v(n.file,o.file)||v(n.journey.id,o.journey.id)),Tt(t)}function Tt(r){let e=[...r].sort((o,s)=>v(o.journey.id,s.journey.id)||v(o.file,s.file)),t=new Set,n=new Map;for(let o of e){let s=Lt(o.journey.id),i=s;for(let l=2;t.has(i.toLowerCase());l++)i=`${s}-${l}`;t.add(i.toLowerCase()),n.set(o,i)}return r.map(o=>({...o,slug:n.get(o)}))}function Mt(r,e){let t=r.journey.baselineId;if(t!==void 0)return e.find(n=>n.journey.id===t&&n.file===r.file)??e.find(n=>n.journey.id===t)}function ee(r,e,t){if(r.journey.state!=="future")return"Current state (as-is)";let n=Mt(r,e);return n?`Future state (to-be), changing <a href="${t}journeys/${c(n.slug)}.html">${a(n.journey.title)}</a>`:"Future state (to-be)"}function Ot(r,e){let{journey:t,slug:n}=r,o=N(t),s=De(t),i=`journeys/${c(n)}.html`,l=t.personas.map(w=>a(w.title)).join(", ")||"none written",u=o.kpiStatuses.map(({status:w,count:x})=>`<span class="status status-${w}">${x} ${a(w)}</span>`).join(" "),f=o.lowest?`<span class="emotion emotion-${o.lowest.emotion}">${a(o.lowest.emotion)}</span> at ${a(o.lowest.step)}`:"no emotion written";return`<li class="card" data-journey="${c(n)}" data-state="${t.state}" data-personas=" ${c(s.personas.join(" "))} " data-stakeholders=" ${c(s.stakeholders.join(" "))} " data-channels=" ${c(s.channels.join(" "))} ">
<article aria-labelledby="title-${c(n)}">
<a class="thumb" href="${i}" tabindex="-1" aria-hidden="true"><img src="journeys/${c(n)}.map.svg" alt="" loading="lazy"></a>
<h2 id="title-${c(n)}"><a href="${i}">${a(t.title)}</a></h2>
<p class="state">${ee(r,e,"")}</p>
<dl class="facts">
<dt>Personas</dt><dd>${l}</dd>
<dt>Size</dt><dd>${a(o.counts)}</dd>
<dt>Lowest emotion</dt><dd>${f}</dd>
<dt>KPIs</dt><dd>${u||"none"}</dd>
<dt>File</dt><dd><code>${a(r.file)}</code>${r.errors?` <strong class="status status-off">${b(r.errors,"error")}</strong>`:""}</dd>
</dl>
</article>
</li>`}function Q(r,e){let t=new Map;for(let n of r)for(let o of e(n))t.has(o.id)||t.set(o.id,o.title);return[...t].sort(([n,o],[s,i])=>v(o.toLowerCase(),i.toLowerCase())||v(n,s)).map(([n,o])=>`<option value="${c(n)}">${a(o)}</option>`).join("")}function Rt(r){let e=(t,n,o,s)=>`<div class="field"><label for="filter-${t}">${n}</label><select id="filter-${t}" data-filter="${t}"><option value="">${o}</option>${s}</select></div>`;return`<form class="filters" role="search" aria-label="Search and filter journeys">
<div class="field search"><label for="search">Search titles, steps, thoughts, pains, opportunities and evidence</label><input id="search" type="search" autocomplete="off"></div>
${e("personas","Persona","Every persona",Q(r,t=>t.journey.personas))}
${e("stakeholders","Stakeholder","Every stakeholder",Q(r,t=>t.journey.stakeholders))}
${e("channels","Channel","Every channel",Q(r,t=>t.journey.channels.filter(n=>n.touchpointIds.length>0)))}
${e("state","State","Current and future",'<option value="current">Current (as-is)</option><option value="future">Future (to-be)</option>')}
</form>`}function He(r,e){let t=`<h1>Customer journeys</h1>
<p>${b(r.length,"journey")}. Open one for its interactive map, views and every fact behind each step.</p>
${Rt(r)}
<section aria-labelledby="results-title" class="results" hidden>
<h2 id="results-title">Search results</h2>
<p id="result-count" aria-live="polite"></p>
<ol id="results"></ol>
</section>
<h2 class="visually-hidden">Journeys</h2>
<p id="shown-count" aria-live="polite"></p>
<ul class="cards">
${r.map(n=>Ot(n,r)).join(`
`)}
</ul>`;return $({title:"Customer journeys",prefix:"",current:"index.html",body:t,scripts:["assets/search-index.js","assets/home.js"],live:e})}d();d();d();function C(r,e,t,n){return`<article class="detail" hidden data-kind="${c(r)}" data-id="${c(e)}" aria-label="${c(`${r}: ${t}`)}"><h3>${a(t)}</h3>${n}</article>`}function Ne(r,e){let t=e.portfolio?`, ${e.portfolio.replace("-"," ")}`:"",n=g(r.journey.stakeholders,e.ownerId),o=e.evidence.map(s=>I(r.journey,s,r.prefix));return`${a(e.text)} <span class="muted">(${a(e.status)}${t}${n?`, owner ${a(n)}`:""})</span>${p(o)}`}function Ft(r,e,t){let n=t.findings.map(s=>I(r.journey,s,r.prefix)),o=t.answeredBy.map(s=>e.opportunities[s]).filter(Boolean);return`${a(t.text)}${n.length?`<div class="sub">Evidence${p(n)}</div>`:""}${o.length?`<div class="sub">Answered by${p(o.map(s=>Ne(r,s)))}</div>`:""}`}function Bt(r,e){let t=o=>a(g(r.journey.personas,o)??o),n=e.personaEmotions.map(o=>`${t(o.personaId)}: <span class="emotion emotion-${o.emotion}">${o.emotion}</span>${o.evidence?` — ${I(r.journey,o.evidence,r.prefix)}`:""}`);return n.length===0&&e.emotion&&n.push(`Everyone: <span class="emotion emotion-${e.emotion}">${e.emotion}</span>`),n.length?`<h4>Emotions</h4>${p(n)}`:""}function _t(r,e){let t=e.thoughtNotes.map(n=>{let o=n.personaIds.length?` <span class="muted">(${n.personaIds.map(s=>a(g(r.journey.personas,s)??s)).join(", ")})</span>`:"";return`“${a(n.text)}”${o}${n.evidence?` — ${I(r.journey,n.evidence,r.prefix)}`:""}`});return t.length?`<h4>Thoughts</h4>${p(t)}`:""}function Dt(r,e){let t=e.blueprint.map(o=>{let s=g(r.journey.stakeholders,o.byId);return`<strong>${o.lane}</strong>: ${a(o.text)}${s?` <span class="muted">(by ${a(s)})</span>`:""}`}),n=e.laneCells.map(o=>`<strong>${a(g(r.journey.lanes,o.laneId)??o.laneId)}</strong>: ${a(o.text)}`);return t.length||n.length?`<h4>Service blueprint and lanes</h4>${p([...t,...n])}`:""}function qe(r,e){let{journey:t}=r,n=(s,i)=>s.map(l=>a(g(i,l)??l)).join(", "),o=[e.description?`<p>${a(e.description)}</p>`:"",S([["Stage",a(g(t.stages,e.stageId)??e.stageId)],["Channel",e.channelId?a(g(t.channels,e.channelId)??e.channelId):void 0],["Lived by",n(e.livedBy,t.personas)],["Goal",e.goal?a(e.goal):void 0],["Trigger",e.trigger?a(e.trigger):void 0],["Moment of truth",e.moment?a(e.moment):void 0],["Owner",e.ownerId?a(g(t.stakeholders,e.ownerId)??e.ownerId):void 0],["Stakeholders involved",n(e.involvedIds,t.stakeholders)]]),e.actions.length?`<h4>Doing</h4>${p(e.actions.map(s=>a(s)))}`:"",Bt(r,e),_t(r,e),e.evidence.length?`<h4>Evidence</h4>${p(e.evidence.map(s=>I(t,s,r.prefix)))}`:"",Dt(r,e),e.pains.length?`<h4>Pains</h4>${p(e.pains.map(s=>Ft(r,e,s)))}`:"",Ut(r,e),e.image?`<p>Image: <code>${a(e.image)}</code></p>`:"",j(r.repoUrl,r.file,e.loc)].join("");return C("touchpoint",e.id,e.title,o)}function Ut(r,e){let t=e.opportunities.filter(n=>n.answersPain===void 0);return t.length?`<h4>Opportunities</h4>${p(t.map(n=>Ne(r,n)))}`:""}function ze(r,e){let{journey:t}=r,n=e.touchpointIds.map(l=>`<a href="#${c(encodeURIComponent(l))}">${a(g(t.touchpoints,l)??l)}</a>`),o=e.needs.map(l=>`${a(g(t.stakeholders,l.stakeholderId)??l.stakeholderId)}: ${a(l.text)}`),s=e.kpiIds.map(l=>`<a href="#${c(encodeURIComponent(l))}">${a(g(t.kpis,l)??l)}</a>`),i=[e.description?`<p>${a(e.description)}</p>`:"",n.length?`<h4>Steps</h4>${p(n)}`:"",o.length?`<h4>What stakeholders need here</h4>${p(o)}`:"",s.length?`<h4>KPIs</h4>${p(s)}`:"",j(r.repoUrl,r.file,e.loc)].join("");return C("stage",e.id,e.title,i)}function te(r){return`<span class="status status-${r.status}">${r.status}</span>`}function P(r,e){return e?a(U(e.text,r.unit)):void 0}function re(r){let e=[...r.history.map(f=>({when:f.when,value:f.value})),...r.current?[{when:"now",value:r.current}]:[]];if(e.length<2)return"";let t=e.map(f=>f.value.value),n=Math.min(...t),o=Math.max(...t)-n||1,s=96,i=24,l=t.map((f,w)=>`${(w/(t.length-1)*(s-4)+2).toFixed(1)},${(i-2-(f-n)/o*(i-4)).toFixed(1)}`),u=`History: ${e.map(f=>`${f.when} ${f.value.text}`).join(", ")}`;return`<svg class="sparkline" width="${s}" height="${i}" viewBox="0 0 ${s} ${i}" role="img" aria-label="${c(u)}"><title>${a(u)}</title><polyline points="${l.join(" ")}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`}function ne(r,e){return e.benchmarks.map(t=>{let n=g(r.competitors,t.competitorId)??t.source,o=t.gap?t.gap.meets?" (met)":` (short by ${a(U(t.gap.text,e.unit))})`:"";return`${a(U(t.value.text,e.unit))}${n?` ${a(n)}`:""}${t.source&&t.competitorId?` <span class="muted">(${a(t.source)})</span>`:""}${t.date?` at ${a(t.date)}`:""}${o}`})}function Je(r,e){let{journey:t}=r,n=[e.description?`<p>${a(e.description)}</p>`:"",S([["Status",te(e)],["Trend",e.trend],["Current",P(e,e.current)],["Target",e.target?`${P(e,e.target)}${e.targetDate?` by ${a(e.targetDate)}`:""}`:void 0],["Better",e.better],["Stages",e.stageIds.map(o=>a(g(t.stages,o)??o)).join(", ")],["Owner",e.ownerId?a(g(t.stakeholders,e.ownerId)??e.ownerId):void 0]]),e.history.length?`<h4>History</h4>${re(e)}${p(e.history.map(o=>`${a(o.when)}: ${P(e,o.value)}`))}`:"",e.benchmarks.length?`<h4>Benchmarks</h4>${p(ne(t,e))}`:"",e.evidence.length?`<h4>Evidence</h4>${p(e.evidence.map(o=>I(t,o,r.prefix)))}`:"",j(r.repoUrl,r.file,e.loc)].join("");return C("kpi",e.id,e.title,n)}function Ke(r,e){let t=r.flatMap(o=>o.journey.kpis.map(s=>[`<a href="journeys/${c(o.slug)}.html#${c(encodeURIComponent(s.id))}">${a(s.title)}</a>`,a(o.journey.title),te(s),s.trend??"—",P(s,s.current)??"—",s.target?`${P(s,s.target)}${s.targetDate?` by ${a(s.targetDate)}`:""}`:"—",re(s)||"—",p(ne(o.journey,s))||"—"])),n=`<h1>KPI dashboard</h1>
<p>Every KPI of every journey: met, close (within 10 % of the target) or off, its trend over the last two measurements, its history and how it compares with competitors.</p>
${t.length?Oe("KPIs of every journey",["KPI","Journey","Status","Trend","Current","Target","History","Benchmarks"],t,' class="data"'):"<p>No KPI is written in these journeys.</p>"}`;return $({title:"KPI dashboard",prefix:"",current:"kpis.html",body:n,live:e})}d();d();function oe(r,e){let t=o=>g(r.touchpoints,o)??o,n=[...e.owns.map(o=>`owns the step ${t(o)}`),...e.involvedIn.map(o=>`is involved in ${t(o)}`),...e.needs.map(o=>`needs at ${g(r.stages,o.stageId)??o.stageId}: ${o.text}`)];for(let o of r.touchpoints){for(let s of o.blueprint.filter(i=>i.byId===e.id))n.push(`${s.lane} at ${o.title}: ${s.text}`);for(let s of o.opportunities.filter(i=>i.ownerId===e.id))n.push(`owns the opportunity ${s.text}`)}for(let o of r.kpis.filter(s=>s.ownerId===e.id))n.push(`owns the KPI ${o.title}`);return n}function se(r){return S([["Type",r.type],["Power / interest",r.power&&r.interest?`${r.power} / ${r.interest}`:void 0],["Quadrant",r.quadrant?a(ce[r.quadrant].label):void 0],["Attitude",r.attitude],["Role",r.role?a(r.role):void 0]])}function We(r,e){let{journey:t}=r,n=[e.description?`<p>${a(e.description)}</p>`:"",se(e),e.risks.length?`<h4>Risks</h4>${p(e.risks.map(o=>a(o)))}`:"",e.influences.length?`<h4>Influences</h4>${p(e.influences.map(o=>a(g(t.stakeholders,o)??o)))}`:"",`<h4>In this journey</h4>${p(oe(t,e).map(o=>a(o)))||"<p>Not engaged.</p>"}`,j(r.repoUrl,r.file,e.loc)].join("");return C("stakeholder",e.id,e.title,n)}function Ht(r,e){let t=e.loc.file??r.file;return e.scope==="journey"?`${t}#${r.journey.id}#${e.id}`:`${t}#${e.id}`}var Ve=new WeakMap;function Nt(r,e){let t=Ve.get(r)??new Map;Ve.set(r,t);let n=t.get(e)??oe(r,e);return t.set(e,n),n}function qt(r){let e=new Map;for(let t of r)for(let n of t.journey.stakeholders){let o=Ht(t,n),s=e.get(o)??{key:o,stakeholder:n,uses:[]};s.uses.push({entry:t,rows:Nt(t.journey,n)}),e.set(o,s)}return[...e.values()].sort((t,n)=>v(t.stakeholder.title.toLowerCase(),n.stakeholder.title.toLowerCase())||v(t.key,n.key))}function zt(r,e){let{stakeholder:t}=r,n=r.uses.map(({entry:o,rows:s})=>`<a href="journeys/${c(o.slug)}.html#${c(encodeURIComponent(t.id))}">${a(o.journey.title)}</a>${p(s.map(i=>a(i)))||' <span class="muted">(named, not engaged)</span>'}`);return`<section class="register-entry" id="${c(M("stakeholder",`${e}-${t.id}`))}" aria-labelledby="sh-${e}">
<h2 id="sh-${e}">${a(t.title)}</h2>
${t.description?`<p>${a(t.description)}</p>`:""}
${se(t)}
${t.risks.length?`<h3>Risks</h3>${p(t.risks.map(o=>a(o)))}`:""}
<h3>Journeys</h3>${p(n)}
</section>`}function Ye(r,e){let n=`<h1>Stakeholder register</h1>
<p>Every stakeholder of every journey: where they sit on the power/interest grid, their attitude and risks, and each step, stage, KPI and opportunity they own, are involved in or need something at.</p>
${qt(r).map(zt).join(`
`)||"<p>No stakeholder is written in these journeys.</p>"}`;return $({title:"Stakeholder register",prefix:"",current:"stakeholders.html",body:n,live:e})}d();var Xe=new WeakMap;function Jt(r){let e=Xe.get(r);if(e)return e;let t=[];Xe.set(r,t);for(let n of r.touchpoints){let o=(s,i)=>i&&t.push({evidence:i,what:`${s} at ${n.title}`,anchor:n.id});n.evidence.forEach(s=>o("step",s)),o("emotion",n.emotionEvidence),n.personaEmotions.filter(s=>s.own).forEach(s=>o(`emotion of ${s.personaId}`,s.evidence)),n.thoughtNotes.forEach(s=>o(`thought “${s.text}”`,s.evidence)),n.pains.forEach(s=>s.findings.forEach(i=>o(`pain “${s.text}”`,i))),n.opportunities.forEach(s=>s.evidence.forEach(i=>o(`opportunity “${s.text}”`,i)))}for(let n of r.kpis)n.evidence.forEach(o=>t.push({evidence:o,what:`KPI ${n.title}`,anchor:n.id}));return t}function Kt(r){let e=new Map,t=[];for(let o of r){for(let s of o.journey.sources)e.has(s.id)||e.set(s.id,{source:s,cited:[]});for(let s of Jt(o.journey)){let i=s.evidence.sourceId!==void 0?e.get(s.evidence.sourceId):void 0;(i?i.cited:t).push({entry:o,citation:s})}}return{sources:[...e.values()].sort((o,s)=>v(o.source.title.toLowerCase(),s.source.title.toLowerCase())||v(o.source.id,s.source.id)),unsourced:t}}function Ge({entry:r,citation:e}){return`${e.evidence.finding!==void 0?`“${a(e.evidence.finding)}”`:'<span class="muted">(cited without a finding)</span>'} — ${a(e.what)}, <a href="journeys/${c(r.slug)}.html#${c(encodeURIComponent(e.anchor))}">${a(r.journey.title)}</a>`}function Wt({source:r,cited:e},t){let n=r.link&&/^https?:\/\//i.test(r.link)?`<a href="${c(r.link)}">${a(r.link)}</a>`:r.link?a(r.link):void 0;return`<section id="${c(M("source",r.id))}" aria-labelledby="src-${t}">
<h2 id="src-${t}">${a(r.title)}</h2>
${S([["Kind",r.kind],["Date",r.date?a(r.date):void 0],["Sample",r.sample?a(r.sample):void 0],["Link",n],["Description",r.description?a(r.description):void 0]])}
<h3>Findings that cite it (${e.length})</h3>
${p(e.map(Ge))||"<p>No finding cites this source yet.</p>"}
</section>`}function Ze(r,e){let{sources:t,unsourced:n}=Kt(r),o=`<h1>Research</h1>
<p>Every source behind the maps and every finding that cites it: the evidence of steps, emotions, thoughts, pains, opportunities and KPIs.</p>
${t.map(Wt).join(`
`)||"<p>No source is written in these journeys.</p>"}
${n.length?`<section aria-labelledby="unsourced"><h2 id="unsourced">Findings without a source</h2>${p(n.map(Ge))}</section>`:""}`;return $({title:"Research",prefix:"",current:"research.html",body:o,live:e})}d();function Vt(r,e){let t=[[e,"","journey",[r.title,r.description??"",...r.objectives].join(" ")]];for(let n of r.stages)t.push([e,n.id,"stage",n.title]);for(let n of r.touchpoints){let o=(s,i)=>{i&&t.push([e,n.id,s,i])};o("step",[n.title,n.description??"",...n.actions].join(" ").trim()),n.thoughts.forEach(s=>o("thought",s)),n.evidence.forEach(s=>o("evidence",s.finding));for(let s of n.pains)o("pain",s.text),s.findings.forEach(i=>o("evidence",i.finding));n.opportunities.forEach(s=>o("opportunity",[s.text,s.description??""].join(" ").trim()))}for(let n of r.kpis)t.push([e,n.id,"KPI",n.title]);return t}var Qe=new WeakMap;function Yt(r,e){let t=Qe.get(r);if(t?.position===e)return t.json;let n=JSON.stringify(Vt(r,e)).slice(1,-1);return Qe.set(r,{position:e,json:n}),n}function et(r){let e=JSON.stringify(r.map(n=>({slug:n.slug,title:n.journey.title}))),t=r.map((n,o)=>Yt(n.journey,o)).filter(n=>n!=="").join(",");return`window.CJ_SEARCH = {"journeys":${e},"entries":[${t}]};
`}d();var ie=y(J(),1),at=y(jt(),1),O=y(_(),1),ae=y(Le(),1);d();var tt=String.raw`(function () {
    'use strict';
    var index = window.CJ_SEARCH || { journeys: [], entries: [] };
    var search = document.getElementById('search');
    var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
    var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
    var results = document.getElementById('results');
    var section = results.closest('section');
    var resultCount = document.getElementById('result-count');
    var shownCount = document.getElementById('shown-count');
    var MAX_RESULTS = 50;

    // Accents and case do not matter: "zoe" finds "Zoë".
    function normalize(value) {
        return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    }
    var texts = index.entries.map(function (entry) { return normalize(entry[3]); });

    // An entry matches when it holds every word of the query.
    function find(query) {
        var words = normalize(query).split(/\s+/).filter(Boolean);
        var hits = [];
        for (var i = 0; i < texts.length; i++) {
            if (words.every(function (word) { return texts[i].indexOf(word) >= 0; })) hits.push(index.entries[i]);
        }
        return hits;
    }

    function passesFilters(card) {
        return selects.every(function (select) {
            var value = select.value;
            if (!value) return true;
            var name = select.getAttribute('data-filter');
            if (name === 'state') return card.getAttribute('data-state') === value;
            return (card.getAttribute('data-' + name) || '').indexOf(' ' + value + ' ') >= 0;
        });
    }

    function resultItem(entry) {
        var journey = index.journeys[entry[0]];
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = 'journeys/' + encodeURIComponent(journey.slug) + '.html' + (entry[1] ? '#' + encodeURIComponent(entry[1]) : '');
        link.textContent = journey.title;
        var what = document.createElement('span');
        what.textContent = ' — ' + entry[2] + ': ' + entry[3];
        item.appendChild(link);
        item.appendChild(what);
        return item;
    }

    function apply() {
        var query = search.value.trim();
        var hits = query ? find(query) : null;
        var found = {};
        if (hits) hits.forEach(function (entry) { found[index.journeys[entry[0]].slug] = true; });
        var shown = 0;
        var visible = {};
        cards.forEach(function (card) {
            var slug = card.getAttribute('data-journey');
            var show = passesFilters(card) && (!hits || found[slug] === true);
            card.hidden = !show;
            if (show) { shown++; visible[slug] = true; }
        });
        shownCount.textContent = shown + ' of ' + cards.length + ' journeys shown.';
        results.textContent = '';
        section.hidden = !hits;
        if (!hits) return;
        var listed = hits.filter(function (entry) { return visible[index.journeys[entry[0]].slug]; });
        listed.slice(0, MAX_RESULTS).forEach(function (entry) { results.appendChild(resultItem(entry)); });
        resultCount.textContent = listed.length === 0 ? 'Nothing matches.' :
            listed.length + (listed.length === 1 ? ' match' : ' matches') + (listed.length > MAX_RESULTS ? ', the first ' + MAX_RESULTS + ' shown.' : '.');
    }

    search.addEventListener('input', apply);
    selects.forEach(function (select) { select.addEventListener('change', apply); });
    apply();
})();
`;d();d();var rt=String.raw`
    var mapFilters = document.getElementById('map-filters');
    var laneBoxes = Array.prototype.slice.call(document.querySelectorAll('input[name="lane"]'));
    var mapDataElement = document.getElementById('journey-data');
    var mapStatus = document.getElementById('map-status');
    var renderer = window.cjourneySite;
    var canFilter = Boolean(mapFilters && mapDataElement && renderer && typeof renderer.drawMap === 'function');
    var mapData = null;
    var drawTicket = 0;

    function showMapFilters(view) {
        if (mapFilters) mapFilters.hidden = !canFilter || view !== 'map';
    }

    /** The renderer's filter: nothing when every persona and lane is shown (the map as first drawn). */
    function mapFilter() {
        var filter = {};
        var persona = personaSelect ? personaSelect.value : '';
        if (persona) filter.personas = [persona];
        var shown = laneBoxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
        if (shown.length < laneBoxes.length) filter.lanes = shown;
        return filter;
    }

    function describeMap(filter) {
        var lanes = filter.lanes ? filter.lanes.length + ' of ' + laneBoxes.length + ' lanes' : 'every lane';
        var persona = personaSelect && personaSelect.value ? personaSelect.options[personaSelect.selectedIndex].text : 'every persona';
        return 'The journey map now shows ' + lanes + ', for ' + persona + '.';
    }

    function redrawMap() {
        var filter = mapFilter();
        var ticket = ++drawTicket;
        var drawing = document.querySelector('#panel-map .drawing');
        // A large map takes a moment: the old drawing is dimmed (and marked busy) until the new one is in.
        drawing.setAttribute('aria-busy', 'true');
        mapData = mapData || JSON.parse(mapDataElement.textContent);
        renderer.drawMap(mapData, filter).then(function (svgText) {
            // A later choice is already being drawn: this drawing is out of date.
            if (ticket !== drawTicket) return;
            drawing.removeAttribute('aria-busy');
            drawing.innerHTML = svgText;
            drawing.setAttribute('data-persona', filter.personas ? filter.personas[0] : '');
            drawing.setAttribute('data-lanes', filter.lanes ? filter.lanes.join(' ') : '');
            wire(drawing.querySelector('svg'));
            sizeToContent();
            highlight(currentId);
            if (mapStatus) mapStatus.textContent = describeMap(filter);
        }, function (error) {
            if (ticket === drawTicket) drawing.removeAttribute('aria-busy');
            console.error('cjourney: the journey map could not be drawn again: ' + (error && error.message));
        });
    }

    if (canFilter) {
        if (personaSelect) personaSelect.addEventListener('change', redrawMap);
        laneBoxes.forEach(function (box) {
            box.addEventListener('change', function () {
                // The last lane shown stays on, as in the preview: an empty map helps no one.
                if (!laneBoxes.some(function (other) { return other.checked; })) {
                    box.checked = true;
                    return;
                }
                redrawMap();
            });
        });
    }
`;var nt=String.raw`(function () {
    'use strict';
    var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
    var panels = Array.prototype.slice.call(document.querySelectorAll('[role="tabpanel"]'));
    var personaSelect = document.getElementById('persona');
    var details = Array.prototype.slice.call(document.querySelectorAll('.detail'));
    var hint = document.getElementById('panel-hint');
    var panelTitle = document.getElementById('panel-title');
    // The kind of detail each kind of drawn element opens (pains and opportunities: their step's).
    var DETAIL_OF = { touchpoint: 'touchpoint', emotion: 'touchpoint', 'touchpoint-details': 'touchpoint', pain: 'touchpoint',
        opportunity: 'touchpoint', doing: 'touchpoint', stage: 'stage', kpi: 'kpi', benchmark: 'kpi', stakeholder: 'stakeholder' };

    function visibleDrawing() {
        var panel = panels.filter(function (candidate) { return !candidate.hidden; })[0];
        if (!panel) return null;
        return Array.prototype.filter.call(panel.querySelectorAll('.drawing'), function (drawing) { return !drawing.hidden; })[0] || null;
    }

    function selectTab(tab, focus) {
        tabs.forEach(function (other) {
            var selected = other === tab;
            other.setAttribute('aria-selected', String(selected));
            other.tabIndex = selected ? 0 : -1;
            document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
        });
        if (focus) tab.focus();
        showMapFilters(tab.getAttribute('data-view'));
        sizeToContent();
        highlight(currentId);
    }

    tabs.forEach(function (tab, position) {
        tab.addEventListener('click', function () { selectTab(tab, false); });
        tab.addEventListener('keydown', function (event) {
            var step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (event.key === 'Home') selectTab(tabs[0], true);
            else if (event.key === 'End') selectTab(tabs[tabs.length - 1], true);
            else if (step) selectTab(tabs[(position + step + tabs.length) % tabs.length], true);
            else return;
            event.preventDefault();
        });
    });
${rt}
    // Pan and zoom: each drawing keeps its own viewBox.
    function box(svg) {
        if (!svg.__cjBox) {
            var base = svg.viewBox.baseVal;
            svg.__cjBox = { x: base.x, y: base.y, w: base.width, h: base.height, full: { x: base.x, y: base.y, w: base.width, h: base.height } };
        }
        return svg.__cjBox;
    }
    function apply(svg) {
        var b = box(svg);
        svg.setAttribute('viewBox', [b.x, b.y, b.w, b.h].join(' '));
    }
    function toMap(svg, clientX, clientY) {
        var point = svg.createSVGPoint();
        point.x = clientX;
        point.y = clientY;
        return point.matrixTransform(svg.getScreenCTM().inverse());
    }
    function zoom(svg, factor, clientX, clientY) {
        var b = box(svg);
        // Buttons zoom around the middle of what is shown; the wheel around the pointer.
        var anchor = clientX === undefined ? { x: b.x + b.w / 2, y: b.y + b.h / 2 } : toMap(svg, clientX, clientY);
        var w = Math.min(Math.max(b.w / factor, b.full.w / 50), b.full.w * 4);
        var ratio = w / b.w;
        b.x = anchor.x - (anchor.x - b.x) * ratio;
        b.y = anchor.y - (anchor.y - b.y) * ratio;
        b.w = w;
        b.h = b.h * ratio;
        apply(svg);
    }
    // A wide, short drawing (the flow) gets a short panel instead of a strip in a tall, empty one.
    function sizeToContent() {
        var drawing = visibleDrawing();
        var svg = drawing && drawing.querySelector('svg');
        if (!svg) return;
        var full = box(svg).full;
        var width = drawing.clientWidth || 800;
        svg.style.height = Math.round(Math.max(240, Math.min(window.innerHeight * 0.72, (width * full.h) / full.w))) + 'px';
    }
    function fit(svg) {
        var b = box(svg);
        b.x = b.full.x; b.y = b.full.y; b.w = b.full.w; b.h = b.full.h;
        apply(svg);
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-zoom]'), function (button) {
        button.addEventListener('click', function () {
            var drawing = visibleDrawing();
            var svg = drawing && drawing.querySelector('svg');
            if (!svg) return;
            var action = button.getAttribute('data-zoom');
            if (action === 'fit') fit(svg); else zoom(svg, action === 'in' ? 1.25 : 0.8);
        });
    });

    var drag = null;
    // Each drawing, and the map each time the filters draw it again.
    function wire(svg) {
        svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');
        svg.addEventListener('wheel', function (event) {
            event.preventDefault();
            zoom(svg, Math.pow(1.1, -event.deltaY / 100), event.clientX, event.clientY);
        }, { passive: false });
        svg.addEventListener('pointerdown', function (event) {
            if (event.button !== 0) return;
            drag = { svg: svg, x: event.clientX, y: event.clientY, moved: false };
        });
        svg.addEventListener('click', function (event) {
            if (drag && drag.moved) { drag = null; return; }
            drag = null;
            var element = event.target.closest('[data-cj-kind]');
            if (!element) return;
            var id = element.getAttribute('data-cj-id');
            if (id) choose(DETAIL_OF[element.getAttribute('data-cj-kind')], id);
        });
    }
    Array.prototype.forEach.call(document.querySelectorAll('.drawing svg'), wire);
    window.addEventListener('pointermove', function (event) {
        if (!drag) return;
        var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
        if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
        drag.moved = true;
        var b = box(drag.svg);
        var scale = b.w / drag.svg.getBoundingClientRect().width;
        b.x -= dx * scale; b.y -= dy * scale;
        drag.x = event.clientX; drag.y = event.clientY;
        apply(drag.svg);
    });
    window.addEventListener('pointerup', function () { if (drag && !drag.moved) drag = null; });

    // The side panel.
    var currentId = null;
    function findDetail(kind, id) {
        return details.filter(function (d) { return d.getAttribute('data-id') === id && (!kind || d.getAttribute('data-kind') === kind); })[0] ||
            details.filter(function (d) { return d.getAttribute('data-id') === id; })[0] || null;
    }
    function highlight(id) {
        Array.prototype.forEach.call(document.querySelectorAll('.cj-selected'), function (element) { element.classList.remove('cj-selected'); });
        var drawing = visibleDrawing();
        if (!id || !drawing) return null;
        var matches = Array.prototype.filter.call(drawing.querySelectorAll('[data-cj-id]'), function (element) { return element.getAttribute('data-cj-id') === id; });
        matches.forEach(function (element) { element.classList.add('cj-selected'); });
        return matches[0] || null;
    }
    // A deep link shows its element at full size (one map unit per pixel) in the middle of the panel.
    function centerOn(element) {
        var svg = element.ownerSVGElement;
        var rect = element.getBoundingClientRect();
        var center = toMap(svg, rect.left + rect.width / 2, rect.top + rect.height / 2);
        var panel = svg.getBoundingClientRect();
        var b = box(svg);
        b.w = Math.min(b.full.w, panel.width);
        b.h = b.w * panel.height / panel.width;
        b.x = center.x - b.w / 2;
        b.y = center.y - b.h / 2;
        apply(svg);
    }
    function choose(kind, id, fromHash) {
        var detail = findDetail(kind, id);
        if (!detail) return false;
        details.forEach(function (d) { d.hidden = d !== detail; });
        hint.hidden = true;
        currentId = id;
        var element = highlight(id);
        if (!fromHash) history.replaceState(null, '', '#' + encodeURIComponent(id));
        if (fromHash && element) {
            centerOn(element);
            document.querySelector('.viewer').scrollIntoView({ block: 'start' });
        }
        panelTitle.focus({ preventScroll: true });
        return true;
    }
    function followHash() {
        var id = decodeURIComponent(window.location.hash.slice(1));
        if (id) choose(null, id, true);
    }
    window.addEventListener('hashchange', followHash);
    window.addEventListener('resize', sizeToContent);
    showMapFilters(tabs.filter(function (tab) { return tab.getAttribute('aria-selected') === 'true'; })[0].getAttribute('data-view'));
    sizeToContent();
    followHash();
})();
`;d();var ot=String.raw`(function () {
    'use strict';
    var table = document.querySelector('table.sortable');
    if (!table) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
    var count = document.getElementById('row-count');

    function filter() {
        var shown = 0;
        rows.forEach(function (row) {
            var show = selects.every(function (select) {
                return !select.value || row.getAttribute('data-' + select.getAttribute('data-filter')) === select.value;
            });
            row.hidden = !show;
            if (show) shown++;
        });
        count.textContent = shown + ' of ' + rows.length + ' opportunities shown.';
    }

    function key(row, column) {
        return row.cells[column].getAttribute('data-sort') || '';
    }

    function sort(button) {
        var column = Number(button.getAttribute('data-sort-column'));
        var header = button.parentElement;
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.setAttribute('aria-sort', 'none'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var sorted = rows.slice().sort(function (a, b) {
            var x = key(a, column), y = key(b, column);
            var order = x !== '' && y !== '' && !isNaN(x) && !isNaN(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
            return ascending ? order : -order;
        });
        sorted.forEach(function (row) { body.appendChild(row); });
    }

    selects.forEach(function (select) { select.addEventListener('change', filter); });
    Array.prototype.forEach.call(table.querySelectorAll('button[data-sort-column]'), function (button) {
        button.addEventListener('click', function () { sort(button); });
    });
    filter();
})();
`,st=String.raw`(function () {
    'use strict';
    var events = new EventSource('/__cjourney/events');
    events.addEventListener('reload', function () { window.location.reload(); });
})();
`;d();var it=`:root { color-scheme: light; --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0550ae; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Arimo, "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--text); background: #ffffff; line-height: 1.45; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid #bf8700; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; background: #ffffff; padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: #24292f; padding: 0 1.5rem; }
.site-header ul { display: flex; flex-wrap: wrap; gap: 1.5rem; list-style: none; margin: 0; padding: 0.8rem 0; }
.site-header a { color: #ffffff; text-decoration: none; font-weight: bold; }
.site-header a[aria-current="page"] { text-decoration: underline; text-underline-offset: 4px; }
main { padding: 1rem 1.5rem 2rem; max-width: 1600px; margin: 0 auto; }
main:focus { outline: none; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); padding: 0.5rem 1.5rem; font-size: 0.9rem; }
h1 { margin: 0.5rem 0; }
.muted { color: var(--muted); }
code { font-size: 0.9em; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; padding: 0.8rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.field { display: flex; flex-direction: column; gap: 0.2rem; }
.field.search { flex: 1 1 20rem; }
label { font-weight: bold; font-size: 0.9rem; }
input, select, button { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #8c959f; border-radius: 4px; background: #ffffff; color: var(--text); }
button { cursor: pointer; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
.card article { border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem; height: 100%; }
.card h2 { font-size: 1.15rem; margin: 0.5rem 0 0.3rem; }
.thumb { display: block; height: 160px; overflow: hidden; border: 1px solid var(--line); border-radius: 4px; background: #ffffff; }
.thumb img { width: 100%; height: 100%; object-fit: cover; object-position: left top; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.5rem 0; }
.facts dt { font-weight: bold; color: var(--muted); }
.facts dd { margin: 0; }
.status, .emotion { font-weight: bold; padding: 0 0.3rem; border-radius: 3px; }
.status-met { background: #dafbe1; color: #116329; }
.status-close { background: #fff8c5; color: #6c4b00; }
.status-off { background: #ffebe9; color: #a40e26; }
.status-unknown { background: #eaeef2; color: #424a53; }
.emotion-delighted, .emotion-pleased { background: #dafbe1; color: #116329; }
.emotion-neutral { background: #eaeef2; color: #424a53; }
.emotion-frustrated { background: #fff1e5; color: #953800; }
.emotion-angry { background: #ffebe9; color: #a40e26; }
.results { margin: 1rem 0; }
.toolbar { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0 0.5rem; }
[role="tablist"] { display: flex; flex-wrap: wrap; gap: 0.25rem; }
[role="tab"][aria-selected="true"] { background: var(--accent); color: #ffffff; border-color: var(--accent); }
.zoom { display: flex; gap: 0.25rem; }
.map-filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; }
.lanes { display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; margin: 0; padding: 0.3rem 0.6rem 0.4rem; border: 1px solid var(--line); border-radius: 4px; }
.lanes legend { font-weight: bold; font-size: 0.9rem; padding: 0 0.2rem; }
.lanes label { font-weight: normal; white-space: nowrap; }
.drawing[aria-busy="true"] svg { opacity: 0.55; }
.lanes input { padding: 0; margin: 0 0.2rem 0 0; vertical-align: middle; }
.journey-layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; align-items: start; }
@media (max-width: 900px) { .journey-layout { grid-template-columns: 1fr; } }
.viewer { border: 1px solid var(--line); border-radius: 6px; overflow: hidden; background: #ffffff; }
.drawing svg { display: block; width: 100%; height: 72vh; touch-action: none; cursor: grab; }
.drawing [data-cj-kind] { cursor: pointer; }
.cj-selected > rect, .cj-selected > path, .cj-selected > circle { stroke: #bf8700; stroke-width: 3px; }
.panel { border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem; max-height: 80vh; overflow: auto; }
.panel h2 { margin-top: 0; }
#panel-title:focus { outline: none; }
.panel h3 { margin: 0.2rem 0 0.5rem; }
.panel h4 { margin: 0.8rem 0 0.2rem; }
.panel ul { padding-left: 1.2rem; margin: 0.2rem 0; }
.sub { margin-top: 0.2rem; color: var(--muted); }
.outline ol ol { margin-bottom: 0.5rem; }
table.data { border-collapse: collapse; width: 100%; margin: 1rem 0; }
table.data caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
table.data th, table.data td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
table.data thead th { background: var(--soft); }
table.data thead button { border: none; background: none; padding: 0; font-weight: bold; text-align: left; }
table.data ul { margin: 0; padding-left: 1rem; }
.sparkline { color: var(--accent); vertical-align: middle; }
.register-entry { border-top: 1px solid var(--line); padding-top: 0.5rem; }
.source-link { margin-top: 0.8rem; }
[hidden] { display: none !important; }
`;var Xt=(0,at.createRequire)(import.meta.url);function Gt(){return Y?.fonts!==void 0?(0,ae.fileURLToPath)(new URL(`${Y.fonts}/@fontsource/arimo`,import.meta.url)):O.default.dirname(Xt.resolve("@fontsource/arimo/package.json"))}function Zt(){let r=new Map;try{let e=Gt();for(let t of Se)r.set(`assets/fonts/${O.default.basename(t.file)}`,(0,ie.readFileSync)(O.default.join(e,t.file)))}catch{r.clear()}return r}var Qt="site-render.js";function er(){let r=new URL(`./${Qt}`,import.meta.url);try{return(0,ie.readFileSync)(r)}catch{throw new Error(`cannot read ${(0,ae.fileURLToPath)(r)}, the journey pages' map renderer: \`npm run build\` writes it`)}}function lt(r){let e=Zt(),t=new Map,n=e.size>0?Ie(o=>`fonts/${O.default.basename(o.file)}`):"";t.set("assets/site.css",n+it);for(let[o,s]of e)t.set(o,s);return t.set("assets/home.js",tt),t.set("assets/journey.js",nt),t.set("assets/render.js",er()),t.set("assets/table.js",ot),r&&t.set("assets/live-reload.js",st),t}d();var mt=y(J(),1),gt=y(kt(),1),wt=y(Le(),1),bt=y(xt(),1);d();d();var dt="map0";function ct(r,e){return r.replace(/( id="| href="#| aria-labelledby="| aria-describedby="|url\(#)cj-/g,`$1${e}-cj-`)}function ut(r,e){let t=r.journeys.filter(n=>n===e||n.id===e.baselineId);return{...r,journeys:t}}function pt(r,e={}){return{theme:"light",journeyId:r.journeyId,notices:r.notices,imageHref:t=>r.images[t.path],...e.personas?{personas:e.personas}:{},...e.lanes?{lanes:e.lanes}:{}}}async function tr(r){let e=r.errors?[`${r.file} has ${b(r.errors,"error")} (run cjourney check): this drawing may be incomplete.`]:[],t=r.source.absolute,n=t.slice(0,t.length-r.file.length),o=u=>ye(u,n),s={model:ut(r.model,r.journey),journeyId:r.journey.id,notices:e,images:{}},i=u=>{let f=o(u);return f!==void 0&&(s.images[u.path]=f),f},l=[];for(let u of H){let f={...pt(s),imageHref:u==="map"?i:o};l.push({view:u,svg:await X(r.model,u,f)})}return{list:l,data:s}}function rr(r){let e=r.journey.lanes.filter(t=>!Ae.includes(t.id));return[...Ee,...e]}function nr(r){let e=r.journey.personas.map(o=>`<option value="${c(o.id)}">${a(o.title)}</option>`).join(""),t=r.journey.personas.length>1?`<div class="field"><label for="persona">Persona (journey map)</label><select id="persona"><option value="">Every persona</option>${e}</select></div>`:"",n=rr(r).map(o=>`<label><input type="checkbox" name="lane" value="${c(o.id)}" checked> ${a(o.title)}</label>`).join("");return`<div class="map-filters" id="map-filters" hidden>${t}<fieldset class="lanes"><legend>Lanes (journey map)</legend>${n}</fieldset></div><p id="map-status" role="status" class="visually-hidden"></p>`}function or(r){return`<div class="toolbar"><div role="tablist" aria-label="Views">${H.map((t,n)=>`<button type="button" role="tab" id="tab-${t}" aria-controls="panel-${t}" aria-selected="${n===0}" tabindex="${n===0?0:-1}" data-view="${t}">${a(Ce[t])}</button>`).join("")}</div>${nr(r)}
<div class="zoom" role="group" aria-label="Zoom"><button type="button" data-zoom="out" aria-label="Zoom out">−</button><button type="button" data-zoom="fit" aria-label="Fit the drawing">Fit</button><button type="button" data-zoom="in" aria-label="Zoom in">+</button></div></div>`}function sr(r){return H.map((e,t)=>{let n=r.find(s=>s.view===e),o=ct(n.svg,e==="map"?dt:`${e}0`).trim();return`<div role="tabpanel" id="panel-${e}" aria-labelledby="tab-${e}" data-view="${e}"${t>0?" hidden":""}><div class="drawing">${o}</div></div>`}).join(`
`)}function ir(r){let{journey:e}=r,t=(i,l)=>`<a href="#${c(encodeURIComponent(i))}">${a(l)}</a>`,n=e.stages.map(i=>{let l=i.touchpointIds.map(u=>e.touchpoints.find(f=>f.id===u)).filter(u=>u!==void 0);return`<li>${t(i.id,i.title)}<ol>${l.map(u=>`<li>${t(u.id,u.title)}</li>`).join("")}</ol></li>`}),o=e.kpis.map(i=>`<li>${t(i.id,i.title)}</li>`),s=e.stakeholders.map(i=>`<li>${t(i.id,i.title)}</li>`);return`<section class="outline" aria-labelledby="outline-title"><h2 id="outline-title">Stages and steps</h2><ol>${n.join("")}</ol>
${o.length?`<h2>KPIs</h2><ul>${o.join("")}</ul>`:""}${s.length?`<h2>Stakeholders</h2><ul>${s.join("")}</ul>`:""}</section>`}function ar(r,e){let t={journey:r.journey,file:r.file,repoUrl:e.repoUrl,prefix:"../"},{journey:n}=r;return[...n.touchpoints.map(o=>qe(t,o)),...n.stages.map(o=>ze(t,o)),...n.kpis.map(o=>Je(t,o)),...n.stakeholders.map(o=>We(t,o))].join(`
`)}async function ft(r,e,t){let{journey:n}=r,{list:o,data:s}=await tr(r),i=`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="../index.html">Journeys</a> › <span aria-current="page">${a(n.title)}</span></nav>
<h1>${a(n.title)}</h1>
<p class="state">${ee(r,e,"../")} · ${a(N(n).counts)}</p>
${n.objectives.length?`<p>Objectives: ${n.objectives.map(u=>a(u)).join("; ")}</p>`:""}
<p class="muted">From <code>${a(r.file)}</code>. Click an element of the drawing, or a step below, for everything known about it.</p>
${j(t.repoUrl,r.file,n.loc)}
${or(r)}
<div class="journey-layout">
<section class="viewer" aria-label="Drawing">
${sr(o)}
</section>
<aside class="panel" aria-labelledby="panel-title"><h2 id="panel-title" tabindex="-1">Details</h2><p id="panel-hint">Nothing selected yet.</p>
${ar(r,t)}
</aside>
</div>
${ir(r)}
${Re("journey-data",s)}`;return{html:$({title:`${n.title} — customer journey`,prefix:"../",body:i,scripts:["assets/render.js","assets/journey.js"],live:t.live}),mapSvg:o.find(u=>u.view==="map").svg}}var lr=12;function dr(){try{let r=(0,wt.fileURLToPath)(new URL("./render-worker.js",import.meta.url));return(0,mt.existsSync)(r)?r:void 0}catch{return}}var ht=2,L=class{drawers=[];queue=[];drewBy=new Map;nextId=0;constructor(e){let t=dr(),n=Math.min(4,(0,gt.availableParallelism)(),Math.ceil(e/lr));if(!(!t||n<2))for(let o=0;o<n;o++){let s={worker:new bt.Worker(t),sent:[],own:[]};s.worker.on("message",i=>this.answer(s,i)),s.worker.on("error",i=>this.fail(s,i)),this.drawers.push(s)}}draw(e,t,n){return this.drawers.length===0?ft(e,t,n):new Promise((o,s)=>{let i={job:{id:this.nextId++,entry:e,refs:t,options:n},resolve:o,reject:s},l=this.drewBy.get(e.slug);l?l.own.push(i):this.queue.push(i),this.dispatch()})}async close(){await Promise.all(this.drawers.map(e=>e.worker.terminate())),this.drawers.length=0}dispatch(){for(let e=0;e<ht;e++)for(let t of this.drawers){if(t.sent.length>=ht)continue;let n=t.own.shift()??this.queue.shift();n&&(t.sent.push(n),this.drewBy.set(n.job.entry.slug,t),t.worker.postMessage(n.job))}}answer(e,t){let n=e.sent[0];!n||n.job.id!==t.id||(e.sent.shift(),t.error!==void 0?n.reject(new Error(t.error)):n.resolve({html:t.html,mapSvg:t.mapSvg}),this.dispatch())}fail(e,t){if(this.drawers.includes(e)){this.drawers.splice(this.drawers.indexOf(e),1);for(let[n,o]of this.drewBy)o===e&&this.drewBy.delete(n);for(let n of[...e.sent,...e.own])n.reject(t);if(this.drawers.length===0)for(let n of this.queue.splice(0))n.reject(t);this.dispatch()}}};var q=class{workspace;options;journeys=[];pool;models=new Map;written=new Map;folders=new Set;constructor(e,t,n){this.workspace=e,this.options=t,this.pool=n??new L(e.files.filter(o=>o.target).length)}filesWithErrors(){return this.workspace.files.filter(e=>e.target&&this.workspace.errorCount(e)>0)}modelOf(e){if(!this.models.has(e.uri)){let t=this.workspace.modelOf(e);this.models.set(e.uri,t?{model:t,errors:this.workspace.errorCount(e)}:void 0)}return this.models.get(e.uri)}collect(){return Ue(this.workspace.files,e=>this.modelOf(e))}async build(){this.journeys=this.collect();let e=lt(this.options.live??!1),t=0,n=this.journeys.map(Z),o=Promise.all(this.journeys.map(async s=>{let i=new Map;this.addJourney(s,await this.pool.draw(s,n,this.pageOptions()),i),t+=await this.write(i);for(let l of i.keys())e.set(l,"")}));return this.crossJourneyPages(e),await o,t+=await this.write(new Map([...e].filter(([s])=>!s.startsWith("journeys/")))),await this.removeStale(new Set(e.keys())),{journeys:this.journeys.length,drawn:this.journeys.map(s=>s.slug),written:t}}async rebuild(e){let t=await this.workspace.update(e);if(t.length===0)return{journeys:this.journeys.length,drawn:[],written:0};for(let h of t)this.models.delete(h.uri);let n=new Set(t.map(h=>h.uri)),o=new Map(this.journeys.map(h=>[h.slug,h]));this.journeys=this.collect();let s=this.journeys.filter(h=>{let A=o.get(h.slug);return!A||n.has(h.source.uri)&&!cr(A,h)}),i=new Set(s.map(h=>h.journey.id)),l=this.journeys.filter(h=>s.includes(h)||h.journey.baselineId!==void 0&&i.has(h.journey.baselineId)),u=new Map,f=Promise.all(l.map(h=>this.drawJourney(h,u)));this.crossJourneyPages(u),await f;let w=await this.write(u),x=new Set([...this.written.keys()].filter(h=>!h.startsWith("journeys/")||this.journeys.some(A=>h.startsWith(`journeys/${A.slug}.`))));return await this.removeStale(x),{journeys:this.journeys.length,drawn:l.map(h=>h.slug),written:w}}pageOptions(){return{repoUrl:this.options.repoUrl,live:this.options.live??!1}}async drawJourney(e,t){this.addJourney(e,await this.pool.draw(e,this.journeys.map(Z),this.pageOptions()),t)}close(){return this.pool.close()}addJourney(e,t,n){n.set(`journeys/${e.slug}.html`,t.html),n.set(`journeys/${e.slug}.map.svg`,t.mapSvg)}crossJourneyPages(e){let t=this.options.live??!1;e.set("index.html",He(this.journeys,t)),e.set("assets/search-index.js",et(this.journeys)),e.set("stakeholders.html",Ye(this.journeys,t)),e.set("kpis.html",Ke(this.journeys,t)),e.set("backlog.html",_e(this.journeys,t)),e.set("research.html",Ze(this.journeys,t))}async write(e){let t=0;for(let[n,o]of[...e].sort(([s],[i])=>s<i?-1:1)){if(this.options.live&&this.unchanged(n,o))continue;let s=F.default.join(this.options.outDir,n),i=F.default.dirname(s);this.folders.has(i)||(await R.promises.mkdir(i,{recursive:!0}),this.folders.add(i)),await R.promises.writeFile(s,o),t++}return t}unchanged(e,t){let n=typeof t=="string"&&!e.startsWith("journeys/")?t:(0,vt.createHash)("sha256").update(t).digest("base64");return this.written.get(e)===n?!0:(this.written.set(e,n),!1)}async removeStale(e){let t=F.default.join(this.options.outDir,"journeys"),n=await R.promises.readdir(t).catch(()=>[]);for(let o of n)(o.endsWith(".html")||o.endsWith(".svg"))&&!e.has(`journeys/${o}`)&&(await R.promises.rm(F.default.join(t,o),{force:!0}),this.written.delete(`journeys/${o}`))}};function cr(r,e){return r.errors===e.errors&&r.file===e.file&&JSON.stringify(r.journey)===JSON.stringify(e.journey)}d();var E=y(_(),1);function ur(r){return Object.assign(new pe,{readFile:async e=>r.get(e.toString())??"",readFileSync:e=>r.get(e.toString())??""})}var z=class{base;texts=new Map;fileSystem=ur(this.texts);loaded;files=[];constructor(e){this.base=e}async load(e,t,n={}){let o=await be(e,t);n.onTargets?.(o.length);let s=[];for(let w of o)s.push({absolute:w,...await yt(w)});let i=n.workspace?.length?n.workspace.map(w=>E.default.resolve(w)):pr(e,o),l=await xe(i,s,t,n.maxContextFiles),u=[];for(let{absolute:w,text:x,problem:h,target:A}of[...s.map(k=>({...k,target:!0})),...l.map(k=>({absolute:k.absolute,text:k.text,problem:void 0,target:!1}))]){let k=T.file(w).toString();this.texts.set(k,x),this.files.push({absolute:w,uri:k,target:A}),u.push({uri:k,text:x,problem:h,contextOnly:!A})}let f=this.fileSystem;this.loaded=await he(u,{fileSystemProvider:()=>f})}async update(e){let t=this.files.find(l=>l.absolute===e);if(!t||!this.loaded)return[];let{text:n}=await yt(e);if(this.texts.get(t.uri)===n)return[];this.texts.set(t.uri,n);let o=this.loaded.services.shared.workspace.DocumentBuilder,s=new Set([t.uri]),i=o.onDocumentPhase(ue.Linked,l=>{s.add(l.uri.toString())});try{await o.update([T.parse(t.uri)],[])}finally{i.dispose()}return this.files.filter(l=>s.has(l.uri))}document(e){return this.loaded?.services.shared.workspace.LangiumDocuments.getDocument(T.parse(e.uri))}modelOf(e){let t=this.document(e);if(t)return fe(t,{fileName:n=>fr(this.base,T.parse(n).fsPath),describeImage:$e})}errorCount(e){return(this.document(e)?.diagnostics??[]).filter(t=>t.severity===1).length}};function pr(r,e){let t=new Set(e.map(n=>E.default.dirname(n)));for(let n of r){let o=E.default.resolve(n);e.includes(o)||t.add(o)}return[...t].sort()}async function yt(r){try{return{text:await ve(r)}}catch(e){return e instanceof we?{text:"",problem:e.reason}:{text:"",problem:e.message}}}function fr(r,e){let t=E.default.relative(r,e);return t.startsWith("..")||E.default.isAbsolute(t)?e.split(E.default.sep).join("/"):t.split(E.default.sep).join("/")}function hr(r){if(r===void 0)return;let e;try{e=new URL(r)}catch{throw new D(`--repo-url '${r}' is not a URL (e.g. https://github.com/acme/journeys/blob/main)`)}if(e.protocol!=="https:"&&e.protocol!=="http:")throw new D(`--repo-url '${r}' must start with https:// or http://`);return r}function mr(r,e){return e!==void 0?B.default.resolve(e):me(B.default.resolve(r[0]??"."))??process.cwd()}async function gr(r,e,t,n){let o=new z(e.basePath),s;try{await o.load(r,i=>ge(t,i),{workspace:e.workspace,maxContextFiles:e.maxContextFiles,onTargets:i=>s=new L(i)})}catch(i){throw await s?.close(),i}return new q(o,n,s)}async function To(r,e,t){let n=hr(e.repoUrl),o=performance.now(),s=B.default.resolve(e.output),i={basePath:mr(r,e.basePath),workspace:e.workspace},l=await gr(r,i,t,{outDir:s,repoUrl:n}),u=await l.build().catch(x=>{throw x.code?new D(`cannot write the site into '${e.output}': ${x.message}`):x}).finally(()=>l.close()),f=((performance.now()-o)/1e3).toFixed(1);t.out(`Built the site of ${b(u.journeys,"journey")} into ${V(e.output)} in ${f} s: open ${V(B.default.join(e.output,"index.html"))}
`);let w=l.filesWithErrors();return w.length>0?(t.err(`cjourney: ${b(w.length,"file")} with errors; their pages may be incomplete (run cjourney check).
`),K.Findings):K.Ok}export{It as a,hr as b,mr as c,gr as d,To as e};
