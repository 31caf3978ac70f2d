"""The LangChain retriever and tool on the real index, driven by LangChain's own fake chat models."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from kb.integrations.langchain import RecourseRetriever, RecourseTool

TEXAS = "Someone made a deepfake nude of me and posted it. I live in Texas. Is that a crime?"


class ToolCallingFake(GenericFakeChatModel):
    """LangChain's scripted chat model; binding tools changes nothing, because its replies are scripted."""

    def bind_tools(self, tools, **kwargs):
        return self


def test_the_retriever_returns_the_texas_deepfake_law_for_a_texas_question(real_kb):
    docs = RecourseRetriever(knowledge_base=real_kb).invoke(TEXAS)
    assert docs and all(isinstance(d, Document) for d in docs)
    texas = next(d for d in docs if d.metadata["law_id"] == "us-tx-penal-21.165")
    law = real_kb.law("us-tx-penal-21.165")
    meta = texas.metadata
    assert meta["citation"] == "Tex. Penal Code § 21.165" and meta["jurisdiction"] == "US-TX"
    assert meta["status"] == law.status.value and meta["verified"] == law.verified.isoformat()
    assert (meta["official_url"], meta["official_opened"]) == law.official_link
    assert texas.page_content


def test_the_retriever_stays_inside_the_place_and_its_parents(real_kb):
    retriever = RecourseRetriever(knowledge_base=real_kb, k=10)
    assert retriever.places(TEXAS) == ["US-TX", "US"]
    assert {d.metadata["jurisdiction"] for d in retriever.invoke(TEXAS)} <= {"US-TX", "US"}
    assert retriever.places("What does Tex. Penal Code § 21.165 say?") == ["US-TX", "US"]  # a named law's place
    virginia = RecourseRetriever(knowledge_base=real_kb, jurisdiction="Virginia")
    assert {d.metadata["jurisdiction"] for d in virginia.invoke(TEXAS)} <= {"US-VA", "US"}


def test_the_retriever_builds_with_no_arguments_from_the_environment(real_kb, monkeypatch):
    import kb
    from kb.config import settings

    monkeypatch.setenv("RECOURSE_HOME", str(real_kb.config.home))
    monkeypatch.setenv("RECOURSE_CORPUS", str(real_kb.config.corpus))
    settings.cache_clear()
    monkeypatch.setattr(kb, "_default", None)
    try:
        docs = RecourseRetriever().invoke("Is a sexual deepfake a crime in Texas?")
        assert "us-tx-penal-21.165" in {d.metadata["law_id"] for d in docs}
        assert kb.default().config.home == real_kb.config.home
    finally:
        settings.cache_clear()


def test_an_agent_calls_the_tool_and_gets_a_cited_answer(real_kb):
    """A scripted model asks Recourse through the tool, as an agent would; the tool's reply is Recourse's own
    grounded answer with numbered sources, and its artifact is the ask --json object."""
    from langchain.agents import create_agent

    tool = RecourseTool(knowledge_base=real_kb)
    model = ToolCallingFake(messages=iter([
        AIMessage(content="", tool_calls=[{"name": "recourse", "args": {"question": TEXAS}, "id": "call-1"}]),
        AIMessage(content="Yes: see the cited Texas law."),
    ]))
    agent = create_agent(model, tools=[tool])
    result = agent.invoke({"messages": [HumanMessage(TEXAS)]})
    reply = next(m for m in result["messages"] if isinstance(m, ToolMessage))
    assert reply.tool_call_id == "call-1" and reply.status != "error"
    assert "Tex. Penal Code § 21.165" in reply.content and "Sources:" in reply.content
    assert "[1]" in reply.content and "not legal advice" in reply.content
    assert reply.artifact == real_kb.ask(TEXAS).to_json()
    assert result["messages"][-1].content == "Yes: see the cited Texas law."


def test_a_tool_call_with_an_unknown_place_comes_back_as_a_message_the_model_can_read(real_kb):
    tool = RecourseTool(knowledge_base=real_kb)
    model = FakeMessagesListChatModel(responses=[
        AIMessage(content="", tool_calls=[{"name": "recourse", "id": "call-2",
                                           "args": {"question": "Is it a crime?", "jurisdiction": "Atlantis"}}])])
    call = model.invoke([HumanMessage("Is it a crime in Atlantis?")]).tool_calls[0]
    reply = tool.invoke({**call, "type": "tool_call"})
    assert isinstance(reply, ToolMessage) and reply.status == "error"
    assert "unknown jurisdiction" in reply.content and "Traceback" not in reply.content


@pytest.mark.parametrize("question", ["", "   "])
def test_the_tool_answers_an_empty_question_without_a_traceback(real_kb, question):
    out = RecourseTool(knowledge_base=real_kb).invoke({"question": question})
    assert isinstance(out, str) and "Traceback" not in out
