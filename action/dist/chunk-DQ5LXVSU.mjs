import{createRequire as __cjourneyCreateRequire}from"node:module";const require=__cjourneyCreateRequire(import.meta.url);
import{e as oe}from"./chunk-ZHK44UDV.mjs";import{g as he,i as me,k as ge,n as we,o as ve,p as be}from"./chunk-E33KLNLY.mjs";import{a as re}from"./chunk-PP7OOESA.mjs";import{a as P,b as z,c as q}from"./chunk-L6EZBOTJ.mjs";import{a as ie,b as se,c as ae,d as le,h as ce,l as N}from"./chunk-4MNF6NPU.mjs";import{a as pe,b as fe}from"./chunk-GWG3G3US.mjs";import{$ as de,ua as ue}from"./chunk-ABAD5RLN.mjs";import{C as v,D as L,O,a as ee,e as H,g as te,j as ne}from"./chunk-ZKOYUJQQ.mjs";import{l as k}from"./chunk-TVIYJTWB.mjs";import{g as d}from"./chunk-6K3KFON3.mjs";d();import B from"node:path";d();import{createHash as Ct}from"node:crypto";import{promises as U}from"node:fs";import F from"node:path";d();d();var s=ie,c=se;function f(n,e=""){return n.length===0?"":`<ul${e?` class="${e}"`:""}>${n.map(t=>`<li>${t}</li>`).join("")}</ul>`}function x(n){let e=n.filter(([,t])=>t!==void 0&&t!=="");return e.length===0?"":`<dl class="facts">${e.map(([t,o])=>`<dt>${s(t)}</dt><dd>${o}</dd>`).join("")}</dl>`}function ye(n,e,t,o=""){let r=e.map(a=>`<th scope="col">${a}</th>`).join(""),i=t.map(a=>`<tr>${a.map((l,p)=>p===0?`<th scope="row">${l}</th>`:`<td>${l}</td>`).join("")}</tr>`);return`<table${o}><caption>${s(n)}</caption><thead><tr>${r}</tr></thead><tbody>${i.join("")}</tbody></table>`}function Ne(n,e){if(e!==void 0)return n.sources.find(t=>t.id===e)?.title??e}function j(n,e,t){let o=Ne(n,e.sourceId),r=e.finding!==void 0?`“${s(e.finding)}”`:"",i=o!==void 0?`<a href="${t}research.html#${c(C("source",e.sourceId))}">${s(o)}</a>`:"";return[r,i].filter(Boolean).join(" — ")}function C(n,e){return`${n}-${encodeURIComponent(e)}`}function $(n,e,t){if(n===void 0||e.startsWith("/"))return"";let o=t.range.start.line+1,r=`${n.replace(/\/+$/,"")}/${(t.file??e).split("/").map(encodeURIComponent).join("/")}#L${o}`;return`<p class="source-link"><a href="${c(r)}">Open ${s(t.file??e)} at line ${o} in the repository</a></p>`}function m(n,e){if(e!==void 0)return n.find(t=>t.id===e)?.title??e}d();var Je="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'",Ke=[{file:"index.html",label:"Journeys"},{file:"stakeholders.html",label:"Stakeholder register"},{file:"kpis.html",label:"KPI dashboard"},{file:"backlog.html",label:"Opportunity backlog"},{file:"research.html",label:"Research"}];function y(n){let e=[...n.scripts??[],...n.live?["assets/live-reload.js"]:[]],t=Ke.map(o=>{let r=o.file===n.current?' aria-current="page"':"";return`<li><a href="${n.prefix}${o.file}"${r}>${s(o.label)}</a></li>`}).join("");return`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${c(Je)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cjourney">
<title>${s(n.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${n.prefix}assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<nav aria-label="Site"><ul>${t}</ul></nav>
</header>
<main id="main" tabindex="-1">
${n.body}
</main>
<footer class="site-footer"><p>Made with cjourney from the journeys kept as code.</p></footer>
${e.map(o=>`<script src="${n.prefix}${c(o)}"></script>`).join(`
`)}
</body>
</html>
`}var $e={low:1,medium:2,high:3};function Ye(n){let e=[];for(let t of n){let{journey:o}=t;for(let r of o.touchpoints)for(let i of r.opportunities){let a=i.answersPain!==void 0?r.pains[i.answersPain]?.text:void 0,l=m(o.stakeholders,i.ownerId)??"",p=i.portfolio??"",h=`journeys/${c(t.slug)}.html#${c(encodeURIComponent(r.id))}`;e.push(`<tr data-status="${i.status}" data-place="${p}" data-journey="${c(t.slug)}">
<th scope="row" data-sort="${c(i.text.toLowerCase())}">${s(i.text)}</th>
<td data-sort="${p}">${p?s(p.replace("-"," ")):"—"}</td>
<td data-sort="${i.impact?$e[i.impact]:0}">${i.impact??"—"}</td>
<td data-sort="${i.effort?$e[i.effort]:0}">${i.effort??"—"}</td>
<td data-sort="${H.indexOf(i.status)}">${i.status}</td>
<td data-sort="${c(l.toLowerCase())}">${l?s(l):"—"}</td>
<td data-sort="${c((a??"").toLowerCase())}">${a?s(a):"—"}</td>
<td data-sort="${c(r.title.toLowerCase())}"><a href="${h}">${s(r.title)}</a></td>
<td data-sort="${c(o.title.toLowerCase())}">${s(o.title)}</td>
</tr>`)}}return e}function J(n,e,t,o){let r=o.map(([i,a])=>`<option value="${c(i)}">${s(a)}</option>`).join("");return`<div class="field"><label for="filter-${n}">${e}</label><select id="filter-${n}" data-filter="${n}"><option value="">${t}</option>${r}</select></div>`}function xe(n,e){let o=["Opportunity","Place (impact × effort)","Impact","Effort","Status","Owner","Pain it answers","Step","Journey"].map((l,p)=>`<th scope="col" aria-sort="none"><button type="button" data-sort-column="${p}">${s(l)}</button></th>`).join(""),r=Ye(n),a=`<h1>Opportunity backlog</h1>
<p>Every opportunity of every journey, placed by impact × effort (quick wins, big bets, fill-ins, money pits), with its status, owner and the pain and step it answers. Sort by a column with its header's button.</p>
${`<form class="filters" aria-label="Filter the backlog">
${J("status","Status","Every status",H.map(l=>[l,l]))}
${J("place","Place","Every place",te.map(l=>[l,l.replace("-"," ")]))}
${J("journey","Journey","Every journey",n.map(l=>[l.slug,l.journey.title]))}
</form>`}
<p id="row-count" aria-live="polite"></p>
${r.length?`<table class="data sortable"><caption>Opportunities of every journey</caption><thead><tr>${o}</tr></thead><tbody>${r.join(`
`)}</tbody></table>`:"<p>No opportunity is written in these journeys.</p>"}`;return y({title:"Opportunity backlog",prefix:"",current:"backlog.html",body:a,scripts:["assets/table.js"],live:e})}d();d();function R(n){let e=n.touchpoints.reduce((a,l)=>a+l.pains.length,0),t=n.touchpoints.reduce((a,l)=>a+l.opportunities.length,0),o=[v(n.stages.length,"stage"),v(n.touchpoints.length,"touchpoint"),v(e,"pain"),v(t,"opportunity","opportunities"),v(n.kpis.length,"KPI")].join(" · "),r=new Map;for(let a of n.kpis)r.set(a.status,(r.get(a.status)??0)+1);let i=["met","close","off","unknown"];return{counts:o,lowest:Ve(n),kpiStatuses:i.filter(a=>r.has(a)).map(a=>({status:a,count:r.get(a)})),painCount:e,opportunityCount:t}}function Ve(n){let e,t=-1;for(let o of n.touchpoints){let r=[...o.emotion?[o.emotion]:[],...o.personaEmotions.map(i=>i.emotion)];for(let i of r){let a=ee.indexOf(i);a>t&&(t=a,e={emotion:i,step:o.title,stepId:o.id})}}return e}function je(n){return{personas:n.personas.map(e=>e.id),stakeholders:n.stakeholders.map(e=>e.id),channels:n.channels.filter(e=>e.touchpointIds.length>0).map(e=>e.id)}}d();function K(n){return{slug:n.slug,file:n.file,journey:{id:n.journey.id,title:n.journey.title}}}function We(n){return[...n].map(e=>/[A-Za-z0-9_-]/.test(e)?e:`_${e.codePointAt(0).toString(16)}`).join("")||"journey"}function b(n,e){return n<e?-1:n>e?1:0}function ke(n,e){let t=[];for(let o of n.filter(r=>r.target)){let r=e(o);if(!r)continue;let{model:i,errors:a}=r;for(let l of i.journeys)t.push({journey:l,model:i,file:i.file,source:o,errors:a})}return t.sort((o,r)=>b(o.journey.title.toLowerCase(),r.journey.title.toLowerCase())||b(o.file,r.file)||b(o.journey.id,r.journey.id)),Xe(t)}function Xe(n){let e=[...n].sort((r,i)=>b(r.journey.id,i.journey.id)||b(r.file,i.file)),t=new Set,o=new Map;for(let r of e){let i=We(r.journey.id),a=i;for(let l=2;t.has(a.toLowerCase());l++)a=`${i}-${l}`;t.add(a.toLowerCase()),o.set(r,a)}return n.map(r=>({...r,slug:o.get(r)}))}function Ze(n,e){let t=n.journey.baselineId;if(t!==void 0)return e.find(o=>o.journey.id===t&&o.file===n.file)??e.find(o=>o.journey.id===t)}function V(n,e,t){if(n.journey.state!=="future")return"Current state (as-is)";let o=Ze(n,e);return o?`Future state (to-be), changing <a href="${t}journeys/${c(o.slug)}.html">${s(o.journey.title)}</a>`:"Future state (to-be)"}function Ge(n,e){let{journey:t,slug:o}=n,r=R(t),i=je(t),a=`journeys/${c(o)}.html`,l=t.personas.map(w=>s(w.title)).join(", ")||"none written",p=r.kpiStatuses.map(({status:w,count:u})=>`<span class="status status-${w}">${u} ${s(w)}</span>`).join(" "),h=r.lowest?`<span class="emotion emotion-${r.lowest.emotion}">${s(r.lowest.emotion)}</span> at ${s(r.lowest.step)}`:"no emotion written";return`<li class="card" data-journey="${c(o)}" data-state="${t.state}" data-personas=" ${c(i.personas.join(" "))} " data-stakeholders=" ${c(i.stakeholders.join(" "))} " data-channels=" ${c(i.channels.join(" "))} ">
<article aria-labelledby="title-${c(o)}">
<a class="thumb" href="${a}" tabindex="-1" aria-hidden="true"><img src="journeys/${c(o)}.map.svg" alt="" loading="lazy"></a>
<h2 id="title-${c(o)}"><a href="${a}">${s(t.title)}</a></h2>
<p class="state">${V(n,e,"")}</p>
<dl class="facts">
<dt>Personas</dt><dd>${l}</dd>
<dt>Size</dt><dd>${s(r.counts)}</dd>
<dt>Lowest emotion</dt><dd>${h}</dd>
<dt>KPIs</dt><dd>${p||"none"}</dd>
<dt>File</dt><dd><code>${s(n.file)}</code>${n.errors?` <strong class="status status-off">${v(n.errors,"error")}</strong>`:""}</dd>
</dl>
</article>
</li>`}function Y(n,e){let t=new Map;for(let o of n)for(let r of e(o))t.has(r.id)||t.set(r.id,r.title);return[...t].sort(([o,r],[i,a])=>b(r.toLowerCase(),a.toLowerCase())||b(o,i)).map(([o,r])=>`<option value="${c(o)}">${s(r)}</option>`).join("")}function Qe(n){let e=(t,o,r,i)=>`<div class="field"><label for="filter-${t}">${o}</label><select id="filter-${t}" data-filter="${t}"><option value="">${r}</option>${i}</select></div>`;return`<form class="filters" role="search" aria-label="Search and filter journeys">
<div class="field search"><label for="search">Search titles, steps, thoughts, pains, opportunities and evidence</label><input id="search" type="search" autocomplete="off"></div>
${e("personas","Persona","Every persona",Y(n,t=>t.journey.personas))}
${e("stakeholders","Stakeholder","Every stakeholder",Y(n,t=>t.journey.stakeholders))}
${e("channels","Channel","Every channel",Y(n,t=>t.journey.channels.filter(o=>o.touchpointIds.length>0)))}
${e("state","State","Current and future",'<option value="current">Current (as-is)</option><option value="future">Future (to-be)</option>')}
</form>`}function Se(n,e){let t=`<h1>Customer journeys</h1>
<p>${v(n.length,"journey")}. Open one for its interactive map, views and every fact behind each step.</p>
${Qe(n)}
<section aria-labelledby="results-title" class="results" hidden>
<h2 id="results-title">Search results</h2>
<p id="result-count" aria-live="polite"></p>
<ol id="results"></ol>
</section>
<h2 class="visually-hidden">Journeys</h2>
<p id="shown-count" aria-live="polite"></p>
<ul class="cards">
${n.map(o=>Ge(o,n)).join(`
`)}
</ul>`;return y({title:"Customer journeys",prefix:"",current:"index.html",body:t,scripts:["assets/search-index.js","assets/home.js"],live:e})}d();d();d();function I(n,e,t,o){return`<article class="detail" hidden data-kind="${c(n)}" data-id="${c(e)}" aria-label="${c(`${n}: ${t}`)}"><h3>${s(t)}</h3>${o}</article>`}function Ie(n,e){let t=e.portfolio?`, ${e.portfolio.replace("-"," ")}`:"",o=m(n.journey.stakeholders,e.ownerId),r=e.evidence.map(i=>j(n.journey,i,n.prefix));return`${s(e.text)} <span class="muted">(${s(e.status)}${t}${o?`, owner ${s(o)}`:""})</span>${f(r)}`}function et(n,e,t){let o=t.findings.map(i=>j(n.journey,i,n.prefix)),r=t.answeredBy.map(i=>e.opportunities[i]).filter(Boolean);return`${s(t.text)}${o.length?`<div class="sub">Evidence${f(o)}</div>`:""}${r.length?`<div class="sub">Answered by${f(r.map(i=>Ie(n,i)))}</div>`:""}`}function tt(n,e){let t=r=>s(m(n.journey.personas,r)??r),o=e.personaEmotions.map(r=>`${t(r.personaId)}: <span class="emotion emotion-${r.emotion}">${r.emotion}</span>${r.evidence?` — ${j(n.journey,r.evidence,n.prefix)}`:""}`);return o.length===0&&e.emotion&&o.push(`Everyone: <span class="emotion emotion-${e.emotion}">${e.emotion}</span>`),o.length?`<h4>Emotions</h4>${f(o)}`:""}function nt(n,e){let t=e.thoughtNotes.map(o=>{let r=o.personaIds.length?` <span class="muted">(${o.personaIds.map(i=>s(m(n.journey.personas,i)??i)).join(", ")})</span>`:"";return`“${s(o.text)}”${r}${o.evidence?` — ${j(n.journey,o.evidence,n.prefix)}`:""}`});return t.length?`<h4>Thoughts</h4>${f(t)}`:""}function rt(n,e){let t=e.blueprint.map(r=>{let i=m(n.journey.stakeholders,r.byId);return`<strong>${r.lane}</strong>: ${s(r.text)}${i?` <span class="muted">(by ${s(i)})</span>`:""}`}),o=e.laneCells.map(r=>`<strong>${s(m(n.journey.lanes,r.laneId)??r.laneId)}</strong>: ${s(r.text)}`);return t.length||o.length?`<h4>Service blueprint and lanes</h4>${f([...t,...o])}`:""}function Ee(n,e){let{journey:t}=n,o=(i,a)=>i.map(l=>s(m(a,l)??l)).join(", "),r=[e.description?`<p>${s(e.description)}</p>`:"",x([["Stage",s(m(t.stages,e.stageId)??e.stageId)],["Channel",e.channelId?s(m(t.channels,e.channelId)??e.channelId):void 0],["Lived by",o(e.livedBy,t.personas)],["Goal",e.goal?s(e.goal):void 0],["Trigger",e.trigger?s(e.trigger):void 0],["Moment of truth",e.moment?s(e.moment):void 0],["Owner",e.ownerId?s(m(t.stakeholders,e.ownerId)??e.ownerId):void 0],["Stakeholders involved",o(e.involvedIds,t.stakeholders)]]),e.actions.length?`<h4>Doing</h4>${f(e.actions.map(i=>s(i)))}`:"",tt(n,e),nt(n,e),e.evidence.length?`<h4>Evidence</h4>${f(e.evidence.map(i=>j(t,i,n.prefix)))}`:"",rt(n,e),e.pains.length?`<h4>Pains</h4>${f(e.pains.map(i=>et(n,e,i)))}`:"",ot(n,e),e.image?`<p>Image: <code>${s(e.image)}</code></p>`:"",$(n.repoUrl,n.file,e.loc)].join("");return I("touchpoint",e.id,e.title,r)}function ot(n,e){let t=e.opportunities.filter(o=>o.answersPain===void 0);return t.length?`<h4>Opportunities</h4>${f(t.map(o=>Ie(n,o)))}`:""}function Ae(n,e){let{journey:t}=n,o=e.touchpointIds.map(l=>`<a href="#${c(encodeURIComponent(l))}">${s(m(t.touchpoints,l)??l)}</a>`),r=e.needs.map(l=>`${s(m(t.stakeholders,l.stakeholderId)??l.stakeholderId)}: ${s(l.text)}`),i=e.kpiIds.map(l=>`<a href="#${c(encodeURIComponent(l))}">${s(m(t.kpis,l)??l)}</a>`),a=[e.description?`<p>${s(e.description)}</p>`:"",o.length?`<h4>Steps</h4>${f(o)}`:"",r.length?`<h4>What stakeholders need here</h4>${f(r)}`:"",i.length?`<h4>KPIs</h4>${f(i)}`:"",$(n.repoUrl,n.file,e.loc)].join("");return I("stage",e.id,e.title,a)}function W(n){return`<span class="status status-${n.status}">${n.status}</span>`}function E(n,e){return e?s(L(e.text,n.unit)):void 0}function X(n){let e=[...n.history.map(h=>({when:h.when,value:h.value})),...n.current?[{when:"now",value:n.current}]:[]];if(e.length<2)return"";let t=e.map(h=>h.value.value),o=Math.min(...t),r=Math.max(...t)-o||1,i=96,a=24,l=t.map((h,w)=>`${(w/(t.length-1)*(i-4)+2).toFixed(1)},${(a-2-(h-o)/r*(a-4)).toFixed(1)}`),p=`History: ${e.map(h=>`${h.when} ${h.value.text}`).join(", ")}`;return`<svg class="sparkline" width="${i}" height="${a}" viewBox="0 0 ${i} ${a}" role="img" aria-label="${c(p)}"><title>${s(p)}</title><polyline points="${l.join(" ")}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>`}function Z(n,e){return e.benchmarks.map(t=>{let o=m(n.competitors,t.competitorId)??t.source,r=t.gap?t.gap.meets?" (met)":` (short by ${s(L(t.gap.text,e.unit))})`:"";return`${s(L(t.value.text,e.unit))}${o?` ${s(o)}`:""}${t.source&&t.competitorId?` <span class="muted">(${s(t.source)})</span>`:""}${t.date?` at ${s(t.date)}`:""}${r}`})}function Ce(n,e){let{journey:t}=n,o=[e.description?`<p>${s(e.description)}</p>`:"",x([["Status",W(e)],["Trend",e.trend],["Current",E(e,e.current)],["Target",e.target?`${E(e,e.target)}${e.targetDate?` by ${s(e.targetDate)}`:""}`:void 0],["Better",e.better],["Stages",e.stageIds.map(r=>s(m(t.stages,r)??r)).join(", ")],["Owner",e.ownerId?s(m(t.stakeholders,e.ownerId)??e.ownerId):void 0]]),e.history.length?`<h4>History</h4>${X(e)}${f(e.history.map(r=>`${s(r.when)}: ${E(e,r.value)}`))}`:"",e.benchmarks.length?`<h4>Benchmarks</h4>${f(Z(t,e))}`:"",e.evidence.length?`<h4>Evidence</h4>${f(e.evidence.map(r=>j(t,r,n.prefix)))}`:"",$(n.repoUrl,n.file,e.loc)].join("");return I("kpi",e.id,e.title,o)}function Pe(n,e){let t=n.flatMap(r=>r.journey.kpis.map(i=>[`<a href="journeys/${c(r.slug)}.html#${c(encodeURIComponent(i.id))}">${s(i.title)}</a>`,s(r.journey.title),W(i),i.trend??"—",E(i,i.current)??"—",i.target?`${E(i,i.target)}${i.targetDate?` by ${s(i.targetDate)}`:""}`:"—",X(i)||"—",f(Z(r.journey,i))||"—"])),o=`<h1>KPI dashboard</h1>
<p>Every KPI of every journey: met, close (within 10 % of the target) or off, its trend over the last two measurements, its history and how it compares with competitors.</p>
${t.length?ye("KPIs of every journey",["KPI","Journey","Status","Trend","Current","Target","History","Benchmarks"],t,' class="data"'):"<p>No KPI is written in these journeys.</p>"}`;return y({title:"KPI dashboard",prefix:"",current:"kpis.html",body:o,live:e})}d();d();function G(n,e){let t=r=>m(n.touchpoints,r)??r,o=[...e.owns.map(r=>`owns the step ${t(r)}`),...e.involvedIn.map(r=>`is involved in ${t(r)}`),...e.needs.map(r=>`needs at ${m(n.stages,r.stageId)??r.stageId}: ${r.text}`)];for(let r of n.touchpoints){for(let i of r.blueprint.filter(a=>a.byId===e.id))o.push(`${i.lane} at ${r.title}: ${i.text}`);for(let i of r.opportunities.filter(a=>a.ownerId===e.id))o.push(`owns the opportunity ${i.text}`)}for(let r of n.kpis.filter(i=>i.ownerId===e.id))o.push(`owns the KPI ${r.title}`);return o}function Q(n){return x([["Type",n.type],["Power / interest",n.power&&n.interest?`${n.power} / ${n.interest}`:void 0],["Quadrant",n.quadrant?s(ne[n.quadrant].label):void 0],["Attitude",n.attitude],["Role",n.role?s(n.role):void 0]])}function Le(n,e){let{journey:t}=n,o=[e.description?`<p>${s(e.description)}</p>`:"",Q(e),e.risks.length?`<h4>Risks</h4>${f(e.risks.map(r=>s(r)))}`:"",e.influences.length?`<h4>Influences</h4>${f(e.influences.map(r=>s(m(t.stakeholders,r)??r)))}`:"",`<h4>In this journey</h4>${f(G(t,e).map(r=>s(r)))||"<p>Not engaged.</p>"}`,$(n.repoUrl,n.file,e.loc)].join("");return I("stakeholder",e.id,e.title,o)}function it(n,e){let t=e.loc.file??n.file;return e.scope==="journey"?`${t}#${n.journey.id}#${e.id}`:`${t}#${e.id}`}function st(n){let e=new Map;for(let t of n)for(let o of t.journey.stakeholders){let r=it(t,o),i=e.get(r)??{key:r,stakeholder:o,uses:[]};i.uses.push({entry:t,rows:G(t.journey,o)}),e.set(r,i)}return[...e.values()].sort((t,o)=>b(t.stakeholder.title.toLowerCase(),o.stakeholder.title.toLowerCase())||b(t.key,o.key))}function at(n,e){let{stakeholder:t}=n,o=n.uses.map(({entry:r,rows:i})=>`<a href="journeys/${c(r.slug)}.html#${c(encodeURIComponent(t.id))}">${s(r.journey.title)}</a>${f(i.map(a=>s(a)))||' <span class="muted">(named, not engaged)</span>'}`);return`<section class="register-entry" id="${c(C("stakeholder",`${e}-${t.id}`))}" aria-labelledby="sh-${e}">
<h2 id="sh-${e}">${s(t.title)}</h2>
${t.description?`<p>${s(t.description)}</p>`:""}
${Q(t)}
${t.risks.length?`<h3>Risks</h3>${f(t.risks.map(r=>s(r)))}`:""}
<h3>Journeys</h3>${f(o)}
</section>`}function Oe(n,e){let o=`<h1>Stakeholder register</h1>
<p>Every stakeholder of every journey: where they sit on the power/interest grid, their attitude and risks, and each step, stage, KPI and opportunity they own, are involved in or need something at.</p>
${st(n).map(at).join(`
`)||"<p>No stakeholder is written in these journeys.</p>"}`;return y({title:"Stakeholder register",prefix:"",current:"stakeholders.html",body:o,live:e})}d();function lt(n){let e=[];for(let t of n.touchpoints){let o=(r,i)=>i&&e.push({evidence:i,what:`${r} at ${t.title}`,anchor:t.id});t.evidence.forEach(r=>o("step",r)),o("emotion",t.emotionEvidence),t.personaEmotions.filter(r=>r.own).forEach(r=>o(`emotion of ${r.personaId}`,r.evidence)),t.thoughtNotes.forEach(r=>o(`thought “${r.text}”`,r.evidence)),t.pains.forEach(r=>r.findings.forEach(i=>o(`pain “${r.text}”`,i))),t.opportunities.forEach(r=>r.evidence.forEach(i=>o(`opportunity “${r.text}”`,i)))}for(let t of n.kpis)t.evidence.forEach(o=>e.push({evidence:o,what:`KPI ${t.title}`,anchor:t.id}));return e}function ct(n){let e=new Map,t=[];for(let r of n){for(let i of r.journey.sources)e.has(i.id)||e.set(i.id,{source:i,cited:[]});for(let i of lt(r.journey)){let a=i.evidence.sourceId!==void 0?e.get(i.evidence.sourceId):void 0;(a?a.cited:t).push({entry:r,citation:i})}}return{sources:[...e.values()].sort((r,i)=>b(r.source.title.toLowerCase(),i.source.title.toLowerCase())||b(r.source.id,i.source.id)),unsourced:t}}function Re({entry:n,citation:e}){return`${e.evidence.finding!==void 0?`“${s(e.evidence.finding)}”`:'<span class="muted">(cited without a finding)</span>'} — ${s(e.what)}, <a href="journeys/${c(n.slug)}.html#${c(encodeURIComponent(e.anchor))}">${s(n.journey.title)}</a>`}function dt({source:n,cited:e},t){let o=n.link&&/^https?:\/\//i.test(n.link)?`<a href="${c(n.link)}">${s(n.link)}</a>`:n.link?s(n.link):void 0;return`<section id="${c(C("source",n.id))}" aria-labelledby="src-${t}">
<h2 id="src-${t}">${s(n.title)}</h2>
${x([["Kind",n.kind],["Date",n.date?s(n.date):void 0],["Sample",n.sample?s(n.sample):void 0],["Link",o],["Description",n.description?s(n.description):void 0]])}
<h3>Findings that cite it (${e.length})</h3>
${f(e.map(Re))||"<p>No finding cites this source yet.</p>"}
</section>`}function Te(n,e){let{sources:t,unsourced:o}=ct(n),r=`<h1>Research</h1>
<p>Every source behind the maps and every finding that cites it: the evidence of steps, emotions, thoughts, pains, opportunities and KPIs.</p>
${t.map(dt).join(`
`)||"<p>No source is written in these journeys.</p>"}
${o.length?`<section aria-labelledby="unsourced"><h2 id="unsourced">Findings without a source</h2>${f(o.map(Re))}</section>`:""}`;return y({title:"Research",prefix:"",current:"research.html",body:r,live:e})}d();function ut(n,e){let t=[[e,"","journey",[n.title,n.description??"",...n.objectives].join(" ")]];for(let o of n.stages)t.push([e,o.id,"stage",o.title]);for(let o of n.touchpoints){let r=(i,a)=>{a&&t.push([e,o.id,i,a])};r("step",[o.title,o.description??"",...o.actions].join(" ").trim()),o.thoughts.forEach(i=>r("thought",i)),o.evidence.forEach(i=>r("evidence",i.finding));for(let i of o.pains)r("pain",i.text),i.findings.forEach(a=>r("evidence",a.finding));o.opportunities.forEach(i=>r("opportunity",[i.text,i.description??""].join(" ").trim()))}for(let o of n.kpis)t.push([e,o.id,"KPI",o.title]);return t}function Me(n){let e={journeys:n.map(t=>({slug:t.slug,title:t.journey.title})),entries:n.flatMap((t,o)=>ut(t.journey,o))};return`window.CJ_SEARCH = ${JSON.stringify(e)};
`}d();import{readFileSync as pt}from"node:fs";import{createRequire as ft}from"node:module";import T from"node:path";d();var Ue=String.raw`(function () {
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
`;d();var Fe=String.raw`(function () {
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

    function showPersona() {
        var wanted = personaSelect ? personaSelect.value : '';
        panels.forEach(function (panel) {
            var drawings = Array.prototype.slice.call(panel.querySelectorAll('.drawing'));
            var match = drawings.filter(function (drawing) { return drawing.getAttribute('data-persona') === wanted; })[0] || drawings[0];
            drawings.forEach(function (drawing) { drawing.hidden = drawing !== match; });
        });
    }

    function selectTab(tab, focus) {
        tabs.forEach(function (other) {
            var selected = other === tab;
            other.setAttribute('aria-selected', String(selected));
            other.tabIndex = selected ? 0 : -1;
            document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
        });
        if (focus) tab.focus();
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
    if (personaSelect) personaSelect.addEventListener('change', function () { showPersona(); sizeToContent(); highlight(currentId); });

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
    Array.prototype.forEach.call(document.querySelectorAll('.drawing svg'), function (svg) {
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
    });
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
    showPersona();
    sizeToContent();
    followHash();
})();
`;d();var De=String.raw`(function () {
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
`,_e=String.raw`(function () {
    'use strict';
    var events = new EventSource('/__cjourney/events');
    events.addEventListener('reload', function () { window.location.reload(); });
})();
`;d();var Be=`:root { color-scheme: light; --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0550ae; --soft: #f6f8fa; }
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
`;var ht=ft(import.meta.url);function mt(){let n=new Map;try{let e=T.dirname(ht.resolve("@fontsource/arimo/package.json"));for(let t of ae)n.set(`assets/fonts/${T.basename(t.file)}`,pt(T.join(e,t.file)))}catch{n.clear()}return n}function ze(n){let e=mt(),t=new Map,o=e.size>0?le(r=>`fonts/${T.basename(r.file)}`):"";t.set("assets/site.css",o+Be);for(let[r,i]of e)t.set(r,i);return t.set("assets/home.js",Ue),t.set("assets/journey.js",Fe),t.set("assets/table.js",De),n&&t.set("assets/live-reload.js",_e),t}d();import{existsSync as xt}from"node:fs";import{availableParallelism as jt}from"node:os";import{fileURLToPath as kt}from"node:url";import{Worker as St}from"node:worker_threads";d();function gt(n,e){return n.replace(/( id="| href="#| aria-labelledby="| aria-describedby="|url\(#)cj-/g,`$1${e}-cj-`)}async function wt(n){let e=n.errors?[`${n.file} has ${v(n.errors,"error")} (run cjourney check): this drawing may be incomplete.`]:[],t=k.parse(n.source.uri).fsPath,o=t.slice(0,t.length-n.file.length),r=l=>fe(l,o),i={theme:"light",journeyId:n.journey.id,notices:e,imageHref:r},a=[];for(let l of O)a.push({view:l,persona:"",svg:await N(n.model,l,i)});if(n.journey.personas.length>1)for(let l of n.journey.personas)a.push({view:"map",persona:l.id,svg:await N(n.model,"map",{...i,personas:[l.id]})});return a}function vt(n){let e=O.map((r,i)=>`<button type="button" role="tab" id="tab-${r}" aria-controls="panel-${r}" aria-selected="${i===0}" tabindex="${i===0?0:-1}" data-view="${r}">${s(ce[r])}</button>`).join(""),t=n.journey.personas.map(r=>`<option value="${c(r.id)}">${s(r.title)}</option>`).join(""),o=n.journey.personas.length>1?`<div class="field"><label for="persona">Persona (journey map)</label><select id="persona"><option value="">Every persona</option>${t}</select></div>`:"";return`<div class="toolbar"><div role="tablist" aria-label="Views">${e}</div>${o}
<div class="zoom" role="group" aria-label="Zoom"><button type="button" data-zoom="out" aria-label="Zoom out">−</button><button type="button" data-zoom="fit" aria-label="Fit the drawing">Fit</button><button type="button" data-zoom="in" aria-label="Zoom in">+</button></div></div>`}function bt(n){return O.map((e,t)=>{let o=n.filter(r=>r.view===e).map((r,i)=>`<div class="drawing" data-persona="${c(r.persona)}"${i>0?" hidden":""}>${gt(r.svg,`${e}${i}`).trim()}</div>`).join(`
`);return`<div role="tabpanel" id="panel-${e}" aria-labelledby="tab-${e}" data-view="${e}"${t>0?" hidden":""}>${o}</div>`}).join(`
`)}function yt(n){let{journey:e}=n,t=(a,l)=>`<a href="#${c(encodeURIComponent(a))}">${s(l)}</a>`,o=e.stages.map(a=>{let l=a.touchpointIds.map(p=>e.touchpoints.find(h=>h.id===p)).filter(p=>p!==void 0);return`<li>${t(a.id,a.title)}<ol>${l.map(p=>`<li>${t(p.id,p.title)}</li>`).join("")}</ol></li>`}),r=e.kpis.map(a=>`<li>${t(a.id,a.title)}</li>`),i=e.stakeholders.map(a=>`<li>${t(a.id,a.title)}</li>`);return`<section class="outline" aria-labelledby="outline-title"><h2 id="outline-title">Stages and steps</h2><ol>${o.join("")}</ol>
${r.length?`<h2>KPIs</h2><ul>${r.join("")}</ul>`:""}${i.length?`<h2>Stakeholders</h2><ul>${i.join("")}</ul>`:""}</section>`}function $t(n,e){let t={journey:n.journey,file:n.file,repoUrl:e.repoUrl,prefix:"../"},{journey:o}=n;return[...o.touchpoints.map(r=>Ee(t,r)),...o.stages.map(r=>Ae(t,r)),...o.kpis.map(r=>Ce(t,r)),...o.stakeholders.map(r=>Le(t,r))].join(`
`)}async function He(n,e,t){let{journey:o}=n,r=await wt(n),i=`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="../index.html">Journeys</a> › <span aria-current="page">${s(o.title)}</span></nav>
<h1>${s(o.title)}</h1>
<p class="state">${V(n,e,"../")} · ${s(R(o).counts)}</p>
${o.objectives.length?`<p>Objectives: ${o.objectives.map(l=>s(l)).join("; ")}</p>`:""}
<p class="muted">From <code>${s(n.file)}</code>. Click an element of the drawing, or a step below, for everything known about it.</p>
${$(t.repoUrl,n.file,o.loc)}
${vt(n)}
<div class="journey-layout">
<section class="viewer" aria-label="Drawing">
${bt(r)}
</section>
<aside class="panel" aria-labelledby="panel-title"><h2 id="panel-title" tabindex="-1">Details</h2><p id="panel-hint">Nothing selected yet.</p>
${$t(n,t)}
</aside>
</div>
${yt(n)}`;return{html:y({title:`${o.title} — customer journey`,prefix:"../",body:i,scripts:["assets/journey.js"],live:t.live}),mapSvg:r.find(l=>l.view==="map"&&l.persona==="")?.svg??r[0].svg}}var It=12;function Et(){try{let n=kt(new URL("./render-worker.js",import.meta.url));return xt(n)?n:void 0}catch{return}}function At(n){let e=2166136261;for(let t=0;t<n.length;t++)e=Math.imul(e^n.charCodeAt(t),16777619)>>>0;return e}var M=class{workers=[];waiting=new Map;nextId=0;constructor(e){let t=Et(),o=Math.min(4,jt(),Math.ceil(e/It));if(!(!t||o<2))for(let r=0;r<o;r++){let i=new St(t);i.on("message",a=>this.answer(a)),i.on("error",a=>this.failAll(i,a)),this.workers.push(i)}}draw(e,t,o){if(this.workers.length===0)return He(e,t,o);let r=this.workers[At(e.slug)%this.workers.length],i=this.nextId++;return new Promise((a,l)=>{this.waiting.set(i,{resolve:a,reject:l,worker:r}),r.postMessage({id:i,entry:e,refs:t,options:o})})}async close(){await Promise.all(this.workers.map(e=>e.terminate())),this.workers.length=0}answer(e){let t=this.waiting.get(e.id);t&&(this.waiting.delete(e.id),e.error!==void 0?t.reject(new Error(e.error)):t.resolve({html:e.html,mapSvg:e.mapSvg}))}failAll(e,t){for(let[o,r]of this.waiting)r.worker===e&&(this.waiting.delete(o),r.reject(t))}};var D=class{workspace;options;journeys=[];pool;models=new Map;written=new Map;constructor(e,t){this.workspace=e,this.options=t,this.pool=new M(e.files.filter(o=>o.target).length)}modelOf(e){if(!this.models.has(e.uri)){let t=this.workspace.modelOf(e);this.models.set(e.uri,t?{model:t,errors:this.workspace.errorCount(e)}:void 0)}return this.models.get(e.uri)}collect(){return ke(this.workspace.files,e=>this.modelOf(e))}async build(){this.journeys=this.collect();let e=ze(this.options.live??!1),t=0,o=this.journeys.map(K);return await Promise.all(this.journeys.map(async r=>{let i=new Map;this.addJourney(r,await this.pool.draw(r,o,this.pageOptions()),i),t+=await this.write(i);for(let a of i.keys())e.set(a,"")})),this.crossJourneyPages(e),t+=await this.write(new Map([...e].filter(([r])=>!r.startsWith("journeys/")))),await this.removeStale(new Set(e.keys())),{journeys:this.journeys.length,drawn:this.journeys.map(r=>r.slug),written:t}}async rebuild(e){let t=await this.workspace.update(e);if(t.length===0)return{journeys:this.journeys.length,drawn:[],written:0};for(let u of t)this.models.delete(u.uri);let o=new Set(t.map(u=>u.uri)),r=new Map(this.journeys.map(u=>[u.slug,u]));this.journeys=this.collect();let i=this.journeys.filter(u=>{let S=r.get(u.slug);return!S||o.has(u.source.uri)&&!Pt(S,u)}),a=new Set(i.map(u=>u.journey.id)),l=this.journeys.filter(u=>i.includes(u)||u.journey.baselineId!==void 0&&a.has(u.journey.baselineId)),p=new Map;for(let u of l)await this.drawJourney(u,p);this.crossJourneyPages(p);let h=await this.write(p),w=new Set([...this.written.keys()].filter(u=>!u.startsWith("journeys/")||this.journeys.some(S=>u.startsWith(`journeys/${S.slug}.`))));return await this.removeStale(w),{journeys:this.journeys.length,drawn:l.map(u=>u.slug),written:h}}pageOptions(){return{repoUrl:this.options.repoUrl,live:this.options.live??!1}}async drawJourney(e,t){this.addJourney(e,await this.pool.draw(e,this.journeys.map(K),this.pageOptions()),t)}close(){return this.pool.close()}addJourney(e,t,o){o.set(`journeys/${e.slug}.html`,t.html),o.set(`journeys/${e.slug}.map.svg`,t.mapSvg)}crossJourneyPages(e){let t=this.options.live??!1;e.set("index.html",Se(this.journeys,t)),e.set("assets/search-index.js",Me(this.journeys)),e.set("stakeholders.html",Oe(this.journeys,t)),e.set("kpis.html",Pe(this.journeys,t)),e.set("backlog.html",xe(this.journeys,t)),e.set("research.html",Te(this.journeys,t))}async write(e){let t=0;for(let[o,r]of[...e].sort(([i],[a])=>i<a?-1:1)){let i=Ct("sha256").update(r).digest("base64");if(this.written.get(o)===i)continue;let a=F.join(this.options.outDir,o);await U.mkdir(F.dirname(a),{recursive:!0}),await U.writeFile(a,r),this.written.set(o,i),t++}return t}async removeStale(e){let t=F.join(this.options.outDir,"journeys"),o=await U.readdir(t).catch(()=>[]);for(let r of o)(r.endsWith(".html")||r.endsWith(".svg"))&&!e.has(`journeys/${r}`)&&(await U.rm(F.join(t,r),{force:!0}),this.written.delete(`journeys/${r}`))}};function Pt(n,e){return n.errors===e.errors&&n.file===e.file&&JSON.stringify(n.journey)===JSON.stringify(e.journey)}d();import A from"node:path";function Lt(n){return Object.assign(new ue,{readFile:async e=>n.get(e.toString())??"",readFileSync:e=>n.get(e.toString())??""})}var _=class{base;texts=new Map;fileSystem=Lt(this.texts);loaded;files=[];constructor(e){this.base=e}async load(e,t){let o=await we(e,t),r=new Set(o),i=[];for(let p of Ot(e,o))for(let h of await ve(p))r.has(h)||(r.add(h),i.push(h));let a=[];for(let[p,h]of[...o.map(w=>[w,!0]),...i.map(w=>[w,!1])]){let w=k.file(p).toString(),{text:u,problem:S}=await qe(p);this.texts.set(w,u),this.files.push({absolute:p,uri:w,target:h}),a.push({uri:w,text:u,problem:S})}let l=this.fileSystem;this.loaded=await me(a,{fileSystemProvider:()=>l})}async update(e){let t=this.files.find(l=>l.absolute===e);if(!t||!this.loaded)return[];let{text:o}=await qe(e);if(this.texts.get(t.uri)===o)return[];this.texts.set(t.uri,o);let r=this.loaded.services.shared.workspace.DocumentBuilder,i=new Set([t.uri]),a=r.onDocumentPhase(de.Linked,l=>{i.add(l.uri.toString())});try{await r.update([k.parse(t.uri)],[])}finally{a.dispose()}return this.files.filter(l=>i.has(l.uri))}document(e){return this.loaded?.services.shared.workspace.LangiumDocuments.getDocument(k.parse(e.uri))}modelOf(e){let t=this.document(e);if(t)return he(t,{fileName:o=>Rt(this.base,k.parse(o).fsPath),describeImage:pe})}errorCount(e){return(this.document(e)?.diagnostics??[]).filter(t=>t.severity===1).length}};function Ot(n,e){let t=new Set(e.map(o=>A.dirname(o)));for(let o of n){let r=A.resolve(o);e.includes(r)||t.add(r)}return[...t].sort()}async function qe(n){try{return{text:await be(n)}}catch(e){return e instanceof ge?{text:"",problem:e.reason}:{text:"",problem:e.message}}}function Rt(n,e){let t=A.relative(n,e);return t.startsWith("..")||A.isAbsolute(t)?e.split(A.sep).join("/"):t.split(A.sep).join("/")}function Tt(n){if(n===void 0)return;let e;try{e=new URL(n)}catch{throw new P(`--repo-url '${n}' is not a URL (e.g. https://github.com/acme/journeys/blob/main)`)}if(e.protocol!=="https:"&&e.protocol!=="http:")throw new P(`--repo-url '${n}' must start with https:// or http://`);return n}function Mt(n,e){return e!==void 0?B.resolve(e):oe(B.resolve(n[0]??"."))??process.cwd()}async function Ut(n,e,t){let o=new _(e);return await o.load(n,r=>re(t,r)),o}async function Zr(n,e,t){let o=Tt(e.repoUrl),r=performance.now(),i=await Ut(n,Mt(n,e.basePath),t),a=B.resolve(e.output),l=new D(i,{outDir:a,repoUrl:o}),p=await l.build().catch(u=>{throw u.code?new P(`cannot write the site into '${e.output}': ${u.message}`):u}).finally(()=>l.close()),h=((performance.now()-r)/1e3).toFixed(1);t.out(`Built the site of ${v(p.journeys,"journey")} into ${q(e.output)} in ${h} s: open ${q(B.join(e.output,"index.html"))}
`);let w=i.files.filter(u=>u.target&&i.errorCount(u)>0);return w.length>0?(t.err(`cjourney: ${v(w.length,"file")} with errors; their pages may be incomplete (run cjourney check).
`),z.Findings):z.Ok}export{Je as a,D as b,Tt as c,Mt as d,Ut as e,Zr as f};
