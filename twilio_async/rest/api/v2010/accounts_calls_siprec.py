# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Siprec resources (``accounts.calls.siprec``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import SiprecTrack, SiprecUpdateStatus
    from .types.accounts_calls_siprec import Siprec

_TYPES = Models(__package__, ".types.accounts_calls_siprec")
_MODEL = _TYPES("Siprec")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Siprec.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Siprec/{2}.json"
_CREATE: Operation[Siprec] = Operation(
    "siprec.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("name", "Name", FORM, "string"),
    P("connector_name", "ConnectorName", FORM, "string"),
    P("track", "Track", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("parameter1_name", "Parameter1.Name", FORM, "string"),
    P("parameter1_value", "Parameter1.Value", FORM, "string"),
    P("parameter2_name", "Parameter2.Name", FORM, "string"),
    P("parameter2_value", "Parameter2.Value", FORM, "string"),
    P("parameter3_name", "Parameter3.Name", FORM, "string"),
    P("parameter3_value", "Parameter3.Value", FORM, "string"),
    P("parameter4_name", "Parameter4.Name", FORM, "string"),
    P("parameter4_value", "Parameter4.Value", FORM, "string"),
    P("parameter5_name", "Parameter5.Name", FORM, "string"),
    P("parameter5_value", "Parameter5.Value", FORM, "string"),
    P("parameter6_name", "Parameter6.Name", FORM, "string"),
    P("parameter6_value", "Parameter6.Value", FORM, "string"),
    P("parameter7_name", "Parameter7.Name", FORM, "string"),
    P("parameter7_value", "Parameter7.Value", FORM, "string"),
    P("parameter8_name", "Parameter8.Name", FORM, "string"),
    P("parameter8_value", "Parameter8.Value", FORM, "string"),
    P("parameter9_name", "Parameter9.Name", FORM, "string"),
    P("parameter9_value", "Parameter9.Value", FORM, "string"),
    P("parameter10_name", "Parameter10.Name", FORM, "string"),
    P("parameter10_value", "Parameter10.Value", FORM, "string"),
    P("parameter11_name", "Parameter11.Name", FORM, "string"),
    P("parameter11_value", "Parameter11.Value", FORM, "string"),
    P("parameter12_name", "Parameter12.Name", FORM, "string"),
    P("parameter12_value", "Parameter12.Value", FORM, "string"),
    P("parameter13_name", "Parameter13.Name", FORM, "string"),
    P("parameter13_value", "Parameter13.Value", FORM, "string"),
    P("parameter14_name", "Parameter14.Name", FORM, "string"),
    P("parameter14_value", "Parameter14.Value", FORM, "string"),
    P("parameter15_name", "Parameter15.Name", FORM, "string"),
    P("parameter15_value", "Parameter15.Value", FORM, "string"),
    P("parameter16_name", "Parameter16.Name", FORM, "string"),
    P("parameter16_value", "Parameter16.Value", FORM, "string"),
    P("parameter17_name", "Parameter17.Name", FORM, "string"),
    P("parameter17_value", "Parameter17.Value", FORM, "string"),
    P("parameter18_name", "Parameter18.Name", FORM, "string"),
    P("parameter18_value", "Parameter18.Value", FORM, "string"),
    P("parameter19_name", "Parameter19.Name", FORM, "string"),
    P("parameter19_value", "Parameter19.Value", FORM, "string"),
    P("parameter20_name", "Parameter20.Name", FORM, "string"),
    P("parameter20_value", "Parameter20.Value", FORM, "string"),
    P("parameter21_name", "Parameter21.Name", FORM, "string"),
    P("parameter21_value", "Parameter21.Value", FORM, "string"),
    P("parameter22_name", "Parameter22.Name", FORM, "string"),
    P("parameter22_value", "Parameter22.Value", FORM, "string"),
    P("parameter23_name", "Parameter23.Name", FORM, "string"),
    P("parameter23_value", "Parameter23.Value", FORM, "string"),
    P("parameter24_name", "Parameter24.Name", FORM, "string"),
    P("parameter24_value", "Parameter24.Value", FORM, "string"),
    P("parameter25_name", "Parameter25.Name", FORM, "string"),
    P("parameter25_value", "Parameter25.Value", FORM, "string"),
    P("parameter26_name", "Parameter26.Name", FORM, "string"),
    P("parameter26_value", "Parameter26.Value", FORM, "string"),
    P("parameter27_name", "Parameter27.Name", FORM, "string"),
    P("parameter27_value", "Parameter27.Value", FORM, "string"),
    P("parameter28_name", "Parameter28.Name", FORM, "string"),
    P("parameter28_value", "Parameter28.Value", FORM, "string"),
    P("parameter29_name", "Parameter29.Name", FORM, "string"),
    P("parameter29_value", "Parameter29.Value", FORM, "string"),
    P("parameter30_name", "Parameter30.Name", FORM, "string"),
    P("parameter30_value", "Parameter30.Value", FORM, "string"),
    P("parameter31_name", "Parameter31.Name", FORM, "string"),
    P("parameter31_value", "Parameter31.Value", FORM, "string"),
    P("parameter32_name", "Parameter32.Name", FORM, "string"),
    P("parameter32_value", "Parameter32.Value", FORM, "string"),
    P("parameter33_name", "Parameter33.Name", FORM, "string"),
    P("parameter33_value", "Parameter33.Value", FORM, "string"),
    P("parameter34_name", "Parameter34.Name", FORM, "string"),
    P("parameter34_value", "Parameter34.Value", FORM, "string"),
    P("parameter35_name", "Parameter35.Name", FORM, "string"),
    P("parameter35_value", "Parameter35.Value", FORM, "string"),
    P("parameter36_name", "Parameter36.Name", FORM, "string"),
    P("parameter36_value", "Parameter36.Value", FORM, "string"),
    P("parameter37_name", "Parameter37.Name", FORM, "string"),
    P("parameter37_value", "Parameter37.Value", FORM, "string"),
    P("parameter38_name", "Parameter38.Name", FORM, "string"),
    P("parameter38_value", "Parameter38.Value", FORM, "string"),
    P("parameter39_name", "Parameter39.Name", FORM, "string"),
    P("parameter39_value", "Parameter39.Value", FORM, "string"),
    P("parameter40_name", "Parameter40.Name", FORM, "string"),
    P("parameter40_value", "Parameter40.Value", FORM, "string"),
    P("parameter41_name", "Parameter41.Name", FORM, "string"),
    P("parameter41_value", "Parameter41.Value", FORM, "string"),
    P("parameter42_name", "Parameter42.Name", FORM, "string"),
    P("parameter42_value", "Parameter42.Value", FORM, "string"),
    P("parameter43_name", "Parameter43.Name", FORM, "string"),
    P("parameter43_value", "Parameter43.Value", FORM, "string"),
    P("parameter44_name", "Parameter44.Name", FORM, "string"),
    P("parameter44_value", "Parameter44.Value", FORM, "string"),
    P("parameter45_name", "Parameter45.Name", FORM, "string"),
    P("parameter45_value", "Parameter45.Value", FORM, "string"),
    P("parameter46_name", "Parameter46.Name", FORM, "string"),
    P("parameter46_value", "Parameter46.Value", FORM, "string"),
    P("parameter47_name", "Parameter47.Name", FORM, "string"),
    P("parameter47_value", "Parameter47.Value", FORM, "string"),
    P("parameter48_name", "Parameter48.Name", FORM, "string"),
    P("parameter48_value", "Parameter48.Value", FORM, "string"),
    P("parameter49_name", "Parameter49.Name", FORM, "string"),
    P("parameter49_value", "Parameter49.Value", FORM, "string"),
    P("parameter50_name", "Parameter50.Name", FORM, "string"),
    P("parameter50_value", "Parameter50.Value", FORM, "string"),
    P("parameter51_name", "Parameter51.Name", FORM, "string"),
    P("parameter51_value", "Parameter51.Value", FORM, "string"),
    P("parameter52_name", "Parameter52.Name", FORM, "string"),
    P("parameter52_value", "Parameter52.Value", FORM, "string"),
    P("parameter53_name", "Parameter53.Name", FORM, "string"),
    P("parameter53_value", "Parameter53.Value", FORM, "string"),
    P("parameter54_name", "Parameter54.Name", FORM, "string"),
    P("parameter54_value", "Parameter54.Value", FORM, "string"),
    P("parameter55_name", "Parameter55.Name", FORM, "string"),
    P("parameter55_value", "Parameter55.Value", FORM, "string"),
    P("parameter56_name", "Parameter56.Name", FORM, "string"),
    P("parameter56_value", "Parameter56.Value", FORM, "string"),
    P("parameter57_name", "Parameter57.Name", FORM, "string"),
    P("parameter57_value", "Parameter57.Value", FORM, "string"),
    P("parameter58_name", "Parameter58.Name", FORM, "string"),
    P("parameter58_value", "Parameter58.Value", FORM, "string"),
    P("parameter59_name", "Parameter59.Name", FORM, "string"),
    P("parameter59_value", "Parameter59.Value", FORM, "string"),
    P("parameter60_name", "Parameter60.Name", FORM, "string"),
    P("parameter60_value", "Parameter60.Value", FORM, "string"),
    P("parameter61_name", "Parameter61.Name", FORM, "string"),
    P("parameter61_value", "Parameter61.Value", FORM, "string"),
    P("parameter62_name", "Parameter62.Name", FORM, "string"),
    P("parameter62_value", "Parameter62.Value", FORM, "string"),
    P("parameter63_name", "Parameter63.Name", FORM, "string"),
    P("parameter63_value", "Parameter63.Value", FORM, "string"),
    P("parameter64_name", "Parameter64.Name", FORM, "string"),
    P("parameter64_value", "Parameter64.Value", FORM, "string"),
    P("parameter65_name", "Parameter65.Name", FORM, "string"),
    P("parameter65_value", "Parameter65.Value", FORM, "string"),
    P("parameter66_name", "Parameter66.Name", FORM, "string"),
    P("parameter66_value", "Parameter66.Value", FORM, "string"),
    P("parameter67_name", "Parameter67.Name", FORM, "string"),
    P("parameter67_value", "Parameter67.Value", FORM, "string"),
    P("parameter68_name", "Parameter68.Name", FORM, "string"),
    P("parameter68_value", "Parameter68.Value", FORM, "string"),
    P("parameter69_name", "Parameter69.Name", FORM, "string"),
    P("parameter69_value", "Parameter69.Value", FORM, "string"),
    P("parameter70_name", "Parameter70.Name", FORM, "string"),
    P("parameter70_value", "Parameter70.Value", FORM, "string"),
    P("parameter71_name", "Parameter71.Name", FORM, "string"),
    P("parameter71_value", "Parameter71.Value", FORM, "string"),
    P("parameter72_name", "Parameter72.Name", FORM, "string"),
    P("parameter72_value", "Parameter72.Value", FORM, "string"),
    P("parameter73_name", "Parameter73.Name", FORM, "string"),
    P("parameter73_value", "Parameter73.Value", FORM, "string"),
    P("parameter74_name", "Parameter74.Name", FORM, "string"),
    P("parameter74_value", "Parameter74.Value", FORM, "string"),
    P("parameter75_name", "Parameter75.Name", FORM, "string"),
    P("parameter75_value", "Parameter75.Value", FORM, "string"),
    P("parameter76_name", "Parameter76.Name", FORM, "string"),
    P("parameter76_value", "Parameter76.Value", FORM, "string"),
    P("parameter77_name", "Parameter77.Name", FORM, "string"),
    P("parameter77_value", "Parameter77.Value", FORM, "string"),
    P("parameter78_name", "Parameter78.Name", FORM, "string"),
    P("parameter78_value", "Parameter78.Value", FORM, "string"),
    P("parameter79_name", "Parameter79.Name", FORM, "string"),
    P("parameter79_value", "Parameter79.Value", FORM, "string"),
    P("parameter80_name", "Parameter80.Name", FORM, "string"),
    P("parameter80_value", "Parameter80.Value", FORM, "string"),
    P("parameter81_name", "Parameter81.Name", FORM, "string"),
    P("parameter81_value", "Parameter81.Value", FORM, "string"),
    P("parameter82_name", "Parameter82.Name", FORM, "string"),
    P("parameter82_value", "Parameter82.Value", FORM, "string"),
    P("parameter83_name", "Parameter83.Name", FORM, "string"),
    P("parameter83_value", "Parameter83.Value", FORM, "string"),
    P("parameter84_name", "Parameter84.Name", FORM, "string"),
    P("parameter84_value", "Parameter84.Value", FORM, "string"),
    P("parameter85_name", "Parameter85.Name", FORM, "string"),
    P("parameter85_value", "Parameter85.Value", FORM, "string"),
    P("parameter86_name", "Parameter86.Name", FORM, "string"),
    P("parameter86_value", "Parameter86.Value", FORM, "string"),
    P("parameter87_name", "Parameter87.Name", FORM, "string"),
    P("parameter87_value", "Parameter87.Value", FORM, "string"),
    P("parameter88_name", "Parameter88.Name", FORM, "string"),
    P("parameter88_value", "Parameter88.Value", FORM, "string"),
    P("parameter89_name", "Parameter89.Name", FORM, "string"),
    P("parameter89_value", "Parameter89.Value", FORM, "string"),
    P("parameter90_name", "Parameter90.Name", FORM, "string"),
    P("parameter90_value", "Parameter90.Value", FORM, "string"),
    P("parameter91_name", "Parameter91.Name", FORM, "string"),
    P("parameter91_value", "Parameter91.Value", FORM, "string"),
    P("parameter92_name", "Parameter92.Name", FORM, "string"),
    P("parameter92_value", "Parameter92.Value", FORM, "string"),
    P("parameter93_name", "Parameter93.Name", FORM, "string"),
    P("parameter93_value", "Parameter93.Value", FORM, "string"),
    P("parameter94_name", "Parameter94.Name", FORM, "string"),
    P("parameter94_value", "Parameter94.Value", FORM, "string"),
    P("parameter95_name", "Parameter95.Name", FORM, "string"),
    P("parameter95_value", "Parameter95.Value", FORM, "string"),
    P("parameter96_name", "Parameter96.Name", FORM, "string"),
    P("parameter96_value", "Parameter96.Value", FORM, "string"),
    P("parameter97_name", "Parameter97.Name", FORM, "string"),
    P("parameter97_value", "Parameter97.Value", FORM, "string"),
    P("parameter98_name", "Parameter98.Name", FORM, "string"),
    P("parameter98_value", "Parameter98.Value", FORM, "string"),
    P("parameter99_name", "Parameter99.Name", FORM, "string"),
    P("parameter99_value", "Parameter99.Value", FORM, "string"),
)
_UPDATE: Operation[Siprec] = Operation(
    "siprec.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("status", "Status", FORM, "string", required=True))


class SiprecCreateArgs(Args):
    name: str | NotGiven = NOT_GIVEN
    connector_name: str | NotGiven = NOT_GIVEN
    track: SiprecTrack | str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    parameter1_name: str | NotGiven = NOT_GIVEN
    parameter1_value: str | NotGiven = NOT_GIVEN
    parameter2_name: str | NotGiven = NOT_GIVEN
    parameter2_value: str | NotGiven = NOT_GIVEN
    parameter3_name: str | NotGiven = NOT_GIVEN
    parameter3_value: str | NotGiven = NOT_GIVEN
    parameter4_name: str | NotGiven = NOT_GIVEN
    parameter4_value: str | NotGiven = NOT_GIVEN
    parameter5_name: str | NotGiven = NOT_GIVEN
    parameter5_value: str | NotGiven = NOT_GIVEN
    parameter6_name: str | NotGiven = NOT_GIVEN
    parameter6_value: str | NotGiven = NOT_GIVEN
    parameter7_name: str | NotGiven = NOT_GIVEN
    parameter7_value: str | NotGiven = NOT_GIVEN
    parameter8_name: str | NotGiven = NOT_GIVEN
    parameter8_value: str | NotGiven = NOT_GIVEN
    parameter9_name: str | NotGiven = NOT_GIVEN
    parameter9_value: str | NotGiven = NOT_GIVEN
    parameter10_name: str | NotGiven = NOT_GIVEN
    parameter10_value: str | NotGiven = NOT_GIVEN
    parameter11_name: str | NotGiven = NOT_GIVEN
    parameter11_value: str | NotGiven = NOT_GIVEN
    parameter12_name: str | NotGiven = NOT_GIVEN
    parameter12_value: str | NotGiven = NOT_GIVEN
    parameter13_name: str | NotGiven = NOT_GIVEN
    parameter13_value: str | NotGiven = NOT_GIVEN
    parameter14_name: str | NotGiven = NOT_GIVEN
    parameter14_value: str | NotGiven = NOT_GIVEN
    parameter15_name: str | NotGiven = NOT_GIVEN
    parameter15_value: str | NotGiven = NOT_GIVEN
    parameter16_name: str | NotGiven = NOT_GIVEN
    parameter16_value: str | NotGiven = NOT_GIVEN
    parameter17_name: str | NotGiven = NOT_GIVEN
    parameter17_value: str | NotGiven = NOT_GIVEN
    parameter18_name: str | NotGiven = NOT_GIVEN
    parameter18_value: str | NotGiven = NOT_GIVEN
    parameter19_name: str | NotGiven = NOT_GIVEN
    parameter19_value: str | NotGiven = NOT_GIVEN
    parameter20_name: str | NotGiven = NOT_GIVEN
    parameter20_value: str | NotGiven = NOT_GIVEN
    parameter21_name: str | NotGiven = NOT_GIVEN
    parameter21_value: str | NotGiven = NOT_GIVEN
    parameter22_name: str | NotGiven = NOT_GIVEN
    parameter22_value: str | NotGiven = NOT_GIVEN
    parameter23_name: str | NotGiven = NOT_GIVEN
    parameter23_value: str | NotGiven = NOT_GIVEN
    parameter24_name: str | NotGiven = NOT_GIVEN
    parameter24_value: str | NotGiven = NOT_GIVEN
    parameter25_name: str | NotGiven = NOT_GIVEN
    parameter25_value: str | NotGiven = NOT_GIVEN
    parameter26_name: str | NotGiven = NOT_GIVEN
    parameter26_value: str | NotGiven = NOT_GIVEN
    parameter27_name: str | NotGiven = NOT_GIVEN
    parameter27_value: str | NotGiven = NOT_GIVEN
    parameter28_name: str | NotGiven = NOT_GIVEN
    parameter28_value: str | NotGiven = NOT_GIVEN
    parameter29_name: str | NotGiven = NOT_GIVEN
    parameter29_value: str | NotGiven = NOT_GIVEN
    parameter30_name: str | NotGiven = NOT_GIVEN
    parameter30_value: str | NotGiven = NOT_GIVEN
    parameter31_name: str | NotGiven = NOT_GIVEN
    parameter31_value: str | NotGiven = NOT_GIVEN
    parameter32_name: str | NotGiven = NOT_GIVEN
    parameter32_value: str | NotGiven = NOT_GIVEN
    parameter33_name: str | NotGiven = NOT_GIVEN
    parameter33_value: str | NotGiven = NOT_GIVEN
    parameter34_name: str | NotGiven = NOT_GIVEN
    parameter34_value: str | NotGiven = NOT_GIVEN
    parameter35_name: str | NotGiven = NOT_GIVEN
    parameter35_value: str | NotGiven = NOT_GIVEN
    parameter36_name: str | NotGiven = NOT_GIVEN
    parameter36_value: str | NotGiven = NOT_GIVEN
    parameter37_name: str | NotGiven = NOT_GIVEN
    parameter37_value: str | NotGiven = NOT_GIVEN
    parameter38_name: str | NotGiven = NOT_GIVEN
    parameter38_value: str | NotGiven = NOT_GIVEN
    parameter39_name: str | NotGiven = NOT_GIVEN
    parameter39_value: str | NotGiven = NOT_GIVEN
    parameter40_name: str | NotGiven = NOT_GIVEN
    parameter40_value: str | NotGiven = NOT_GIVEN
    parameter41_name: str | NotGiven = NOT_GIVEN
    parameter41_value: str | NotGiven = NOT_GIVEN
    parameter42_name: str | NotGiven = NOT_GIVEN
    parameter42_value: str | NotGiven = NOT_GIVEN
    parameter43_name: str | NotGiven = NOT_GIVEN
    parameter43_value: str | NotGiven = NOT_GIVEN
    parameter44_name: str | NotGiven = NOT_GIVEN
    parameter44_value: str | NotGiven = NOT_GIVEN
    parameter45_name: str | NotGiven = NOT_GIVEN
    parameter45_value: str | NotGiven = NOT_GIVEN
    parameter46_name: str | NotGiven = NOT_GIVEN
    parameter46_value: str | NotGiven = NOT_GIVEN
    parameter47_name: str | NotGiven = NOT_GIVEN
    parameter47_value: str | NotGiven = NOT_GIVEN
    parameter48_name: str | NotGiven = NOT_GIVEN
    parameter48_value: str | NotGiven = NOT_GIVEN
    parameter49_name: str | NotGiven = NOT_GIVEN
    parameter49_value: str | NotGiven = NOT_GIVEN
    parameter50_name: str | NotGiven = NOT_GIVEN
    parameter50_value: str | NotGiven = NOT_GIVEN
    parameter51_name: str | NotGiven = NOT_GIVEN
    parameter51_value: str | NotGiven = NOT_GIVEN
    parameter52_name: str | NotGiven = NOT_GIVEN
    parameter52_value: str | NotGiven = NOT_GIVEN
    parameter53_name: str | NotGiven = NOT_GIVEN
    parameter53_value: str | NotGiven = NOT_GIVEN
    parameter54_name: str | NotGiven = NOT_GIVEN
    parameter54_value: str | NotGiven = NOT_GIVEN
    parameter55_name: str | NotGiven = NOT_GIVEN
    parameter55_value: str | NotGiven = NOT_GIVEN
    parameter56_name: str | NotGiven = NOT_GIVEN
    parameter56_value: str | NotGiven = NOT_GIVEN
    parameter57_name: str | NotGiven = NOT_GIVEN
    parameter57_value: str | NotGiven = NOT_GIVEN
    parameter58_name: str | NotGiven = NOT_GIVEN
    parameter58_value: str | NotGiven = NOT_GIVEN
    parameter59_name: str | NotGiven = NOT_GIVEN
    parameter59_value: str | NotGiven = NOT_GIVEN
    parameter60_name: str | NotGiven = NOT_GIVEN
    parameter60_value: str | NotGiven = NOT_GIVEN
    parameter61_name: str | NotGiven = NOT_GIVEN
    parameter61_value: str | NotGiven = NOT_GIVEN
    parameter62_name: str | NotGiven = NOT_GIVEN
    parameter62_value: str | NotGiven = NOT_GIVEN
    parameter63_name: str | NotGiven = NOT_GIVEN
    parameter63_value: str | NotGiven = NOT_GIVEN
    parameter64_name: str | NotGiven = NOT_GIVEN
    parameter64_value: str | NotGiven = NOT_GIVEN
    parameter65_name: str | NotGiven = NOT_GIVEN
    parameter65_value: str | NotGiven = NOT_GIVEN
    parameter66_name: str | NotGiven = NOT_GIVEN
    parameter66_value: str | NotGiven = NOT_GIVEN
    parameter67_name: str | NotGiven = NOT_GIVEN
    parameter67_value: str | NotGiven = NOT_GIVEN
    parameter68_name: str | NotGiven = NOT_GIVEN
    parameter68_value: str | NotGiven = NOT_GIVEN
    parameter69_name: str | NotGiven = NOT_GIVEN
    parameter69_value: str | NotGiven = NOT_GIVEN
    parameter70_name: str | NotGiven = NOT_GIVEN
    parameter70_value: str | NotGiven = NOT_GIVEN
    parameter71_name: str | NotGiven = NOT_GIVEN
    parameter71_value: str | NotGiven = NOT_GIVEN
    parameter72_name: str | NotGiven = NOT_GIVEN
    parameter72_value: str | NotGiven = NOT_GIVEN
    parameter73_name: str | NotGiven = NOT_GIVEN
    parameter73_value: str | NotGiven = NOT_GIVEN
    parameter74_name: str | NotGiven = NOT_GIVEN
    parameter74_value: str | NotGiven = NOT_GIVEN
    parameter75_name: str | NotGiven = NOT_GIVEN
    parameter75_value: str | NotGiven = NOT_GIVEN
    parameter76_name: str | NotGiven = NOT_GIVEN
    parameter76_value: str | NotGiven = NOT_GIVEN
    parameter77_name: str | NotGiven = NOT_GIVEN
    parameter77_value: str | NotGiven = NOT_GIVEN
    parameter78_name: str | NotGiven = NOT_GIVEN
    parameter78_value: str | NotGiven = NOT_GIVEN
    parameter79_name: str | NotGiven = NOT_GIVEN
    parameter79_value: str | NotGiven = NOT_GIVEN
    parameter80_name: str | NotGiven = NOT_GIVEN
    parameter80_value: str | NotGiven = NOT_GIVEN
    parameter81_name: str | NotGiven = NOT_GIVEN
    parameter81_value: str | NotGiven = NOT_GIVEN
    parameter82_name: str | NotGiven = NOT_GIVEN
    parameter82_value: str | NotGiven = NOT_GIVEN
    parameter83_name: str | NotGiven = NOT_GIVEN
    parameter83_value: str | NotGiven = NOT_GIVEN
    parameter84_name: str | NotGiven = NOT_GIVEN
    parameter84_value: str | NotGiven = NOT_GIVEN
    parameter85_name: str | NotGiven = NOT_GIVEN
    parameter85_value: str | NotGiven = NOT_GIVEN
    parameter86_name: str | NotGiven = NOT_GIVEN
    parameter86_value: str | NotGiven = NOT_GIVEN
    parameter87_name: str | NotGiven = NOT_GIVEN
    parameter87_value: str | NotGiven = NOT_GIVEN
    parameter88_name: str | NotGiven = NOT_GIVEN
    parameter88_value: str | NotGiven = NOT_GIVEN
    parameter89_name: str | NotGiven = NOT_GIVEN
    parameter89_value: str | NotGiven = NOT_GIVEN
    parameter90_name: str | NotGiven = NOT_GIVEN
    parameter90_value: str | NotGiven = NOT_GIVEN
    parameter91_name: str | NotGiven = NOT_GIVEN
    parameter91_value: str | NotGiven = NOT_GIVEN
    parameter92_name: str | NotGiven = NOT_GIVEN
    parameter92_value: str | NotGiven = NOT_GIVEN
    parameter93_name: str | NotGiven = NOT_GIVEN
    parameter93_value: str | NotGiven = NOT_GIVEN
    parameter94_name: str | NotGiven = NOT_GIVEN
    parameter94_value: str | NotGiven = NOT_GIVEN
    parameter95_name: str | NotGiven = NOT_GIVEN
    parameter95_value: str | NotGiven = NOT_GIVEN
    parameter96_name: str | NotGiven = NOT_GIVEN
    parameter96_value: str | NotGiven = NOT_GIVEN
    parameter97_name: str | NotGiven = NOT_GIVEN
    parameter97_value: str | NotGiven = NOT_GIVEN
    parameter98_name: str | NotGiven = NOT_GIVEN
    parameter98_value: str | NotGiven = NOT_GIVEN
    parameter99_name: str | NotGiven = NOT_GIVEN
    parameter99_value: str | NotGiven = NOT_GIVEN


class SiprecUpdateArgs(Args):
    status: SiprecUpdateStatus | str


class SiprecContext(InstanceContext):
    """One Siprec: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        SiprecUpdateArgs,
        """Update this Siprec: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (SiprecUpdateStatus | str): ``Status``; enum:siprec_update_status; one of ``stopped``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Siprec

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Update this Siprec: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json``.

    The instance is addressed by ``{Sid}``.

    Parameters are sent in the form body unless noted.

    Args:
        status (SiprecUpdateStatus | str): ``Status``; enum:siprec_update_status; one of ``stopped``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Siprec

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class SiprecList(KeyedList[SiprecContext]):
    """Siprec collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(
        SiprecCreateArgs,
        """Create a Siprec: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json``.

    Parameters are sent in the form body unless noted.

    Args:
        name (str): ``Name``; string; optional.
        connector_name (str): ``ConnectorName``; string; optional.
        track (SiprecTrack | str): ``Track``; enum:siprec_track; one of ``inbound_track``, ``outbound_track``, ``both_tracks``; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        parameter1_name (str): ``Parameter1.Name``; string; optional.
        parameter1_value (str): ``Parameter1.Value``; string; optional.
        parameter2_name (str): ``Parameter2.Name``; string; optional.
        parameter2_value (str): ``Parameter2.Value``; string; optional.
        parameter3_name (str): ``Parameter3.Name``; string; optional.
        parameter3_value (str): ``Parameter3.Value``; string; optional.
        parameter4_name (str): ``Parameter4.Name``; string; optional.
        parameter4_value (str): ``Parameter4.Value``; string; optional.
        parameter5_name (str): ``Parameter5.Name``; string; optional.
        parameter5_value (str): ``Parameter5.Value``; string; optional.
        parameter6_name (str): ``Parameter6.Name``; string; optional.
        parameter6_value (str): ``Parameter6.Value``; string; optional.
        parameter7_name (str): ``Parameter7.Name``; string; optional.
        parameter7_value (str): ``Parameter7.Value``; string; optional.
        parameter8_name (str): ``Parameter8.Name``; string; optional.
        parameter8_value (str): ``Parameter8.Value``; string; optional.
        parameter9_name (str): ``Parameter9.Name``; string; optional.
        parameter9_value (str): ``Parameter9.Value``; string; optional.
        parameter10_name (str): ``Parameter10.Name``; string; optional.
        parameter10_value (str): ``Parameter10.Value``; string; optional.
        parameter11_name (str): ``Parameter11.Name``; string; optional.
        parameter11_value (str): ``Parameter11.Value``; string; optional.
        parameter12_name (str): ``Parameter12.Name``; string; optional.
        parameter12_value (str): ``Parameter12.Value``; string; optional.
        parameter13_name (str): ``Parameter13.Name``; string; optional.
        parameter13_value (str): ``Parameter13.Value``; string; optional.
        parameter14_name (str): ``Parameter14.Name``; string; optional.
        parameter14_value (str): ``Parameter14.Value``; string; optional.
        parameter15_name (str): ``Parameter15.Name``; string; optional.
        parameter15_value (str): ``Parameter15.Value``; string; optional.
        parameter16_name (str): ``Parameter16.Name``; string; optional.
        parameter16_value (str): ``Parameter16.Value``; string; optional.
        parameter17_name (str): ``Parameter17.Name``; string; optional.
        parameter17_value (str): ``Parameter17.Value``; string; optional.
        parameter18_name (str): ``Parameter18.Name``; string; optional.
        parameter18_value (str): ``Parameter18.Value``; string; optional.
        parameter19_name (str): ``Parameter19.Name``; string; optional.
        parameter19_value (str): ``Parameter19.Value``; string; optional.
        parameter20_name (str): ``Parameter20.Name``; string; optional.
        parameter20_value (str): ``Parameter20.Value``; string; optional.
        parameter21_name (str): ``Parameter21.Name``; string; optional.
        parameter21_value (str): ``Parameter21.Value``; string; optional.
        parameter22_name (str): ``Parameter22.Name``; string; optional.
        parameter22_value (str): ``Parameter22.Value``; string; optional.
        parameter23_name (str): ``Parameter23.Name``; string; optional.
        parameter23_value (str): ``Parameter23.Value``; string; optional.
        parameter24_name (str): ``Parameter24.Name``; string; optional.
        parameter24_value (str): ``Parameter24.Value``; string; optional.
        parameter25_name (str): ``Parameter25.Name``; string; optional.
        parameter25_value (str): ``Parameter25.Value``; string; optional.
        parameter26_name (str): ``Parameter26.Name``; string; optional.
        parameter26_value (str): ``Parameter26.Value``; string; optional.
        parameter27_name (str): ``Parameter27.Name``; string; optional.
        parameter27_value (str): ``Parameter27.Value``; string; optional.
        parameter28_name (str): ``Parameter28.Name``; string; optional.
        parameter28_value (str): ``Parameter28.Value``; string; optional.
        parameter29_name (str): ``Parameter29.Name``; string; optional.
        parameter29_value (str): ``Parameter29.Value``; string; optional.
        parameter30_name (str): ``Parameter30.Name``; string; optional.
        parameter30_value (str): ``Parameter30.Value``; string; optional.
        parameter31_name (str): ``Parameter31.Name``; string; optional.
        parameter31_value (str): ``Parameter31.Value``; string; optional.
        parameter32_name (str): ``Parameter32.Name``; string; optional.
        parameter32_value (str): ``Parameter32.Value``; string; optional.
        parameter33_name (str): ``Parameter33.Name``; string; optional.
        parameter33_value (str): ``Parameter33.Value``; string; optional.
        parameter34_name (str): ``Parameter34.Name``; string; optional.
        parameter34_value (str): ``Parameter34.Value``; string; optional.
        parameter35_name (str): ``Parameter35.Name``; string; optional.
        parameter35_value (str): ``Parameter35.Value``; string; optional.
        parameter36_name (str): ``Parameter36.Name``; string; optional.
        parameter36_value (str): ``Parameter36.Value``; string; optional.
        parameter37_name (str): ``Parameter37.Name``; string; optional.
        parameter37_value (str): ``Parameter37.Value``; string; optional.
        parameter38_name (str): ``Parameter38.Name``; string; optional.
        parameter38_value (str): ``Parameter38.Value``; string; optional.
        parameter39_name (str): ``Parameter39.Name``; string; optional.
        parameter39_value (str): ``Parameter39.Value``; string; optional.
        parameter40_name (str): ``Parameter40.Name``; string; optional.
        parameter40_value (str): ``Parameter40.Value``; string; optional.
        parameter41_name (str): ``Parameter41.Name``; string; optional.
        parameter41_value (str): ``Parameter41.Value``; string; optional.
        parameter42_name (str): ``Parameter42.Name``; string; optional.
        parameter42_value (str): ``Parameter42.Value``; string; optional.
        parameter43_name (str): ``Parameter43.Name``; string; optional.
        parameter43_value (str): ``Parameter43.Value``; string; optional.
        parameter44_name (str): ``Parameter44.Name``; string; optional.
        parameter44_value (str): ``Parameter44.Value``; string; optional.
        parameter45_name (str): ``Parameter45.Name``; string; optional.
        parameter45_value (str): ``Parameter45.Value``; string; optional.
        parameter46_name (str): ``Parameter46.Name``; string; optional.
        parameter46_value (str): ``Parameter46.Value``; string; optional.
        parameter47_name (str): ``Parameter47.Name``; string; optional.
        parameter47_value (str): ``Parameter47.Value``; string; optional.
        parameter48_name (str): ``Parameter48.Name``; string; optional.
        parameter48_value (str): ``Parameter48.Value``; string; optional.
        parameter49_name (str): ``Parameter49.Name``; string; optional.
        parameter49_value (str): ``Parameter49.Value``; string; optional.
        parameter50_name (str): ``Parameter50.Name``; string; optional.
        parameter50_value (str): ``Parameter50.Value``; string; optional.
        parameter51_name (str): ``Parameter51.Name``; string; optional.
        parameter51_value (str): ``Parameter51.Value``; string; optional.
        parameter52_name (str): ``Parameter52.Name``; string; optional.
        parameter52_value (str): ``Parameter52.Value``; string; optional.
        parameter53_name (str): ``Parameter53.Name``; string; optional.
        parameter53_value (str): ``Parameter53.Value``; string; optional.
        parameter54_name (str): ``Parameter54.Name``; string; optional.
        parameter54_value (str): ``Parameter54.Value``; string; optional.
        parameter55_name (str): ``Parameter55.Name``; string; optional.
        parameter55_value (str): ``Parameter55.Value``; string; optional.
        parameter56_name (str): ``Parameter56.Name``; string; optional.
        parameter56_value (str): ``Parameter56.Value``; string; optional.
        parameter57_name (str): ``Parameter57.Name``; string; optional.
        parameter57_value (str): ``Parameter57.Value``; string; optional.
        parameter58_name (str): ``Parameter58.Name``; string; optional.
        parameter58_value (str): ``Parameter58.Value``; string; optional.
        parameter59_name (str): ``Parameter59.Name``; string; optional.
        parameter59_value (str): ``Parameter59.Value``; string; optional.
        parameter60_name (str): ``Parameter60.Name``; string; optional.
        parameter60_value (str): ``Parameter60.Value``; string; optional.
        parameter61_name (str): ``Parameter61.Name``; string; optional.
        parameter61_value (str): ``Parameter61.Value``; string; optional.
        parameter62_name (str): ``Parameter62.Name``; string; optional.
        parameter62_value (str): ``Parameter62.Value``; string; optional.
        parameter63_name (str): ``Parameter63.Name``; string; optional.
        parameter63_value (str): ``Parameter63.Value``; string; optional.
        parameter64_name (str): ``Parameter64.Name``; string; optional.
        parameter64_value (str): ``Parameter64.Value``; string; optional.
        parameter65_name (str): ``Parameter65.Name``; string; optional.
        parameter65_value (str): ``Parameter65.Value``; string; optional.
        parameter66_name (str): ``Parameter66.Name``; string; optional.
        parameter66_value (str): ``Parameter66.Value``; string; optional.
        parameter67_name (str): ``Parameter67.Name``; string; optional.
        parameter67_value (str): ``Parameter67.Value``; string; optional.
        parameter68_name (str): ``Parameter68.Name``; string; optional.
        parameter68_value (str): ``Parameter68.Value``; string; optional.
        parameter69_name (str): ``Parameter69.Name``; string; optional.
        parameter69_value (str): ``Parameter69.Value``; string; optional.
        parameter70_name (str): ``Parameter70.Name``; string; optional.
        parameter70_value (str): ``Parameter70.Value``; string; optional.
        parameter71_name (str): ``Parameter71.Name``; string; optional.
        parameter71_value (str): ``Parameter71.Value``; string; optional.
        parameter72_name (str): ``Parameter72.Name``; string; optional.
        parameter72_value (str): ``Parameter72.Value``; string; optional.
        parameter73_name (str): ``Parameter73.Name``; string; optional.
        parameter73_value (str): ``Parameter73.Value``; string; optional.
        parameter74_name (str): ``Parameter74.Name``; string; optional.
        parameter74_value (str): ``Parameter74.Value``; string; optional.
        parameter75_name (str): ``Parameter75.Name``; string; optional.
        parameter75_value (str): ``Parameter75.Value``; string; optional.
        parameter76_name (str): ``Parameter76.Name``; string; optional.
        parameter76_value (str): ``Parameter76.Value``; string; optional.
        parameter77_name (str): ``Parameter77.Name``; string; optional.
        parameter77_value (str): ``Parameter77.Value``; string; optional.
        parameter78_name (str): ``Parameter78.Name``; string; optional.
        parameter78_value (str): ``Parameter78.Value``; string; optional.
        parameter79_name (str): ``Parameter79.Name``; string; optional.
        parameter79_value (str): ``Parameter79.Value``; string; optional.
        parameter80_name (str): ``Parameter80.Name``; string; optional.
        parameter80_value (str): ``Parameter80.Value``; string; optional.
        parameter81_name (str): ``Parameter81.Name``; string; optional.
        parameter81_value (str): ``Parameter81.Value``; string; optional.
        parameter82_name (str): ``Parameter82.Name``; string; optional.
        parameter82_value (str): ``Parameter82.Value``; string; optional.
        parameter83_name (str): ``Parameter83.Name``; string; optional.
        parameter83_value (str): ``Parameter83.Value``; string; optional.
        parameter84_name (str): ``Parameter84.Name``; string; optional.
        parameter84_value (str): ``Parameter84.Value``; string; optional.
        parameter85_name (str): ``Parameter85.Name``; string; optional.
        parameter85_value (str): ``Parameter85.Value``; string; optional.
        parameter86_name (str): ``Parameter86.Name``; string; optional.
        parameter86_value (str): ``Parameter86.Value``; string; optional.
        parameter87_name (str): ``Parameter87.Name``; string; optional.
        parameter87_value (str): ``Parameter87.Value``; string; optional.
        parameter88_name (str): ``Parameter88.Name``; string; optional.
        parameter88_value (str): ``Parameter88.Value``; string; optional.
        parameter89_name (str): ``Parameter89.Name``; string; optional.
        parameter89_value (str): ``Parameter89.Value``; string; optional.
        parameter90_name (str): ``Parameter90.Name``; string; optional.
        parameter90_value (str): ``Parameter90.Value``; string; optional.
        parameter91_name (str): ``Parameter91.Name``; string; optional.
        parameter91_value (str): ``Parameter91.Value``; string; optional.
        parameter92_name (str): ``Parameter92.Name``; string; optional.
        parameter92_value (str): ``Parameter92.Value``; string; optional.
        parameter93_name (str): ``Parameter93.Name``; string; optional.
        parameter93_value (str): ``Parameter93.Value``; string; optional.
        parameter94_name (str): ``Parameter94.Name``; string; optional.
        parameter94_value (str): ``Parameter94.Value``; string; optional.
        parameter95_name (str): ``Parameter95.Name``; string; optional.
        parameter95_value (str): ``Parameter95.Value``; string; optional.
        parameter96_name (str): ``Parameter96.Name``; string; optional.
        parameter96_value (str): ``Parameter96.Value``; string; optional.
        parameter97_name (str): ``Parameter97.Name``; string; optional.
        parameter97_value (str): ``Parameter97.Value``; string; optional.
        parameter98_name (str): ``Parameter98.Name``; string; optional.
        parameter98_value (str): ``Parameter98.Value``; string; optional.
        parameter99_name (str): ``Parameter99.Name``; string; optional.
        parameter99_value (str): ``Parameter99.Value``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Siprec

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Create a Siprec: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json``.

    Parameters are sent in the form body unless noted.

    Args:
        name (str): ``Name``; string; optional.
        connector_name (str): ``ConnectorName``; string; optional.
        track (SiprecTrack | str): ``Track``; enum:siprec_track; one of ``inbound_track``, ``outbound_track``, ``both_tracks``; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        parameter1_name (str): ``Parameter1.Name``; string; optional.
        parameter1_value (str): ``Parameter1.Value``; string; optional.
        parameter2_name (str): ``Parameter2.Name``; string; optional.
        parameter2_value (str): ``Parameter2.Value``; string; optional.
        parameter3_name (str): ``Parameter3.Name``; string; optional.
        parameter3_value (str): ``Parameter3.Value``; string; optional.
        parameter4_name (str): ``Parameter4.Name``; string; optional.
        parameter4_value (str): ``Parameter4.Value``; string; optional.
        parameter5_name (str): ``Parameter5.Name``; string; optional.
        parameter5_value (str): ``Parameter5.Value``; string; optional.
        parameter6_name (str): ``Parameter6.Name``; string; optional.
        parameter6_value (str): ``Parameter6.Value``; string; optional.
        parameter7_name (str): ``Parameter7.Name``; string; optional.
        parameter7_value (str): ``Parameter7.Value``; string; optional.
        parameter8_name (str): ``Parameter8.Name``; string; optional.
        parameter8_value (str): ``Parameter8.Value``; string; optional.
        parameter9_name (str): ``Parameter9.Name``; string; optional.
        parameter9_value (str): ``Parameter9.Value``; string; optional.
        parameter10_name (str): ``Parameter10.Name``; string; optional.
        parameter10_value (str): ``Parameter10.Value``; string; optional.
        parameter11_name (str): ``Parameter11.Name``; string; optional.
        parameter11_value (str): ``Parameter11.Value``; string; optional.
        parameter12_name (str): ``Parameter12.Name``; string; optional.
        parameter12_value (str): ``Parameter12.Value``; string; optional.
        parameter13_name (str): ``Parameter13.Name``; string; optional.
        parameter13_value (str): ``Parameter13.Value``; string; optional.
        parameter14_name (str): ``Parameter14.Name``; string; optional.
        parameter14_value (str): ``Parameter14.Value``; string; optional.
        parameter15_name (str): ``Parameter15.Name``; string; optional.
        parameter15_value (str): ``Parameter15.Value``; string; optional.
        parameter16_name (str): ``Parameter16.Name``; string; optional.
        parameter16_value (str): ``Parameter16.Value``; string; optional.
        parameter17_name (str): ``Parameter17.Name``; string; optional.
        parameter17_value (str): ``Parameter17.Value``; string; optional.
        parameter18_name (str): ``Parameter18.Name``; string; optional.
        parameter18_value (str): ``Parameter18.Value``; string; optional.
        parameter19_name (str): ``Parameter19.Name``; string; optional.
        parameter19_value (str): ``Parameter19.Value``; string; optional.
        parameter20_name (str): ``Parameter20.Name``; string; optional.
        parameter20_value (str): ``Parameter20.Value``; string; optional.
        parameter21_name (str): ``Parameter21.Name``; string; optional.
        parameter21_value (str): ``Parameter21.Value``; string; optional.
        parameter22_name (str): ``Parameter22.Name``; string; optional.
        parameter22_value (str): ``Parameter22.Value``; string; optional.
        parameter23_name (str): ``Parameter23.Name``; string; optional.
        parameter23_value (str): ``Parameter23.Value``; string; optional.
        parameter24_name (str): ``Parameter24.Name``; string; optional.
        parameter24_value (str): ``Parameter24.Value``; string; optional.
        parameter25_name (str): ``Parameter25.Name``; string; optional.
        parameter25_value (str): ``Parameter25.Value``; string; optional.
        parameter26_name (str): ``Parameter26.Name``; string; optional.
        parameter26_value (str): ``Parameter26.Value``; string; optional.
        parameter27_name (str): ``Parameter27.Name``; string; optional.
        parameter27_value (str): ``Parameter27.Value``; string; optional.
        parameter28_name (str): ``Parameter28.Name``; string; optional.
        parameter28_value (str): ``Parameter28.Value``; string; optional.
        parameter29_name (str): ``Parameter29.Name``; string; optional.
        parameter29_value (str): ``Parameter29.Value``; string; optional.
        parameter30_name (str): ``Parameter30.Name``; string; optional.
        parameter30_value (str): ``Parameter30.Value``; string; optional.
        parameter31_name (str): ``Parameter31.Name``; string; optional.
        parameter31_value (str): ``Parameter31.Value``; string; optional.
        parameter32_name (str): ``Parameter32.Name``; string; optional.
        parameter32_value (str): ``Parameter32.Value``; string; optional.
        parameter33_name (str): ``Parameter33.Name``; string; optional.
        parameter33_value (str): ``Parameter33.Value``; string; optional.
        parameter34_name (str): ``Parameter34.Name``; string; optional.
        parameter34_value (str): ``Parameter34.Value``; string; optional.
        parameter35_name (str): ``Parameter35.Name``; string; optional.
        parameter35_value (str): ``Parameter35.Value``; string; optional.
        parameter36_name (str): ``Parameter36.Name``; string; optional.
        parameter36_value (str): ``Parameter36.Value``; string; optional.
        parameter37_name (str): ``Parameter37.Name``; string; optional.
        parameter37_value (str): ``Parameter37.Value``; string; optional.
        parameter38_name (str): ``Parameter38.Name``; string; optional.
        parameter38_value (str): ``Parameter38.Value``; string; optional.
        parameter39_name (str): ``Parameter39.Name``; string; optional.
        parameter39_value (str): ``Parameter39.Value``; string; optional.
        parameter40_name (str): ``Parameter40.Name``; string; optional.
        parameter40_value (str): ``Parameter40.Value``; string; optional.
        parameter41_name (str): ``Parameter41.Name``; string; optional.
        parameter41_value (str): ``Parameter41.Value``; string; optional.
        parameter42_name (str): ``Parameter42.Name``; string; optional.
        parameter42_value (str): ``Parameter42.Value``; string; optional.
        parameter43_name (str): ``Parameter43.Name``; string; optional.
        parameter43_value (str): ``Parameter43.Value``; string; optional.
        parameter44_name (str): ``Parameter44.Name``; string; optional.
        parameter44_value (str): ``Parameter44.Value``; string; optional.
        parameter45_name (str): ``Parameter45.Name``; string; optional.
        parameter45_value (str): ``Parameter45.Value``; string; optional.
        parameter46_name (str): ``Parameter46.Name``; string; optional.
        parameter46_value (str): ``Parameter46.Value``; string; optional.
        parameter47_name (str): ``Parameter47.Name``; string; optional.
        parameter47_value (str): ``Parameter47.Value``; string; optional.
        parameter48_name (str): ``Parameter48.Name``; string; optional.
        parameter48_value (str): ``Parameter48.Value``; string; optional.
        parameter49_name (str): ``Parameter49.Name``; string; optional.
        parameter49_value (str): ``Parameter49.Value``; string; optional.
        parameter50_name (str): ``Parameter50.Name``; string; optional.
        parameter50_value (str): ``Parameter50.Value``; string; optional.
        parameter51_name (str): ``Parameter51.Name``; string; optional.
        parameter51_value (str): ``Parameter51.Value``; string; optional.
        parameter52_name (str): ``Parameter52.Name``; string; optional.
        parameter52_value (str): ``Parameter52.Value``; string; optional.
        parameter53_name (str): ``Parameter53.Name``; string; optional.
        parameter53_value (str): ``Parameter53.Value``; string; optional.
        parameter54_name (str): ``Parameter54.Name``; string; optional.
        parameter54_value (str): ``Parameter54.Value``; string; optional.
        parameter55_name (str): ``Parameter55.Name``; string; optional.
        parameter55_value (str): ``Parameter55.Value``; string; optional.
        parameter56_name (str): ``Parameter56.Name``; string; optional.
        parameter56_value (str): ``Parameter56.Value``; string; optional.
        parameter57_name (str): ``Parameter57.Name``; string; optional.
        parameter57_value (str): ``Parameter57.Value``; string; optional.
        parameter58_name (str): ``Parameter58.Name``; string; optional.
        parameter58_value (str): ``Parameter58.Value``; string; optional.
        parameter59_name (str): ``Parameter59.Name``; string; optional.
        parameter59_value (str): ``Parameter59.Value``; string; optional.
        parameter60_name (str): ``Parameter60.Name``; string; optional.
        parameter60_value (str): ``Parameter60.Value``; string; optional.
        parameter61_name (str): ``Parameter61.Name``; string; optional.
        parameter61_value (str): ``Parameter61.Value``; string; optional.
        parameter62_name (str): ``Parameter62.Name``; string; optional.
        parameter62_value (str): ``Parameter62.Value``; string; optional.
        parameter63_name (str): ``Parameter63.Name``; string; optional.
        parameter63_value (str): ``Parameter63.Value``; string; optional.
        parameter64_name (str): ``Parameter64.Name``; string; optional.
        parameter64_value (str): ``Parameter64.Value``; string; optional.
        parameter65_name (str): ``Parameter65.Name``; string; optional.
        parameter65_value (str): ``Parameter65.Value``; string; optional.
        parameter66_name (str): ``Parameter66.Name``; string; optional.
        parameter66_value (str): ``Parameter66.Value``; string; optional.
        parameter67_name (str): ``Parameter67.Name``; string; optional.
        parameter67_value (str): ``Parameter67.Value``; string; optional.
        parameter68_name (str): ``Parameter68.Name``; string; optional.
        parameter68_value (str): ``Parameter68.Value``; string; optional.
        parameter69_name (str): ``Parameter69.Name``; string; optional.
        parameter69_value (str): ``Parameter69.Value``; string; optional.
        parameter70_name (str): ``Parameter70.Name``; string; optional.
        parameter70_value (str): ``Parameter70.Value``; string; optional.
        parameter71_name (str): ``Parameter71.Name``; string; optional.
        parameter71_value (str): ``Parameter71.Value``; string; optional.
        parameter72_name (str): ``Parameter72.Name``; string; optional.
        parameter72_value (str): ``Parameter72.Value``; string; optional.
        parameter73_name (str): ``Parameter73.Name``; string; optional.
        parameter73_value (str): ``Parameter73.Value``; string; optional.
        parameter74_name (str): ``Parameter74.Name``; string; optional.
        parameter74_value (str): ``Parameter74.Value``; string; optional.
        parameter75_name (str): ``Parameter75.Name``; string; optional.
        parameter75_value (str): ``Parameter75.Value``; string; optional.
        parameter76_name (str): ``Parameter76.Name``; string; optional.
        parameter76_value (str): ``Parameter76.Value``; string; optional.
        parameter77_name (str): ``Parameter77.Name``; string; optional.
        parameter77_value (str): ``Parameter77.Value``; string; optional.
        parameter78_name (str): ``Parameter78.Name``; string; optional.
        parameter78_value (str): ``Parameter78.Value``; string; optional.
        parameter79_name (str): ``Parameter79.Name``; string; optional.
        parameter79_value (str): ``Parameter79.Value``; string; optional.
        parameter80_name (str): ``Parameter80.Name``; string; optional.
        parameter80_value (str): ``Parameter80.Value``; string; optional.
        parameter81_name (str): ``Parameter81.Name``; string; optional.
        parameter81_value (str): ``Parameter81.Value``; string; optional.
        parameter82_name (str): ``Parameter82.Name``; string; optional.
        parameter82_value (str): ``Parameter82.Value``; string; optional.
        parameter83_name (str): ``Parameter83.Name``; string; optional.
        parameter83_value (str): ``Parameter83.Value``; string; optional.
        parameter84_name (str): ``Parameter84.Name``; string; optional.
        parameter84_value (str): ``Parameter84.Value``; string; optional.
        parameter85_name (str): ``Parameter85.Name``; string; optional.
        parameter85_value (str): ``Parameter85.Value``; string; optional.
        parameter86_name (str): ``Parameter86.Name``; string; optional.
        parameter86_value (str): ``Parameter86.Value``; string; optional.
        parameter87_name (str): ``Parameter87.Name``; string; optional.
        parameter87_value (str): ``Parameter87.Value``; string; optional.
        parameter88_name (str): ``Parameter88.Name``; string; optional.
        parameter88_value (str): ``Parameter88.Value``; string; optional.
        parameter89_name (str): ``Parameter89.Name``; string; optional.
        parameter89_value (str): ``Parameter89.Value``; string; optional.
        parameter90_name (str): ``Parameter90.Name``; string; optional.
        parameter90_value (str): ``Parameter90.Value``; string; optional.
        parameter91_name (str): ``Parameter91.Name``; string; optional.
        parameter91_value (str): ``Parameter91.Value``; string; optional.
        parameter92_name (str): ``Parameter92.Name``; string; optional.
        parameter92_value (str): ``Parameter92.Value``; string; optional.
        parameter93_name (str): ``Parameter93.Name``; string; optional.
        parameter93_value (str): ``Parameter93.Value``; string; optional.
        parameter94_name (str): ``Parameter94.Name``; string; optional.
        parameter94_value (str): ``Parameter94.Value``; string; optional.
        parameter95_name (str): ``Parameter95.Name``; string; optional.
        parameter95_value (str): ``Parameter95.Value``; string; optional.
        parameter96_name (str): ``Parameter96.Name``; string; optional.
        parameter96_value (str): ``Parameter96.Value``; string; optional.
        parameter97_name (str): ``Parameter97.Name``; string; optional.
        parameter97_value (str): ``Parameter97.Value``; string; optional.
        parameter98_name (str): ``Parameter98.Name``; string; optional.
        parameter98_value (str): ``Parameter98.Value``; string; optional.
        parameter99_name (str): ``Parameter99.Name``; string; optional.
        parameter99_value (str): ``Parameter99.Value``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Siprec

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
