"""TwiML builders: the XML an app returns to Twilio's voice and messaging webhooks.

The element classes are generated from ``specs/twiml.yaml`` (one class per verb
or noun, attributes as snake_case keywords, written in Twilio's camelCase):

    from twilio_async.twiml import MessagingResponse, VoiceResponse

    response = VoiceResponse()
    response.say("Welcome", voice="alice")
    with response.gather(num_digits=1, action="/menu") as gather:  # a child builder
        gather.say("Press 1 for sales")
    response.redirect("/voice")
    str(response)  # '<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="alice">…'

A builder method (``say``, ``gather``, ``dial``…) adds a child and returns it, as in
twilio-python; ``append(*elements)`` adds ready-made elements and returns the parent.
Nesting follows the spec (``<Dial>`` takes only its nouns) and raises ``TwiMLError``
otherwise; text and attribute values are escaped, so user data cannot inject markup.
"""

from ._base import XML_DECLARATION, TwiML, TwiMLError, TwiMLRoot
from ._generated import *  # noqa: F403  (the generated classes; their names are in __all__)
from ._generated import __all__ as _generated_all

__all__ = ["XML_DECLARATION", "TwiML", "TwiMLError", "TwiMLRoot", *_generated_all]
