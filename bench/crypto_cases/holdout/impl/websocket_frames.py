"""Minimal WebSocket frame parser for the debug console."""

import struct


def unmask_payload(payload: bytes, mask: bytes) -> bytes:
    return bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def parse_frame(frame: bytes) -> tuple[int, bytes]:
    opcode = frame[0] & 0x0F
    length = frame[1] & 0x7F
    offset = 2
    if length == 126:
        (length,) = struct.unpack(">H", frame[2:4])
        offset = 4
    elif length == 127:
        (length,) = struct.unpack(">Q", frame[2:10])
        offset = 10
    mask = frame[offset:offset + 4]
    return opcode, unmask_payload(frame[offset + 4:offset + 4 + length], mask)
