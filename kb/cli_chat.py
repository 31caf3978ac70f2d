"""`python -m kb chat`: a conversation in the terminal. Each turn is answered with the previous turn's frame as
context; "what can I do now?" with a place known prints the plan. Nothing is written anywhere but stdout."""

from __future__ import annotations

import json
import re
import sys

import kb
from kb.errors import QueryError


_OPEN_PLAN = re.compile(r"^\s*(/plan|what (can|should|do) i do( now)?|what now|what are my options)\s*[?.!]*\s*$", re.I)


def cmd_chat(args, base: kb.KnowledgeBase, stdin=None) -> int:
    """A conversation: each turn is answered with the previous turn's frame as context. Nothing is written
    anywhere but stdout; the frame lives in this process's memory only."""
    from kb.__main__ import _ensure_index, _print_answer, _print_plan

    _ensure_index(base)
    stdin = stdin or sys.stdin
    interactive = stdin.isatty()
    frame = None
    if interactive:
        print("Recourse chat. Say what happened and where you live. /plan shows your plan, /reset forgets, "
              "/quit leaves.", file=sys.stderr)
    while True:
        if interactive:
            print("> ", end="", file=sys.stderr, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if not text:
            continue
        if text.lower() in ("/quit", "/exit", "quit", "exit"):
            return 0
        if text.lower() == "/reset":
            frame = None
            print("(forgotten)\n", flush=True)
            continue
        situation = base.situation_from(frame) if frame is not None and _OPEN_PLAN.match(text) else None
        if situation is not None:  # "What can I do now?" with a place known: the plan, filled from the chat
            p = base.plan(situation)
            if args.json:
                print(json.dumps(p.model_dump(mode="json"), ensure_ascii=False), flush=True)
            else:
                _print_plan(p)
            continue
        try:
            answer = base.ask(text, context=frame)
        except QueryError as exc:
            print(f"error: {exc}", file=sys.stderr)
            continue
        frame = answer.frame
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            _print_answer(answer)
            print(flush=True)
