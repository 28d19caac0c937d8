"""Health check of every configured endpoint: reachable, protocol, latency."""

import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Callable, List, Optional

from .errors import AuthenticationRequired, DgeError
from .i18n import tr
from .net.parsing import clean_text, parse_json, parse_xml
from .net.transport import HttpRequest, Transport, check_status, redact_url


@dataclass
class EndpointCheck:
    service: str
    url: str
    reachable: bool
    protocol: str = ""
    latency_ms: Optional[float] = None
    message: str = ""
    auth_required: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def _xml_version(root, prefix: str) -> str:
    version = root.get("version", "")
    return f"{prefix} {version}".strip()


def _csw(body):
    return _xml_version(parse_xml(body, tr("The catalogue")), "CSW")


_RECORDS_CONFORMANCE = re.compile(r"/spec/ogcapi-records-1/(\d+(?:\.\d+)*)[^/]*/conf/")


def _oarec(body):
    """The conformance declaration: OGC API – Records and its version (``…/ogcapi-records-1/1.0/conf/core``)."""
    data = parse_json(body, tr("The OGC API Records catalogue"))
    classes = data.get("conformsTo") if isinstance(data, dict) else None
    versions = sorted({m.group(1) for c in classes if isinstance(c, str) and (m := _RECORDS_CONFORMANCE.search(c))},
                      key=lambda v: tuple(int(x) for x in v.split("."))) if isinstance(classes, list) else []
    if not versions:
        raise DgeError(tr("The OGC API Records catalogue answered with unexpected content."))
    return tr("OGC API Records {version}").format(version=clean_text(versions[-1], 20))


def oarec_probe_url(base_url: str) -> str:
    return base_url.rstrip("/") + "/conformance"


def _wms(body):
    return _xml_version(parse_xml(body, tr("The WMS service")), "WMS")


def _wfs(body):
    return _xml_version(parse_xml(body, tr("The WFS service")), "WFS")


def _wmts(body):
    return _xml_version(parse_xml(body, tr("The WMTS service")), "WMTS")


def _d4c(body):
    data = parse_json(body, tr("The D4C portal"))
    if not isinstance(data, dict) or "nhits" not in data:
        raise DgeError(tr("The D4C portal answered with unexpected content."))
    return tr("D4C API 1.0 ({count} datasets)").format(count=data["nhits"])


def _content(body):
    data = parse_json(body, tr("The content file"))
    if not isinstance(data, dict):
        raise DgeError(tr("The content file has an unexpected shape."))
    return tr("content file v{version}").format(version=clean_text(data.get("schema_version", "?"), 20))


def _legacy(body):
    data = parse_json(body, tr("The layer tree file"))
    if not isinstance(data, (dict, list)):
        raise DgeError(tr("The layer tree file has an unexpected shape."))
    return tr("historical layer tree")


def _project(body):
    from .trees.platform_project import read_platform_project

    tree = read_platform_project(body, None)
    return tr("QGIS project, {layers} layers").format(layers=len(tree.layers()))


def d4c_probe_url(base_url: str) -> str:
    return base_url.rstrip("/") + "/d4c/api/datasets/1.0/search/"


_CAPABILITIES = {"SERVICE": "", "REQUEST": "GetCapabilities"}

# Settings field -> (label, query parameters, reader, authcfg field): the connection
# test of that one address (the options page has a "Test" button per address).
FIELD_CHECKS = {
    "csw_url": ("CSW", {"SERVICE": "CSW", "REQUEST": "GetCapabilities", "VERSION": "2.0.2"}, _csw, "authcfg_csw"),
    "oarec_url": ("OGC API Records", {"f": "json"}, _oarec, "authcfg_csw"),
    "ows_url": ("OWS", dict(_CAPABILITIES, SERVICE="WMS"), _wms, "authcfg_ows"),
    "wms_url": ("WMS", dict(_CAPABILITIES, SERVICE="WMS"), _wms, "authcfg_ows"),
    "wfs_url": ("WFS", dict(_CAPABILITIES, SERVICE="WFS"), _wfs, "authcfg_ows"),
    "wmts_url": ("WMTS", dict(_CAPABILITIES, SERVICE="WMTS"), _wmts, "authcfg_ows"),
    "d4c_url": ("D4C", {"rows": "0"}, _d4c, "authcfg_d4c"),
    "content_url": ("content", None, _content, "authcfg_content"),
    "legacy_config_url": ("layer tree", None, _legacy, ""),
    "platform_project_url": ("platform project", None, _project, ""),
}


