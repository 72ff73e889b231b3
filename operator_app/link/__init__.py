"""The station-controller link: register map, RTU framing, client, URLs. No Qt here."""
