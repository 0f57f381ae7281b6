# bare raise re-raises the current exception; raise in nested handlers
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('caught again:', e)
def g():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise TypeError('b')
        except TypeError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('re-raised the outer one:', repr(e))
except TypeError as e:
    print('wrong one', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def h():
    try:
        raise ValueError('saved')
    except ValueError as e:
        err = e
    raise err
try:
    h()
except ValueError as e:
    print('raised saved exception:', e)
def k(exc_class):
    raise exc_class
for cls in (ValueError, IndexError):
    try:
        k(cls)
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise TypeError('in try')
except TypeError as e:
    try:
        raise
    except TypeError as again:
        print(again is e)
