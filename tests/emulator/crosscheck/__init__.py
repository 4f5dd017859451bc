"""twilio-python 9.13 as the judge of the emulator: every declared operation, sync and async.

``python -m tests.emulator.crosscheck`` prints the table; ``--record`` rewrites ``expected.json``.
"""
