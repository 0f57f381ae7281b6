# nested try blocks: inner handles, outer handles, re-raise across levels
def level(n):
    try:
        try:
            if n == 0:
                raise ValueError('v')
            if n == 1:
                raise KeyError('k')
            if n == 2:
                raise TypeError('t')
            return 'none'
        except ValueError as e:
            return 'inner caught ' + str(e)
        finally:
            print('  inner finally', n)
    except KeyError as e:
        return 'outer caught ' + repr(e)
    finally:
        print('  outer finally', n)
for n in range(4):
    try:
        print(n, level(n))
    except TypeError as e:
        print(n, 'escaped', e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        except KeyError as e2:
            print('handled second inside first handler', e2)
        print('still in first handler')
except Exception:
    print('not reached')
def deep(n):
    if n == 0:
        raise RuntimeError('bottom')
    try:
        deep(n - 1)
    finally:
        print('unwinding', n)
try:
    deep(3)
except RuntimeError as e:
    print('caught', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print('outer got', type(e).__name__, e)
