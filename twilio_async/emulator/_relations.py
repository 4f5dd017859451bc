"""Facts about how resources relate that the catalogs cannot say, as small tables.

Most relations are derived from the catalogs (``_links.link_relations``):

- *account-wide views*: ``/Recordings`` shows every recording, also those made
  under ``/Calls/{CallSid}/Recordings`` (same SID prefix, the nested class name
  ends with the wide one's, the wide path's owners are a subset of the nested one's);
- *actions*: ``/Plugins/{Sid}/Archive`` acts on the plugin at ``/Plugins/{Sid}``
  (an update-only resource whose instance path is another resource's instance path
  plus one literal), setting the boolean field the verb names (``archived``).

What cannot be derived is listed here, keyed by ``"<domain>/<version>"`` and
resource id. Nothing here is code.
"""

from __future__ import annotations

from typing import Any

#: Subtype lists: a list that reads and writes the records of another resource,
#: with some fields fixed (Twilio's ``IncomingPhoneNumbers/Local`` is a filtered view
#: of ``IncomingPhoneNumbers``, and a number bought through it is one of those).
VIEWS: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
    ("api/v2010", "accounts.incoming_phone_numbers.local"): (
        "accounts.incoming_phone_numbers",
        {"type": "local"},
    ),
    ("api/v2010", "accounts.incoming_phone_numbers.mobile"): (
        "accounts.incoming_phone_numbers",
        {"type": "mobile"},
    ),
    ("api/v2010", "accounts.incoming_phone_numbers.toll_free"): (
        "accounts.incoming_phone_numbers",
        {"type": "toll-free"},
    ),
}

#: Resources that look like a nested view of a wider list (same SID prefix, class name
#: ending in the wide one's) but keep their own records: a chat service's conversations
#: are not among ``/v1/Conversations`` (the default service's), nor its roles in ``/v1/Roles``.
SEPARATE: frozenset[tuple[str, str]] = frozenset(
    {("conversations/v1", "services.conversations"), ("conversations/v1", "services.roles")}
)

#: Field values a new instance gets when nothing set them, beyond what the field's
#: type gives (booleans false, HTTP methods POST, enums their first value).
#: Keyed by field name, for every resource of the version that has the field.
FIELD_DEFAULTS: dict[str, dict[str, Any]] = {
    "api/v2010": {
        "capabilities": {"voice": True, "sms": True, "mms": True, "fax": False},
        "origin": "twilio",
        "emergency_status": "Inactive",
        "emergency_address_status": "unregistered",
        "price_unit": "USD",
    },
    "conversations/v1": {"state": "active"},
}

#: Fields whose type default would be wrong: left unset (``None``) unless set.
#: (An enum's first value is a fine default for ``address_requirements``, not for a
#: ``direction`` or a ``source``, which only what happened can say.)
NO_TYPE_DEFAULT: frozenset[str] = frozenset(
    {
        "channel_type",
        "direction",
        "integration_type",
        "outcome",
        "reason_conference_ended",
        "recurring",
        "source",
        "status",
        "track",
        "trigger_by",
        "type",
    }
)

#: Resources no API creates whose records another resource's behaviour makes (a
#: conference by its first participant, a call's recordings by its TwiML, a
#: verification's attempts by the verification): never provisioned out of band
#: (``_provisioned.provisionable``), they list what happened.
SIDE_EFFECTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("api/v2008", "accounts.calls.segments"),
        ("api/v2010", "accounts.conferences"),
        ("api/v2010", "accounts.messages.media"),
        ("api/v2010", "accounts.queues.members"),
        ("api/v2010", "accounts.recordings"),
        ("api/v2010", "accounts.transcriptions"),
        ("flex-api/v1", "interaction.channels"),
        ("flex-api/v1", "plugin_configurations.plugins"),
        ("verify/v2", "verification_attempts"),
    }
)
