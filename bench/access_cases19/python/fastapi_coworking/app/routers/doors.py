import ipaddress
import os

from fastapi import APIRouter, Depends, HTTPException, Request

from ..deps import get_current_member
from ..models import Member

router = APIRouter(prefix="/doors", tags=["doors"])

OFFICE_NETWORK = ipaddress.ip_network(os.environ.get("OFFICE_NETWORK", "10.20.0.0/16"))


def on_office_network(request: Request) -> None:
    # members may only buzz doors from inside the building's wifi
    forwarded = request.headers.get("x-forwarded-for")
    client = forwarded.split(",")[0].strip() if forwarded else request.client.host
    if ipaddress.ip_address(client) not in OFFICE_NETWORK:
        raise HTTPException(403, "doors can only be opened from the office network")


@router.post("/{door_id}/unlock", dependencies=[Depends(on_office_network)])
def unlock(door_id: str, me: Member = Depends(get_current_member)):
    from ..hardware import door_controller
    door_controller.pulse(door_id, seconds=5)
    return {"door": door_id, "opened_by": me.id}
