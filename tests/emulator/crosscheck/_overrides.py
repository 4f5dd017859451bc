"""Where deriving a call from the spec alone is not enough, each entry with its reason.

Keys are ``"<domain>/<version> <resource id>"``. Everything not listed here is
derived: accessors and keywords from twilio-python's objects, values from the
spec (see ``_mapping`` and ``_values``).
"""

from __future__ import annotations

#: Optional parameters sent on create besides the required ones (and ``FriendlyName``).
CREATE_EXTRAS: dict[str, tuple[tuple[str, ...], str]] = {
    "api/v2010 accounts.messages": (
        ("From", "Body", "MediaUrl"),
        "Twilio needs a sender and a body or media, which the spec cannot mark required; "
        "MediaUrl gives the message a Media child to list, fetch and delete",
    ),
    "api/v2010 accounts.calls": (
        ("Url",),
        "Twilio needs one of Url, Twiml or ApplicationSid, which the spec cannot mark required",
    ),
}

#: A ``…Id`` parameter that names another resource's SID (``…Sid`` ones are matched by name).
ID_REFERENCES: dict[str, tuple[str, str]] = {
    "ConfigurationId": (
        "plugin_configurations",
        "a release deploys a plugin configuration, by its FJ SID",
    ),
}

#: Resources with no create operation that another twilio-python call brings into being.
PROVIDERS: dict[str, str] = {
    "api/v2010 accounts.conferences": (
        "Twilio starts a conference when a participant is added to it by name"
    ),
    "api/v2010 accounts.recordings": (
        "an account's recordings are made on calls: Calls/{CallSid}/Recordings create"
    ),
}

#: What a provider needs made first (resource ids of the same version).
PROVIDER_NEEDS: dict[str, tuple[str, ...]] = {
    "api/v2010 accounts.recordings": ("accounts.calls",),
}
