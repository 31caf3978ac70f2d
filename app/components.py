"""Render helpers for domain objects and the frame every page shares (quick exit, help strip, page styles).

What users type is shown as plain text, never as HTML or markdown, and only http(s) and tel: links are rendered.
Raw HTML here is built from fixed strings and corpus fields passed through html.escape."""

from __future__ import annotations

import html
import json
import re
from typing import Callable, Iterable, Optional

import streamlit as st

from kb import Answer, Citation, Plan, tel_href

STATUS_LABEL = {"in_force": "in force", "enacted": "enacted, not yet in force", "pending": "pending bill",
                "failed": "failed bill", "repealed": "repealed"}
NEUTRAL_PAGE = "https://www.google.com/search?q=weather+today"
EXIT_CLEAR_KEY = "quick_exit_clear"  # a hidden button the exit script clicks: the server then clears the session

# The one quick exit: fixed at every width (CSS below), a plain link so it works even before the script runs.
# The look is inline too, so the button is fixed and full size from its first paint (before the stylesheet).
QUICK_EXIT = (f'<a href="{NEUTRAL_PAGE}" target="_self" rel="noreferrer" id="quick-exit" '
              'title="Leave this site now (or press Esc twice)" style="position:fixed;top:.55rem;right:3.6rem;'
              'z-index:1000002;display:inline-flex;align-items:center;min-height:44px;padding:.35rem .95rem;'
              'border-radius:.5rem;background:#b3261e;color:#fff;font-weight:700;text-decoration:none">'
              'Leave this site now<span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;'
              'clip:rect(0,0,0,0);white-space:nowrap"> (or press Escape twice)</span></a>')

_CSS = """<style>
#quick-exit{position:fixed;top:.55rem;right:3.6rem;z-index:1000002;display:inline-flex;align-items:center;
 min-height:44px;padding:.35rem .95rem;border-radius:.5rem;background:#b3261e;color:#fff !important;
 font-weight:700;font-size:1rem;text-decoration:none;border:2px solid #fff;box-shadow:0 2px 8px rgba(0,0,0,.35)}
#quick-exit:hover{background:#8c1d18!important}
#quick-exit:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;
 clip:rect(0,0,0,0);white-space:nowrap;border:0}
.st-key-frame_chrome{position:absolute!important;width:0;height:0;overflow:visible}
.st-key-quick_exit_clear{display:none!important}
.block-container{padding-top:4.25rem!important}
[data-testid="stCaptionContainer"]{opacity:1!important}
[data-testid="stCaptionContainer"],[data-testid="stCaptionContainer"] p,.stCaption{color:#474b57!important}
[data-testid="stMarkdownContainer"] a{color:#1d4f91}
section.help-now{border:2px solid #1d4f91;border-radius:.6rem;padding:.6rem .9rem;background:#f3f6fb}
section.help-now h2{font-size:1.1rem;margin:0 0 .3rem 0;padding:0}
section.help-now ul{margin:0;padding-left:1.1rem}
section.help-now li{margin:.15rem 0}
section.help-now a{color:#1d4f91;font-weight:700}
section.help-now p{margin:.3rem 0 0 0}
section.help-now details{margin-top:.3rem}
section.help-now summary{cursor:pointer;color:#1d4f91;min-height:24px}
.answer-top{scroll-margin-top:4.5rem}
[data-testid="stChatMessage"] h3{font-size:1.3rem!important}
[data-testid="stChatMessage"] h4{font-size:1.15rem!important;padding-top:.6rem}
.print-button{min-height:40px;padding:.4rem .9rem;border:1px solid #5f6370;border-radius:.5rem;background:#fff;
 color:#1f2430;font:inherit;cursor:pointer}
.print-button:focus-visible{outline:3px solid #1d4f91;outline-offset:2px}
@media (max-width: 640px){
 h1{font-size:1.75rem!important} h2{font-size:1.35rem!important} h3{font-size:1.15rem!important}
 #quick-exit{top:.45rem!important;right:3.2rem!important;padding:.3rem .7rem!important;font-size:.95rem}
 .block-container{padding-left:1rem!important;padding-right:1rem!important}
}
@media print{
 #quick-exit,header,[data-testid="stSidebar"],[data-testid="stSidebarCollapsedControl"],
 [data-testid="stBottom"],[data-testid="stChatInput"],.stDownloadButton,.stButton,.no-print,
 section.help-now details{display:none!important}
 .block-container{padding:0!important;max-width:100%!important}
 [data-testid="stExpanderDetails"]{display:block!important}
 a{color:#000!important}
}
</style>"""

