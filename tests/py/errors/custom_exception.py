# uncaught user-defined exception class with a message
# check: stderr
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    pass
def buy(item):
    raise OutOfStock(f'no {item} left')
print('buying')
buy('widgets')
