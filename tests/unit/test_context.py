"""The runtime context turns the settings into a transport and a cache, in one place."""

from dataclasses import replace

from datagrandest_plugin.context import Context
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.toolbelt.settings import PlgSettings


def test_the_transport_carries_the_settings_limits(tmp_path):
    settings = replace(PlgSettings(), timeout=7.5, offline=True, max_download_mb=3, cache_dir=str(tmp_path))
    context = Context(settings=settings, headless=True)
    transport = context.transport
    assert (transport.timeout, transport.offline, transport.max_bytes) == (7.5, True, 3 * 1024 * 1024)
    assert context.offline is True
    assert context.transport is transport, "one transport per context"


def test_a_bounded_transport_keeps_the_offline_switch():
    context = Context(settings=replace(PlgSettings(), timeout=9.0, offline=True), headless=True)
    bounded = context.bounded_transport(max_bytes=2048)
    assert (bounded.max_bytes, bounded.timeout, bounded.offline) == (2048, 9.0, True)


def test_the_command_line_uses_requests():
    assert isinstance(Context(settings=PlgSettings(), headless=True).transport, RequestsTransport)


def test_the_cache_lives_in_the_settings_directory(tmp_path):
    context = Context(settings=replace(PlgSettings(), cache_dir=str(tmp_path / "here")))
    context.cache.write("https://example.invalid/a", b"body", "https://example.invalid/a")
    assert any((tmp_path / "here").rglob("*")), "the cache wrote under the configured directory"