# Runs once per browser tab (guarded): Esc twice leaves; the exit hides the page at once, asks the server to clear
# this session (hidden button), clears browser storage and replaces the history entry, so Back does not return.
# In-app navigation replaces the history entry too, so the whole visit is one entry that the exit overwrites.
_JS = """<script>
(function(){
 var w = window;
 if (w.__recourseFrame) return; w.__recourseFrame = true;
 var NEUTRAL = %s;
 try { var push = w.history.pushState;
   w.history.pushState = function(s, t, u){ return w.history.replaceState(s, t, u); }; } catch(e) {}
 function leave(){
   try { document.documentElement.style.visibility = 'hidden'; document.title = ''; } catch(e) {}
   try { var b = document.querySelector('.st-key-%s button'); if (b) b.click(); } catch(e) {}
   try { w.sessionStorage.clear(); w.localStorage.clear(); } catch(e) {}
   setTimeout(function(){ w.location.replace(NEUTRAL); }, 150);
 }
 w.__recourseLeave = leave;
 document.addEventListener('click', function(e){
   var a = e.target.closest && e.target.closest('#quick-exit');
   if (a){ e.preventDefault(); leave(); return; }
   var p = e.target.closest && e.target.closest('[data-print]');
   if (p){ e.preventDefault(); w.print(); }
 }, true);
 w.addEventListener('beforeprint', function(){  // paper shows every step's "why and how", not folded
   document.querySelectorAll('details').forEach(function(d){ d.open = true; });
 });
 var last = 0;
 document.addEventListener('keydown', function(e){
   if (e.key !== 'Escape') return;
   var now = Date.now();
   if (now - last < 1200) { leave(); } last = now;
 }, true);
 if (!document.getElementById('recourse-live')){
   var live = document.createElement('div'); live.id = 'recourse-live'; live.className = 'sr-only';
   live.setAttribute('aria-live', 'polite'); live.setAttribute('role', 'status'); document.body.appendChild(live);
 }
})();
</script>""" % (json.dumps(NEUTRAL_PAGE), EXIT_CLEAR_KEY)


def _clear_session() -> None:
    for k in list(st.session_state.keys()):
        del st.session_state[k]


def frame_chrome() -> None:
    """Styles, the fixed quick exit, its script and the hidden clear button: call first on every run."""
    st.html(_CSS)
    with st.container(key="frame_chrome"):
        st.markdown(QUICK_EXIT, unsafe_allow_html=True)
        st.html(_JS, unsafe_allow_javascript=True)
        st.button("Clear this session", key=EXIT_CLEAR_KEY, on_click=_clear_session)


def quick_exit() -> None:
    """Kept for pages that render alone; the frame already shows the one fixed exit."""
    st.markdown(QUICK_EXIT, unsafe_allow_html=True)


def run_js(code: str, key: str) -> None:
    """A small script of ours (fixed code plus json-encoded values) in a hidden container. Never write '<' right
    before a letter or digit in it: Streamlit's HTML sanitiser then drops the whole script."""
    with st.container(key=f"page_js_{key}"):
        st.html(f"<script>(function(){{{code}}})();</script>", unsafe_allow_javascript=True)
    st.html(f"<style>.st-key-page_js_{key}{{position:absolute!important;width:0;height:0;overflow:hidden}}</style>")


