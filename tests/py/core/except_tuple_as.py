# except with tuples, as-binding, name deleted after the block
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except (ValueError, TypeError):
        return 'value or type'
    except Exception as e:
        return 'other: ' + type(e).__name__
for exc in [KeyError('a'), IndexError(), ValueError(), TypeError(), ZeroDivisionError(), RuntimeError()]:
    print(classify(exc))
e = 'outer value'
try:
    raise ValueError('inner')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def f():
    x = 'kept'
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    return 'x' in locals()
print(f())
handlers = (ValueError, KeyError)
try:
    raise KeyError('dynamic tuple')
except handlers as e:
    print('caught via tuple variable', e)
try:
    raise ValueError('v')
except (TypeError, KeyError, ValueError) as e:
    print('three-way tuple', e)
try:
    try:
        raise ValueError('bad handler')
    except 5:
        pass
except TypeError as e:
    print('TypeError:', e)
exc_saved = None
try:
    raise IndexError('saved')
except IndexError as e:
    exc_saved = e
print(repr(exc_saved))
