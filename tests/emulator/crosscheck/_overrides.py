"""Where deriving a call from the spec alone is not enough, each entry with its reason.

Keys are ``"<domain>/<version> <resource id>"``. Everything not listed here is
derived: accessors and keywords from twilio-python's objects, values from the
spec (see ``_mapping`` and ``_values``).
"""

from __future__ import annotations

from typing import Any

#: Optional parameters sent on create besides the required ones, ``FriendlyName`` and the
#: first parameter of each ``one_of`` group the spec declares (``From``, ``Body``, ``Url``).
CREATE_EXTRAS: dict[str, tuple[tuple[str, ...], str]] = {
    "api/v2010 accounts.messages": (
        ("MediaUrl",),
        "MediaUrl gives the message a Media child to list, fetch and delete",
    ),
}

#: Create parameters that name something to buy: resource -> (parameter, the list it is
#: searched in first, why). Subtype lists (``IncomingPhoneNumbers/Local``) search their own
#: kind (``AvailablePhoneNumbers/{Country}/Local``); the base list searches ``local``.
PURCHASES: dict[str, tuple[str, str, str]] = {
    "api/v2010 accounts.incoming_phone_numbers": (
        "PhoneNumber",
        "accounts.available_phone_numbers",
        "a number is bought from what is for sale: users search AvailablePhoneNumbers, then "
        "buy one they found, so each create buys a distinct number",
    ),
}

#: A ``…Id`` parameter that names another resource's SID (``…Sid`` ones are matched by name).
ID_REFERENCES: dict[str, tuple[str, str]] = {
    "ConfigurationId": (
        "plugin_configurations",
        "a release deploys a plugin configuration, by its FJ SID",
    ),
}

#: Create parameters holding objects that name another resource's instance: resource ->
#: (parameter, the resource named, the object with ``{sid}`` for its SID, why).
OBJECT_REFERENCES: dict[str, tuple[str, str, dict[str, Any], str]] = {
    "flex-api/v1 plugin_configurations": (
        "Plugins",
        "plugins.plugin_versions",
        {"plugin_version": "{sid}", "phase": 3},
        "a configuration names the plugin versions it deploys; each becomes a configured plugin",
    ),
}

#: Resources with no create operation that another twilio-python call brings into being.
PROVIDERS: dict[str, str] = {
    "api/v2010 accounts.conferences": (
        "Twilio starts a conference when a participant is added to it by name; "
        "ConferenceRecord=record-from-start makes the conference record"
    ),
    "api/v2010 accounts.recordings": (
        "an account's recordings are made on calls: a call whose TwiML is "
        '<Record transcribe="true"/> is recorded, and the recording transcribed'
    ),
    "api/v2010 accounts.transcriptions": (
        "transcriptions are made when a recording is transcribed: a call whose TwiML is "
        '<Record transcribe="true"/> (its own, so deleting it leaves the recording\'s one)'
    ),
    "api/v2010 accounts.queues.members": (
        "a call joins a queue when its TwiML enqueues it: <Enqueue>queue name</Enqueue>"
    ),
}

#: What must exist before a resource is tried (resource ids of the same version): what its
#: provider needs, or what makes the instances its list shows.
PROVIDER_NEEDS: dict[str, tuple[str, ...]] = {
    "api/v2010 accounts.queues.members": ("accounts.queues",),
    "flex-api/v1 plugin_configurations": ("plugins.plugin_versions",),
}
