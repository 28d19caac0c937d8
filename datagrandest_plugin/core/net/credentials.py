"""Which credentials and which hosts a URL met in remote documents deserves.

An ``authcfg`` belongs to the service it was configured for: a URL gets one
only when its origin (scheme, host, port) is that service's. Legend and
thumbnail URLs come from capabilities and records, i.e. from anyone: on a host
that is not the platform's they are fetched only if the user allowed it, and
never with credentials.
"""

from typing import Optional
from urllib.parse import urlsplit

from .transport import HttpRequest, origin

# settings field of a service's address -> settings field of its authcfg
SERVICE_AUTHCFG = (
    ("csw_url", "authcfg_csw"),
    ("oarec_url", "authcfg_csw"),  # the same GeoNetwork, asked through OGC API – Records
    ("d4c_url", "authcfg_d4c"),
    ("ows_url", "authcfg_ows"),
    ("wms_url", "authcfg_ows"),
    ("wfs_url", "authcfg_ows"),
    ("wmts_url", "authcfg_ows"),
    ("content_url", "authcfg_content"),
)
PLATFORM_ADDRESSES = tuple(name for name, _ in SERVICE_AUTHCFG) + ("legacy_config_url", "portal_url",
                                                                  "csw_record_page_url", "platform_project_url")


def _common_segments(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a.strip("/").split("/"), b.strip("/").split("/")):
        if x != y:
            break
        count += 1
    return count


def authcfg_for(settings, url: str) -> str:
    """The authcfg configured for a service on ``url``'s origin; "" when none is.

    DataGrandEst serves its catalogue, OGC services and D4C from one host:
    among the services of that origin, the one whose address shares most of
    ``url``'s path decides (``/data4citizen/...`` is D4C's, ``/geoserver/...``
    the OGC services'); on a tie, the first in ``SERVICE_AUTHCFG``."""
    wanted = origin(url)
    if not wanted or settings is None:
        return ""
    path = urlsplit(url).path
    best, best_length = "", -1
    for address, auth in SERVICE_AUTHCFG:
        authcfg = getattr(settings, auth, "") or ""
        endpoint = getattr(settings, address, "") or ""
        if authcfg and origin(endpoint) == wanted:
            length = _common_segments(path, urlsplit(endpoint).path)
            if length > best_length:
                best, best_length = authcfg, length
    return best


def is_platform_url(settings, url: str) -> bool:
    """Is ``url`` on the origin of one of the platform's configured addresses?"""
    wanted = origin(url)
    return bool(wanted) and any(origin(getattr(settings, name, "") or "") == wanted for name in PLATFORM_ADDRESSES)


def request_for(settings, url: str, **kwargs) -> HttpRequest:
    """A request to ``url`` with the credentials of its own service, if any."""
    authcfg = authcfg_for(settings, url)
    return HttpRequest(url, authcfg=authcfg or None, auth_origin=origin(url) if authcfg else "", **kwargs)


def image_request(settings, url: str, **kwargs) -> Optional[HttpRequest]:
    """The request for a legend or thumbnail, or None when the user did not allow its host."""
    if not url.startswith(("http://", "https://")):
        return None
    if not is_platform_url(settings, url) and not getattr(settings, "third_party_images", False):
        return None
    return request_for(settings, url, **kwargs)
