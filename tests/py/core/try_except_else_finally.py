# try/except/else/finally in all combinations
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('boom')
        log.append('try-end')
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(False))
print(run(True))
try:
    print('try only with finally')
finally:
    print('finally runs')
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally before propagation')
except KeyError as e:
    print('outer caught', e)
try:
    x = 1
except Exception:
    print('not printed')
else:
    print('else, x =', x)
def multi(v):
    try:
        if v == 0:
            raise ZeroDivisionError('zero')
        if v == 1:
            raise TypeError('type')
        if v == 2:
            raise KeyError('key')
        return 'ok'
    except ZeroDivisionError:
        return 'zde'
    except (TypeError, ValueError) as e:
        return 'tv ' + str(e)
    except Exception as e:
        return 'other ' + type(e).__name__
for v in range(4):
    print(v, multi(v))
try:
    pass
finally:
    print('empty try finally')
def else_exc():
    try:
        pass
    except ValueError:
        return 'handler'
    else:
        raise ValueError('from else')
try:
    else_exc()
except ValueError as e:
    print('else exception not caught by own handler:', e)