def js_str(value: str) -> str:
    """A JSON string literal that is also safe inside a <script> element."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def announce_and_show(anchor_id: str, text: str, key: str) -> None:
    """Bring the top of a new answer into view and announce it to screen readers (aria-live)."""
    run_js(f"var id={js_str(anchor_id)}, msg={js_str(text)};"
           "function go(n){var el=document.getElementById(id);"
           " if(!el){ if(n < 40) setTimeout(function(){go(n+1)},100); return; }"
           " el.scrollIntoView({block:'start'});"
           " var live=document.getElementById('recourse-live'); if(live && live.textContent !== msg){"
           " live.textContent=''; setTimeout(function(){ live.textContent=msg; }, 50); } }"
           "setTimeout(function(){go(0)}, 150); setTimeout(function(){go(39)}, 1200);", key)


# --- help now -------------------------------------------------------------------------------------------------

EMERGENCY = {"US": "911", "CA": "911", "MX": "911", "GB": "999", "AU": "000", "NZ": "111", "IE": "112",
             "EU": "112", "FR": "112", "DE": "112", "IT": "112", "ES": "112", "DK": "112", "NL": "112"}
def _country(code: str) -> str:
    return (code or "").split("-")[0]


_CRISIS = re.compile(r"suicide|crisis|lifeline|samaritans|need to talk", re.I)
_DV = re.compile(r"domestic|violence|refuge|women|respect|fear free", re.I)


def help_lines(base, codes: list[str], minor: Optional[bool], cues=()) -> tuple[list, list]:
    """(shown, more): for the place, the image-abuse helplines first, then one crisis line (and a domestic-abuse
    line when the conversation points to a partner); everything else with a phone number folded."""
    kinds = ("helpline", "hotline") + (("reporting",) if minor else ())
    everyone = [s for s in base.services([j.code for j in base.jurisdictions()], kinds=kinds) if s.phone
                and (minor or s.serves != "minors")]
    local = [s for s in base.services(codes, kinds=kinds) if s.phone and (minor or s.serves != "minors")] \
        if codes else [s for s in everyone if "US" in s.regions]
    crisis = [s for s in local if _CRISIS.search(s.name)]
    dv = [s for s in local if _DV.search(s.name) and s not in crisis]
    image = [s for s in local if s not in crisis and s not in dv]
    shown = image[:2] + crisis[:1] + (dv[:1] if "dv" in (cues or ()) or not image else [])
    shown = shown or local[:3]
    more = [s for s in local if s not in shown] + [s for s in everyone if s not in local]
    return shown, more


def help_now(base, codes: Iterable[str] = (), minor: Optional[bool] = None, heading: str = "Talk to someone now",
             cues=()) -> None:
    """Helplines for the person's place, tap-to-call, a crisis line and the emergency number; the rest folded."""
    codes = [c for c in codes if c]
    shown, more = help_lines(base, codes, minor, cues)
    where = "" if codes else " (US)"

    def item(s, region: bool = False) -> str:
        href = tel_href(s.phone)
        number = s.phone.split("(")[0].strip()
        call = f'<a href="{html.escape(href)}">Call {html.escape(number)}</a>' if href else html.escape(s.phone)
        hours = " · 24/7" if s.hours == "24/7" else ""
        place = f" ({html.escape(', '.join(s.regions))})" if region else ""
        return f"<li>{call} {html.escape(s.name)}{place}{hours}</li>"

    sos = EMERGENCY.get(_country(codes[0])) if codes else None
    danger = (f'<p>In danger right now? Call <a href="tel:{sos}">{sos}</a>.</p>' if sos
              else "<p>In danger right now? Call your local emergency number.</p>")
    folded = ("<details><summary>More helplines, other countries</summary><ul>"
              + "".join(item(s, True) for s in more) + "</ul></details>") if more else ""
    st.html(f'<section class="help-now" aria-labelledby="help-now-h"><h2 id="help-now-h">'
            f"{html.escape(heading)}{html.escape(where)}</h2><ul>{''.join(item(s) for s in shown)}</ul>"
            f"{danger}{folded}</section>")


# --- answers --------------------------------------------------------------------------------------------------

def safe_link(url: str) -> str:
    return url if re.match(r"^https?://[^\s\"'<>]+$", url or "") else ""


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]()<>#+\-.!|~])", r"\\\1", text)


def with_hover_links(text: str, citations: Iterable[Citation]) -> str:
    """[n] markers become links to the source whose hover title previews the cited passage."""
    by_n = {c.n: c for c in citations}

    def link(m: re.Match) -> str:
        c = by_n.get(int(m.group(1)))
        url = safe_link(c.source_url or c.url) if c else ""  # the quoted passage's own source
        if not url:
            return m.group(0)
        preview = f"{c.citation} ({c.source_label}): {c.passage[:220]}".replace('"', "'").replace("\n", " ")
        return f'[\\[{c.n}\\]]({url} "{preview}")'

    return re.sub(r"\[(\d{1,3})\]", link, text)


def chips(codes, name) -> None:
    if codes:
        st.markdown(" ".join(f":blue-badge[{_md_escape(name(c))} ({c})]" for c in codes))


def citation_card(c: Citation) -> None:
    with st.expander(f"[{c.n}] {c.citation} · {c.jurisdiction} · {STATUS_LABEL.get(c.status, c.status)}"):
        st.markdown(f"**{_md_escape(c.title)}**")
        meta = [f"Status: {STATUS_LABEL.get(c.status, c.status)}"]
        if c.effective:
            meta.append(f"effective {c.effective}")
        meta += [f"verified {c.verified}", f"confidence: {c.confidence}"]
        st.caption(" · ".join(meta))
        st.caption(f"Quoted: {c.source_label}")  # every passage with its own kind and its own link
        st.text(c.passage)
        if c.source_kind != "summary" and safe_link(c.source_url or ""):
            st.link_button("Open where this text came from", c.source_url)
        if safe_link(c.url):
            st.link_button("Open the law's source", c.url)
        facts = {"status": "Status", "dates": "Dates", "penalty": "Penalty", "coverage": "What it covers"}
        shown = [f"{label}: " + ", ".join(f"[{_host(u)}]({u})" for u in c.basis.get(key, ()) if safe_link(u))
                 for key, label in facts.items() if c.basis.get(key)]
        st.markdown("**Where each fact comes from.** " + ("; ".join(shown) + "." if shown else
                                                          "The record does not tag its sources by fact."))
        if c.report_url and (safe_link(c.report_url) or c.report_url.startswith("mailto:")):
            # names only the record id and field: nothing typed on this page goes into it
            st.markdown(f"[Report an error in this record]({c.report_url})")


