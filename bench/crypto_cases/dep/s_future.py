from __future__ import annotations
import typing_extensions
import _thread
