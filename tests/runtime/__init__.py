"""Hand-written tests of the runtime (twilio_async/_*.py) through generated resources."""
