FLAGS = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80]
PORTS = [22, 80, 443, 8080, 8443, 3306, 5432, 6379]

def has_flag(value, index):
    return bool(value & FLAGS[index])
