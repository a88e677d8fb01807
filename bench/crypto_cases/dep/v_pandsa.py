import pandsa as pd