def field_check(field: str, url: str, authcfg: str = "") -> tuple:
    """(label, url, params, reader, authcfg) testing one address, for ``check_endpoint``."""
    label, params, reader, _auth_field = FIELD_CHECKS[field]
    if field == "d4c_url":
        url = d4c_probe_url(url)
    if field == "oarec_url":
        url = oarec_probe_url(url)
    return (label, url, params, reader, authcfg)


def planned_checks(settings) -> List[tuple]:
    """(label, url, params, reader, authcfg) for each configured endpoint."""
    d4c = d4c_probe_url(settings.d4c_url)
    # the catalogue as the plugin asks it (setting catalogue_protocol)
    catalogue = ("OGC API Records", oarec_probe_url(settings.oarec_url), {"f": "json"}, _oarec, settings.authcfg_csw) \
        if getattr(settings, "catalogue_protocol", "csw") == "oarec" else \
        ("CSW", settings.csw_url, {"SERVICE": "CSW", "REQUEST": "GetCapabilities", "VERSION": "2.0.2"}, _csw, settings.authcfg_csw)
    return [
        catalogue,
        # the addresses the services tree and `layers` read (see PlgSettings.service_url)
        ("WMS", settings.service_url("wms"), {"SERVICE": "WMS", "REQUEST": "GetCapabilities"}, _wms, settings.authcfg_ows),
        ("WFS", settings.service_url("wfs"), {"SERVICE": "WFS", "REQUEST": "GetCapabilities"}, _wfs, settings.authcfg_ows),
        ("WMTS", settings.wmts_url, {"SERVICE": "WMTS", "REQUEST": "GetCapabilities"}, _wmts, settings.authcfg_ows),
        ("D4C", d4c, {"rows": "0"}, _d4c, settings.authcfg_d4c),
        (tr("Content"), settings.content_url, None, _content, settings.authcfg_content),
        (tr("Layer tree"), settings.legacy_config_url, None, _legacy, ""),
    ]


def check_endpoint(transport: Transport, label, url, params, reader: Callable, authcfg="") -> EndpointCheck:
    started = time.monotonic()
    request = HttpRequest(url, params, authcfg=authcfg or None)
    Transport.forget_failures(request.full_url())  # a check asked for is a real attempt, even after a failure
    try:
        response = check_status(transport.fetch(request))
        protocol = reader(response.content)
    except AuthenticationRequired as error:
        return EndpointCheck(service=label, url=redact_url(url), reachable=False, message=error.message, auth_required=True)
    except DgeError as error:
        return EndpointCheck(service=label, url=redact_url(url), reachable=False, message=error.message)
    latency = round((time.monotonic() - started) * 1000.0, 1)
    return EndpointCheck(service=label, url=redact_url(url), reachable=True, protocol=protocol, latency_ms=latency)


def run_doctor(transport: Transport, settings) -> List[EndpointCheck]:
    plans = planned_checks(settings)
    if not transport.plain_threads_ok:
        return [check_endpoint(transport, *plan) for plan in plans]
    # In parallel: a dead endpoint costs one timeout, not one per endpoint.
    with ThreadPoolExecutor(max_workers=len(plans)) as pool:
        return list(pool.map(lambda plan: check_endpoint(transport, *plan), plans))
