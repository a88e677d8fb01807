try:
    import ujson as json
except ImportError:
    import json
import orjson
