"""TwiML builders: every element of specs/twiml.yaml rendered, escaping, nesting rules."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from twilio.twiml.messaging_response import MessagingResponse as OfficialMessaging
from twilio.twiml.voice_response import VoiceResponse as OfficialVoice

from twilio_async.twiml import (
    XML_DECLARATION,
    Dial,
    Gather,
    Hangup,
    Message,
    MessagingResponse,
    Number,
    Say,
    TwiML,
    TwiMLError,
    VoiceResponse,
)

SPEC = Path(__file__).resolve().parents[2] / "specs" / "twiml.yaml"


def voice(build: Callable[[VoiceResponse], object]) -> str:
    response = VoiceResponse()
    build(response)
    return response.to_xml()


def messaging(build: Callable[[MessagingResponse], object]) -> str:
    response = MessagingResponse()
    build(response)
    return response.to_xml()


def _gather(r: VoiceResponse) -> None:
    g = r.gather(
        input=["dtmf", "speech"],
        action="/menu",
        method="POST",
        timeout=5,
        speech_timeout="auto",
        finish_on_key="#",
        num_digits=1,
        profanity_filter=False,
        action_on_empty_result=True,
    )
    g.say("Press 1")
    g.play("https://a.example/beep.mp3")
    g.pause(length=1)


def _client(r: VoiceResponse) -> None:
    c = r.dial().client(status_callback_event=["ringing", "answered"])
    c.identity("alice")
    c.parameter(name="ticket", value="42")


def _enqueue(r: VoiceResponse) -> None:
    r.enqueue(workflow_sid="WW1").task('{"lang":"fr"}', priority=5, timeout=60)


def _connect(r: VoiceResponse) -> None:
    c = r.connect(action="/after")
    c.stream(url="wss://s.example/audio", track="inbound_track").parameter(name="a", value="b")
    r.connect().room("standup", participant_identity="bob")


def _message(r: MessagingResponse) -> None:
    m = r.message(to="+15558675310", from_="+15017122661", action="/sent", method="GET")
    m.body("Hello")
    m.media("https://a.example/cat.jpg")


#: Spec element name -> (builder, expected document body). Every element must be here.
CASES: dict[str, tuple[Callable[[], str], str]] = {
    "VoiceResponse": (lambda: voice(lambda r: None), "<Response/>"),
    "MessagingResponse": (lambda: messaging(lambda r: None), "<Response/>"),
    "Say": (
        lambda: voice(lambda r: r.say("Hello", voice="Polly.Joanna", loop=2, language="en-US")),
        '<Response><Say voice="Polly.Joanna" loop="2" language="en-US">Hello</Say></Response>',
    ),
    "Play": (
        lambda: voice(lambda r: (r.play("https://a.example/m.mp3", loop=0), r.play(digits="w1"))),
        '<Response><Play loop="0">https://a.example/m.mp3</Play><Play digits="w1"/></Response>',
    ),
    "Pause": (
        lambda: voice(lambda r: r.pause(length=3)),
        '<Response><Pause length="3"/></Response>',
    ),
    "Gather": (
        lambda: voice(_gather),
        '<Response><Gather input="dtmf speech" action="/menu" method="POST" timeout="5" '
        'speechTimeout="auto" profanityFilter="false" finishOnKey="#" numDigits="1" '
        'actionOnEmptyResult="true"><Say>Press 1</Say><Play>https://a.example/beep.mp3</Play>'
        '<Pause length="1"/></Gather></Response>',
    ),
    "Dial": (
        lambda: voice(
            lambda r: r.dial(
                "+15558675310",
                caller_id="+15017122661",
                timeout=20,
                record="record-from-answer",
                hangup_on_star=True,
                recording_status_callback_event=["in-progress", "completed"],
            )
        ),
        '<Response><Dial timeout="20" hangupOnStar="true" callerId="+15017122661" '
        'record="record-from-answer" recordingStatusCallbackEvent="in-progress completed">'
        "+15558675310</Dial></Response>",
    ),
    "Number": (
        lambda: voice(
            lambda r: r.dial().number(
                "+15558675310",
                send_digits="wwww1928",
                status_callback="/s",
                machine_detection="Enable",
            )
        ),
        '<Response><Dial><Number sendDigits="wwww1928" statusCallback="/s" '
        'machineDetection="Enable">+15558675310</Number></Dial></Response>',
    ),
    "Client": (
        lambda: voice(_client),
        '<Response><Dial><Client statusCallbackEvent="ringing answered"><Identity>alice</Identity>'
        '<Parameter name="ticket" value="42"/></Client></Dial></Response>',
    ),
    "Identity": (
        lambda: voice(lambda r: r.dial().client().identity("bob")),
        "<Response><Dial><Client><Identity>bob</Identity></Client></Dial></Response>",
    ),
    "Parameter": (
        lambda: voice(lambda r: r.start().stream(url="wss://x").parameter(name="n", value="v")),
        '<Response><Start><Stream url="wss://x"><Parameter name="n" value="v"/></Stream></Start>'
        "</Response>",
    ),
    "Conference": (
        lambda: voice(
            lambda r: r.dial().conference(
                "Room 1234",
                muted=False,
                beep="onEnter",
                start_conference_on_enter=True,
                end_conference_on_exit=False,
                status_callback_event=["start", "join"],
                jitter_buffer_size="small",
            )
        ),
        '<Response><Dial><Conference muted="false" beep="onEnter" startConferenceOnEnter="true" '
        'endConferenceOnExit="false" statusCallbackEvent="start join" jitterBufferSize="small">'
        "Room 1234</Conference></Dial></Response>",
    ),
    "Sip": (
        lambda: voice(
            lambda r: r.dial().sip(
                "sip:alice@example.com", username="u", password="p", method="get"
            )
        ),
        '<Response><Dial><Sip username="u" password="p" method="GET">sip:alice@example.com</Sip>'
        "</Dial></Response>",
    ),
    "Queue": (
        lambda: voice(lambda r: r.dial().queue("support", url="/about", reservation_sid="WR1")),
        '<Response><Dial><Queue url="/about" reservationSid="WR1">support</Queue></Dial>'
        "</Response>",
    ),
    "Record": (
        lambda: voice(
            lambda r: r.record(
                action="/done",
                max_length=30,
                finish_on_key="*",
                play_beep=True,
                trim="trim-silence",
                transcribe=True,
                transcribe_callback="/t",
            )
        ),
        '<Response><Record action="/done" finishOnKey="*" maxLength="30" playBeep="true" '
        'trim="trim-silence" transcribe="true" transcribeCallback="/t"/></Response>',
    ),
    "Hangup": (lambda: voice(lambda r: r.hangup()), "<Response><Hangup/></Response>"),
    "Reject": (
        lambda: voice(lambda r: r.reject(reason="busy")),
        '<Response><Reject reason="busy"/></Response>',
    ),
    "Enqueue": (
        lambda: voice(lambda r: r.enqueue("support", wait_url="/wait", max_queue_size=10)),
        '<Response><Enqueue maxQueueSize="10" waitUrl="/wait">support</Enqueue></Response>',
    ),
    "Task": (
        lambda: voice(_enqueue),
        '<Response><Enqueue workflowSid="WW1"><Task priority="5" timeout="60">{"lang":"fr"}</Task>'
        "</Enqueue></Response>",
    ),
    "Leave": (lambda: voice(lambda r: r.leave()), "<Response><Leave/></Response>"),
    "Refer": (
        lambda: voice(lambda r: r.refer(action="/refer-done")),
        '<Response><Refer action="/refer-done"/></Response>',
    ),
    "ReferSip": (
        lambda: voice(lambda r: r.refer().sip("sip:bob@example.com")),
        "<Response><Refer><Sip>sip:bob@example.com</Sip></Refer></Response>",
    ),
    "Connect": (
        lambda: voice(_connect),
        '<Response><Connect action="/after"><Stream url="wss://s.example/audio" '
        'track="inbound_track"><Parameter name="a" value="b"/></Stream></Connect>'
        '<Connect><Room participantIdentity="bob">standup</Room></Connect></Response>',
    ),
    "Stream": (
        lambda: voice(lambda r: r.connect().stream(url="wss://s", name="n", status_callback="/cb")),
        '<Response><Connect><Stream url="wss://s" name="n" statusCallback="/cb"/></Connect>'
        "</Response>",
    ),
    "Room": (
        lambda: voice(lambda r: r.connect().room("DailyStandup")),
        "<Response><Connect><Room>DailyStandup</Room></Connect></Response>",
    ),
    "Start": (
        lambda: voice(lambda r: r.start(action="/a").stream(url="wss://s", track="both_tracks")),
        '<Response><Start action="/a"><Stream url="wss://s" track="both_tracks"/></Start>'
        "</Response>",
    ),
    "Stop": (
        lambda: voice(lambda r: r.stop().stream(name="n")),
        '<Response><Stop><Stream name="n"/></Stop></Response>',
    ),
    "Redirect": (
        lambda: voice(lambda r: r.redirect("https://a.example/next", method="POST")),
        '<Response><Redirect method="POST">https://a.example/next</Redirect></Response>',
    ),
    "Message": (
        lambda: messaging(_message),
        '<Response><Message to="+15558675310" from="+15017122661" action="/sent" method="GET">'
        "<Body>Hello</Body><Media>https://a.example/cat.jpg</Media></Message></Response>",
    ),
    "Body": (
        lambda: messaging(lambda r: r.message().body("Only a body")),
        "<Response><Message><Body>Only a body</Body></Message></Response>",
    ),
    "Media": (
        lambda: messaging(lambda r: r.message("See this").media("https://a.example/x.png")),
        "<Response><Message>See this<Media>https://a.example/x.png</Media></Message></Response>",
    ),
}


def test_every_spec_element_has_a_rendering_case() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert set(CASES) == set(spec["elements"]) | set(spec["documents"])


@pytest.mark.parametrize("name", sorted(CASES))
def test_element_renders(name: str) -> None:
    build, expected = CASES[name]
    xml = build()
    assert xml == expected
    assert ET.fromstring(xml).tag == "Response"  # well-formed


def test_documents_carry_the_xml_declaration() -> None:
    response = VoiceResponse()
    response.say("Hi")
    assert XML_DECLARATION == '<?xml version="1.0" encoding="UTF-8"?>'
    assert str(response) == XML_DECLARATION + "<Response><Say>Hi</Say></Response>"
    assert bytes(response) == str(response).encode("utf-8")
    assert str(Say("Hi")) == "<Say>Hi</Say>"  # a fragment is not a document
    assert Say("Hi").to_xml(xml_declaration=True) == XML_DECLARATION + "<Say>Hi</Say>"


def test_builder_styles_give_the_same_document() -> None:
    a = VoiceResponse()
    a.say("Welcome", voice="alice")
    with a.gather(num_digits=1, action="/menu") as gather:
        gather.say("Press 1")
    a.hangup()

    b = VoiceResponse().append(
        Say("Welcome", voice="alice"),
        Gather(num_digits=1, action="/menu").append(Say("Press 1")),
        Hangup(),
    )
    c = VoiceResponse()
    c.say("Welcome", voice="alice")
    g = c.gather(num_digits=1, action="/menu")
    g.say("Press 1")
    c.hangup()
    assert a == b == c
    assert str(a) == (
        XML_DECLARATION + '<Response><Say voice="alice">Welcome</Say>'
        '<Gather action="/menu" numDigits="1"><Say>Press 1</Say></Gather><Hangup/></Response>'
    )
    assert "Welcome" in repr(a)


def _canonical(xml: str) -> str:
    return ET.canonicalize(xml.split("?>", 1)[1])


def test_same_document_as_twilio_python() -> None:
    ours = VoiceResponse()
    ours.say("Hi & bye", voice="alice", language="en-GB")
    gather = ours.gather(input="speech", action="/g", speech_timeout="auto", hints="yes, no")
    gather.play("https://a.example/p.mp3", loop=2)
    dial = ours.dial(caller_id="+15017122661", answer_on_bridge=True)
    dial.number("+15558675310", status_callback_event=["initiated", "completed"])
    dial.conference("Room", start_conference_on_enter=True)
    ours.enqueue("q", wait_url="/w")
    ours.record(max_length=20, play_beep=False)
    ours.reject(reason="busy")
    ours.redirect("/next")

    official = OfficialVoice()
    official.say("Hi & bye", voice="alice", language="en-GB")
    og = official.gather(input="speech", action="/g", speech_timeout="auto", hints="yes, no")
    og.play("https://a.example/p.mp3", loop=2)
    od = official.dial(caller_id="+15017122661", answer_on_bridge=True)
    od.number("+15558675310", status_callback_event="initiated completed")
    od.conference("Room", start_conference_on_enter=True)
    official.enqueue("q", wait_url="/w")
    official.record(max_length=20, play_beep=False)
    official.reject(reason="busy")
    official.redirect("/next")
    assert _canonical(str(ours)) == _canonical(str(official))

    ours_m = MessagingResponse()
    ours_m.message("Hello <you>", to="+1", from_="+2", status_callback="/s").media("https://m/1")
    official_m = OfficialMessaging()
    official_m.message("Hello <you>", to="+1", from_="+2", status_callback="/s").media(
        "https://m/1"
    )
    assert _canonical(str(ours_m)) == _canonical(str(official_m))


# -- escaping ---------------------------------------------------------------------------------


def test_text_cannot_inject_markup() -> None:
    hostile = "Hi</Say><Hangup/><Say>&amp; \"quoted\" 'single' ]]>"
    response = VoiceResponse()
    response.say(hostile)
    xml = response.to_xml()
    assert xml == (
        "<Response><Say>Hi&lt;/Say&gt;&lt;Hangup/&gt;&lt;Say&gt;&amp;amp; "
        "\"quoted\" 'single' ]]&gt;</Say></Response>"
    )
    root = ET.fromstring(xml)
    assert [child.tag for child in root] == ["Say"]
    assert root[0].text == hostile


def test_attributes_cannot_inject_markup() -> None:
    hostile = '"/><Hangup/><Say x="'
    multiline = "a\nb\tc\rd & <e> 'f'"
    response = VoiceResponse()
    response.say("x", voice=hostile, language=multiline)
    xml = response.to_xml()
    assert xml == (
        '<Response><Say voice="&quot;/&gt;&lt;Hangup/&gt;&lt;Say x=&quot;" '
        "language=\"a&#10;b&#9;c&#13;d &amp; &lt;e&gt; 'f'\">x</Say></Response>"
    )
    say = ET.fromstring(xml)[0]
    assert say.get("voice") == hostile
    assert say.get("language") == multiline  # whitespace survives attribute normalization
    assert len(ET.fromstring(xml)) == 1


@pytest.mark.parametrize("bad", ["\x00", "\x0b", "\x1f", "\ufffe", "\ud800"])
def test_characters_xml_cannot_carry_are_refused(bad: str) -> None:
    with pytest.raises(TwiMLError, match="XML does not allow"):
        Say(f"a{bad}b")
    with pytest.raises(TwiMLError, match="XML does not allow"):
        Say("ok", voice=f"a{bad}")


def test_extra_attributes() -> None:
    say = Say("Hi", voice="alice", extra_attributes={"newAttr": "x<y", "flag": True, "n": 3})
    assert say.to_xml() == '<Say voice="alice" newAttr="x&lt;y" flag="true" n="3">Hi</Say>'
    with pytest.raises(TwiMLError, match="not a valid name"):
        Say("Hi", extra_attributes={'a="1" b': "x"})
    with pytest.raises(TwiMLError, match="not a valid name"):
        Say("Hi", extra_attributes={"x:y/><z": "x"})
    with pytest.raises(TwiMLError, match="keyword argument"):
        Say("Hi", extra_attributes={"voice": "bob"})
    with pytest.raises(TwiMLError, match="must be a str"):
        Say("Hi", extra_attributes={"x": object()})


# -- values -----------------------------------------------------------------------------------


def test_attribute_types_are_checked() -> None:
    with pytest.raises(TwiMLError, match="loop= must be an int"):
        Say("Hi", loop="2")  # type: ignore[arg-type]
    with pytest.raises(TwiMLError, match="must be an int"):
        Say("Hi", loop=True)
    with pytest.raises(TwiMLError, match="must be a bool"):
        Dial(hangup_on_star="true")  # type: ignore[arg-type]
    with pytest.raises(TwiMLError, match="GET or POST"):
        Dial(method="PUT")
    with pytest.raises(TwiMLError, match="sequence of strings"):
        Gather(input=["dtmf", 1])  # type: ignore[list-item]
    with pytest.raises(TwiMLError, match="text must be a str"):
        Say(42)  # type: ignore[arg-type]
    assert Dial(method="post").attributes == {"method": "POST"}
    assert Gather(input="dtmf").attributes == {"input": "dtmf"}
    assert Say("").to_xml() == "<Say></Say>"


# -- nesting ----------------------------------------------------------------------------------


def test_dial_accepts_only_its_nouns() -> None:
    dial = Dial()
    with pytest.raises(TwiMLError) as err:
        dial.append(Say("no"))
    message = str(err.value)
    assert "<Dial> cannot contain <Say>" in message
    for noun in ("<Client>", "<Conference>", "<Number>", "<Queue>", "<Sip>"):
        assert noun in message
    assert dial.children == []
    dial.append(Number("+15558675310"))
    assert dial.to_xml() == "<Dial><Number>+15558675310</Number></Dial>"


@pytest.mark.parametrize(
    ("parent", "child", "message"),
    [
        (MessagingResponse(), Say("x"), "<Response> cannot contain <Say>"),
        (VoiceResponse(), Message("x"), "<Response> cannot contain <Message>"),
        (Gather(), Dial(), "<Gather> cannot contain <Dial>"),
        (Say("x"), Hangup(), "<Say> cannot contain <Hangup> (Hangup); it allows no elements"),
        (VoiceResponse(), VoiceResponse(), "cannot contain <Response>"),
        (Message(), Number("1"), "<Message> cannot contain <Number>"),
    ],
)
def test_nesting_rules(parent: TwiML, child: TwiML, message: str) -> None:
    with pytest.raises(TwiMLError, match="cannot contain") as err:
        parent.append(child)
    assert message in str(err.value)
    with pytest.raises(TwiMLError):
        parent.nest(child)


def test_children_must_be_elements() -> None:
    with pytest.raises(TwiMLError, match="must be TwiML elements"):
        VoiceResponse().append("<Hangup/>")  # type: ignore[arg-type]


def test_leaf_verbs_have_no_builder_for_other_verbs() -> None:
    # `response.say(...)` returns the <Say>, which cannot take verbs: the mistake is loud.
    say = VoiceResponse().say("Hi")
    assert not hasattr(say, "gather")
    assert isinstance(say, Say)
