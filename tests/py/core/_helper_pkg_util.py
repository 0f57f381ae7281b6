# second helper module, imports the first one
import _helper_mod
def twice_constant():
    return _helper_mod.CONSTANT * 2
name_seen = __name__
