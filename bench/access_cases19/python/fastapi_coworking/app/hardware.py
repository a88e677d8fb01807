import os

import httpx


class DoorController:
    """Talks to the access-control panel on the building LAN."""

    def __init__(self, base_url: str, api_key: str):
        self._client = httpx.Client(base_url=base_url, headers={"X-Api-Key": api_key}, timeout=3)

    def pulse(self, door_id: str, seconds: int) -> None:
        self._client.post(f"/doors/{door_id}/pulse", json={"seconds": seconds}).raise_for_status()


door_controller = DoorController(os.environ.get("DOOR_PANEL_URL", "http://10.20.0.5"),
                                 os.environ.get("DOOR_PANEL_KEY", ""))
