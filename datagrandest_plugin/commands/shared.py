"""What the command families share: warnings on stderr, the services' layers, a territory as JSON."""

import sys

from ..core.i18n import tr


def warn(message):
    print(message, file=sys.stderr)


def load_service_layers(context, kinds, workspace=""):
    """Load the capabilities of each kind; report failures and problems on stderr."""
    from ..core.ogc.service_loader import endpoints, load_services

    loaded = load_services(context.transport, context.cache, endpoints(context.settings, kinds, workspace),
                           context.settings.cache_lifetime_seconds)
    for service in loaded:
        if service.document is None:
            warn(tr("{service} ({url}): {error}").format(service=service.endpoint.label, url=service.endpoint.url,
                                                          error=service.error.message))
            continue
        if service.stale and service.error is not None:
            warn(tr("{service}: last good copy shown ({error})").format(service=service.endpoint.label,
                                                                       error=service.error.message))
        for problem in service.document.problems:
            warn(problem)
    return loaded



def territory_json(territory):
    if territory is None:
        return None
    return {"kind": territory.kind, "code": territory.code, "name": territory.name,
            "departments": list(territory.departments)}