def _host(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).split("/")[0]


def source_list(citations: Iterable[Citation], heading: str = "Sources") -> None:
    """The numbered sources a text cites, as links (for draft previews and folded law sections)."""
    lines = [f"{c.n}. {_md_escape(c.citation)} ({c.jurisdiction}, verified {c.verified})"
             + (f": [open the source]({c.url})" if safe_link(c.url) else "") for c in citations]
    if lines:
        st.markdown(f"**{heading}**\n\n" + "\n".join(lines))


def sections_of(a: Answer) -> list[dict]:
    """The answer's sections in display order; answers from before the frame contract are one 'short' section."""
    raw = getattr(a, "sections", None) or ()
    out = []
    for s in raw:
        d = s if isinstance(s, dict) else (s.model_dump() if hasattr(s, "model_dump") else dict(s))
        out.append({"kind": d.get("kind") or "short", "title": d.get("title") or "", "body": d.get("body") or ""})
    return out or [{"kind": "short", "title": "", "body": a.answer}]


def _drop_title(body: str, title: str) -> str:
    """Bodies may open with their own bold title; the section heading already says it."""
    if title:
        body = re.sub(r"^\s*\*\*" + re.escape(title.strip()) + r"\*\*\s*\n", "", body, count=1)
    return body


HELP_FIRST = ("safety", "clarify", "short", "steps", "notice")


def answer(a: Answer, name: Callable[[str], str], role: str = "victim") -> None:
    """Help first: safety, short answer and steps open; the laws and their sources folded in one expander.
    Advocates and policymakers see their list or comparison first."""
    chips(a.jurisdictions, name)
    secs = sections_of(a)
    if role in ("advocate", "policymaker"):
        order = ("safety", "list", "compare", "card", "short", "clarify", "steps", "notice")
    else:
        order = HELP_FIRST + ("list", "compare", "card")
    rank = {k: i for i, k in enumerate(order)}
    open_ = sorted([s for s in secs if s["kind"] != "laws"], key=lambda s: rank.get(s["kind"], len(order)))
    laws = [s for s in secs if s["kind"] == "laws"]
    for s in open_:
        body = with_hover_links(_drop_title(s["body"], s["title"]), a.citations)
        if s["kind"] == "safety":
            st.warning(body, icon=":material/health_and_safety:")
        elif s["kind"] == "notice":
            st.caption(body)
        else:
            if s["title"] and s["kind"] != "short":
                st.markdown(f"#### {_md_escape(s['title'])}")
            st.markdown(body)
    if laws or a.citations:
        label = f"The law and its sources ({len(a.citations)})" if a.citations else "The law"
        with st.expander(label, expanded=False):
            for s in laws:
                if s["title"]:
                    st.markdown(f"#### {_md_escape(s['title'])}")
                st.markdown(with_hover_links(s["body"], a.citations))
            for c in a.citations:
                citation_card(c)
    st.caption(a.disclaimer)


def plain_summary(a: Answer, limit: int = 240) -> str:
    """A short plain-text line for screen-reader announcements."""
    secs = sections_of(a)
    first = next((s for s in secs if s["kind"] in ("safety", "clarify", "short")), secs[0])
    text = re.sub(r"\[\d{1,3}\]|[*_`#>]", "", first["body"])
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit] + ("…" if len(text) > limit else "")


def plan_steps(p: Plan, prefix: str) -> None:
    for i, step in enumerate(p.steps, 1):
        done = st.checkbox(f"{i}. {step.title}", key=f"{prefix}.done.{step.id}")
        with st.expander(f"Why and how: {step.title}" + (" (done)" if done else ""), expanded=i <= 2 and not done):
            st.write(step.why)
            for line in step.how:
                st.markdown(f"- {_md_escape(line) if '[' not in line else line}")
            for link in step.links:
                if safe_link(link.url):
                    st.link_button(link.label, link.url)
            if step.deadline:
                st.warning(f"Deadline: {step.deadline}")
            for c in step.citations:
                st.caption(f"[{c.n}] {c.citation} ({c.jurisdiction}, verified {c.verified})")
