"""Who the client is when a reverse proxy stands in front: ``X-Forwarded-For`` is believed only when the
connection comes from a configured proxy (``HARMLEDGER_TRUSTED_PROXIES``; none by default).

Anyone can send the header, so believing it from any client let a guesser pick a new address for every
login attempt and never reach the per-address limit. From a trusted proxy the header is read from the
right (the proxy appends the address it saw) and the first address that is not itself a trusted proxy
is the client's: entries further left were written by the client and prove nothing.
"""

from __future__ import annotations

import ipaddress
from typing import TypeAlias

from fastapi import Request

from .._errors import ConfigError

Network: TypeAlias = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(spec: str) -> list[Network]:
    """``"10.0.0.1, 192.168.0.0/16"`` as networks (an address is a network of one)."""
    networks: list[Network] = []
    for part in spec.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError as exc:
            raise ConfigError(f"HARMLEDGER_TRUSTED_PROXIES: {part!r} is not an IP address or network; "
                              "give addresses like 127.0.0.1 or 10.0.0.0/8, separated by commas") from exc
    return networks


class TrustedProxies:
    def __init__(self, spec: str = "") -> None:
        self.networks = parse_networks(spec)

    def trusts(self, host: str | None) -> bool:
        if not host or not self.networks:
            return False
        try:
            address = ipaddress.ip_address(host.strip().strip("[]"))
        except ValueError:
            return False
        return any(address in network for network in self.networks)

    def client(self, peer: str | None, forwarded_for: list[str]) -> str:
        """The client's address, given the connection's peer and every X-Forwarded-For header value."""
        if not self.trusts(peer):
            return peer or "unknown"
        hops = [hop.strip() for value in forwarded_for for hop in value.split(",") if hop.strip()]
        for hop in reversed(hops):
            if not self.trusts(hop):
                return hop
        return hops[0] if hops else (peer or "unknown")


def client_address(request: Request) -> str:
    """The address the request came from, proxies taken into account as configured."""
    proxies: TrustedProxies | None = getattr(request.app.state, "proxies", None)
    peer = request.client.host if request.client else None
    if proxies is None:
        return peer or "unknown"
    return proxies.client(peer, request.headers.getlist("x-forwarded-for"))
