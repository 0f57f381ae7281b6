# helper that raises at import time
print('helper starting')
value = 1 / 0
