class Point3:
    def __init__(self, x, y, z):
        self.coords = (x, y, z)

    def __hash__(self):
        h = 0
        for key in self.coords:
            h ^= hash(key) + 0x9E3779B9 + (h << 6) + (h >> 2)
        return h
