"""Command line: ``python -m datagrandest_plugin [options] COMMAND [options]``.

The headless face of the core, for tests, trainers and scripts. Global options
are accepted before or after the command name. Exit codes: 0 success, 2 usage
error, 3 service unreachable or answering nonsense, 4 authentication required.
Errors are one sentence on stderr, never a traceback.

A run that does nothing (``--version``, ``--help``) costs little more than a Python start: the
commands' modules import the core in the functions that use it, a command's arguments are added
only when it is the one parsed, the settings and the runtime context only once a command runs
(``commands/context.py``), and the translations are read without Qt (``core/i18n.py``).
"""

import argparse
import functools
import os
import re
import sys

from .core.errors import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, DgeError, UsageError
from .core.i18n import tr

GLOBAL_URL_OPTIONS = ("csw_url", "oarec_url", "d4c_url", "ows_url", "wms_url", "wfs_url", "wmts_url", "content_url")


def check_url(value: str, name: str = "") -> str:
    """An http(s) address that parses, or ``UsageError`` (``http://[::1`` makes urllib raise)."""
    from .core.net.parsing import is_web_url

    if not is_web_url(value):
        flag = "--" + name.replace("_", "-") if name else tr("the address")
        raise UsageError(tr("{option} takes an http or https address; “{value}” is not one.").format(
            option=flag, value=clean_terminal_text(value)[:80]))
    return value


_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_terminal_text(text: str) -> str:
    """``text`` without control characters (terminal escapes), tab and line breaks kept."""
    return _TERMINAL_CONTROLS.sub("", text)


class CleanStream:
    """A text stream that removes control characters from all that is written: a remote value
    (a D4C resource URL, a title) printed in plain output cannot drive the terminal."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        return self._stream.write(clean_terminal_text(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


class _Parser(argparse.ArgumentParser):
    fill = None  # a command's arguments, added when that command is the one parsed (its module's imports too)

    def error(self, message):
        raise UsageError(tr("Invalid command line: {detail}. See --help.").format(detail=message))

    def parse_known_args(self, args=None, namespace=None):
        if self.fill is not None:
            fill, self.fill = self.fill, None
            fill(self)
        return super().parse_known_args(args, namespace)


def _global_options(parser: argparse.ArgumentParser, suppress: bool):
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group(tr("global options"))
    for name in GLOBAL_URL_OPTIONS:
        flag = "--" + name.replace("_", "-")
        group.add_argument(flag, dest=name, metavar="URL", default=default,
                           help=tr("endpoint (environment: {env})").format(env="DGE_" + name.upper()))
    group.add_argument("--timeout", type=float, metavar="SECONDS", default=default,
                       help=tr("bound of each whole request (environment: DGE_TIMEOUT)"))
    group.add_argument("--protocol", dest="catalogue_protocol", choices=("csw", "oarec"), default=default,
                       help=tr("how the GeoNetwork catalogue is asked: CSW 2.0.2 or OGC API Records "
                               "(environment: DGE_CATALOGUE_PROTOCOL)"))
    group.add_argument("--offline", action="store_true", default=default, help=tr("never use the network"))
    group.add_argument("--json", action="store_true", default=default, help=tr("machine-readable output"))


def build_parser() -> argparse.ArgumentParser:
    from .__about__ import __version__

    parser = _Parser(prog="python -m datagrandest_plugin", description=tr("DataGrandEst from the command line."))
    parser.add_argument("--version", action="version", version=f"DataGrandEst {__version__}")
    _global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in all_commands():
        sub = commands.add_parser(command.name, help=command.help, description=command.help)
        sub.fill = functools.partial(_command_arguments, command)
        sub.set_defaults(run=command.run)
    return parser


def _command_arguments(command, parser):
    _global_options(parser, suppress=True)
    command.arguments(parser)


def format_table(rows, headers) -> str:
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731 - a one-line helper read where it is used
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def print_table(rows, headers):
    print(format_table(rows, headers))


def all_commands():
    from .commands import all_commands as registered

    return registered()


class Command:
    name = ""
    help = ""

    def arguments(self, parser):
        pass

    def run(self, context, args) -> int:  # context: a commands.context.CommandContext
        raise NotImplementedError




def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    install_cli_translator()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(sys.stdout), CleanStream(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = saved
        _flush_output()


def _flush_output():
    """What is still buffered is written now, where a closed pipe can be handled, rather than by
    Python's flush at exit, which prints "Exception ignored" and exits 120."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        _output_to_nowhere()


def _output_to_nowhere():
    """`... --json | head`: the reader has what it wanted; end quietly, the rest written to nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _main(argv) -> int:
    try:
        parser = build_parser()
        if not argv:
            parser.print_help()
            return EXIT_USAGE
        args = parser.parse_args(argv)
        if not getattr(args, "command", None):
            raise UsageError(tr("Invalid command line: a command is required. See --help."))
        from .commands.context import CommandContext

        context = CommandContext.from_arguments(args)
        from .core.net.cache_files import remove_orphans

        remove_orphans(context.settings.cache_directory())  # left by a write that was killed
        return args.run(context, args)
    except DgeError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(tr("Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        _output_to_nowhere()
        return EXIT_OK
    except Exception as error:  # last resort: still one sentence, never a traceback
        if os.environ.get("DGE_DEBUG"):
            raise
        print(tr("Unexpected error ({kind}); rerun with DGE_DEBUG=1 for details.").format(kind=type(error).__name__),
              file=sys.stderr)
        return EXIT_UNREACHABLE


def cli_language() -> str:
    for name in ("DGE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            if value in ("C", "POSIX") or value.startswith("C."):
                continue
            return value[:2].lower()
    return "fr"  # the platform's users read French


def install_cli_translator():
    """The command line's sentences in the user's language, read from the compiled .qm file
    without Qt (importing QGIS's Python package would cost every run half a second)."""
    from .core.i18n import read_qm, use_catalogue
    from .i18n_loader import translation_file

    lang = cli_language()
    path = None if lang == "en" else translation_file(lang)
    catalogue = {}
    if path is not None:
        try:
            catalogue = read_qm(path.read_bytes())
        except (OSError, ValueError):
            pass  # an unreadable translation: English, as written
    use_catalogue(catalogue)
