"""twilio_async's code generator: specs/*.yaml -> twilio_async/rest/.

Stages: ``spec`` (load + validate) -> ``ir`` (intermediate model) -> ``render``
(Jinja2 templates, then ruff) ; ``importer`` turns Twilio's OpenAPI into specs.
"""
