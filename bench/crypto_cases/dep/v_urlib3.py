from urlib3 import PoolManager
