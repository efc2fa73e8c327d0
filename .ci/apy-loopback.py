#!/usr/bin/python3
"""Starts Apertium APy listening on 127.0.0.1 only.

APy 0.11.7 has no bind-address option: its main() calls HTTPServer.bind(port), which listens on every
interface. This launcher forces the address of that one call to loopback, then runs APy's own main()
with the same arguments: `/usr/bin/python3 .ci/apy-loopback.py -p PORT /usr/share/apertium/modes`.
"""
import sys

import tornado.tcpserver

_bind = tornado.tcpserver.TCPServer.bind


def _bind_loopback(self, port, address=None, *args, **kwargs):
    return _bind(self, port, "127.0.0.1", *args, **kwargs)


tornado.tcpserver.TCPServer.bind = _bind_loopback

from apertium_apy.apy import main  # noqa: E402  (imported after the patch on purpose)

if __name__ == "__main__":
    sys.argv[0] = "apertium-apy"
    sys.exit(main())
