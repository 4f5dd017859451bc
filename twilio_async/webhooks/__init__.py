"""Inbound webhooks: signature validation (stdlib only) and typed parameter models.

``RequestValidator(auth_token).validate(url, params, signature)`` checks the
``X-Twilio-Signature`` header of a request Twilio made to your app; the models
(``IncomingMessage``, ``MessageStatusCallback``, ``IncomingCall``,
``CallStatusCallback``) parse its parameters. No web framework is needed here;
``twilio_async.fastapi`` wires both into FastAPI.
"""

from ._models import (
    CallStatusCallback,
    IncomingCall,
    IncomingMessage,
    Media,
    MessageStatusCallback,
    WebhookModel,
)
from ._signature import (
    HMAC_SHA1,
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    Params,
    RequestValidator,
    body_sha256,
    signature_algorithm,
    url_variants,
)

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "CallStatusCallback",
    "IncomingCall",
    "IncomingMessage",
    "Media",
    "MessageStatusCallback",
    "Params",
    "RequestValidator",
    "WebhookModel",
    "body_sha256",
    "signature_algorithm",
    "url_variants",
]
