# implicit exception chaining via __context__
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    finally:
        raise RuntimeError('from finally')
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__)
try:
    try:
        raise TypeError('a')
    except TypeError:
        try:
            raise ValueError('b')
        except ValueError:
            raise KeyError('c')
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
try:
    raise ValueError('no chain')
except ValueError as e:
    print(e.__context__)
def handler():
    try:
        raise IndexError('inner')
    except IndexError:
        return ValueError('created in handler')
e = handler()
print(repr(e), e.__context__)
try:
    try:
        raise ValueError('x')
    except ValueError as inner:
        raise inner
except ValueError as e:
    print('self context:', e.__context__)
