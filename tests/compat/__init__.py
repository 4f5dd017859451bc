"""twilio-python 9.13's public surface, checked mechanically against twilio_async.

``python -m tests.compat`` prints the figures per domain; ``test_compat.py`` fails on
any missing chain, verb or keyword that ``tolerated.yaml`` does not list with a reason.
"""
