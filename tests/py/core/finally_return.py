# finally overriding return, return in finally swallowing exceptions, order of evaluation
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(f3())
def f4():
    x = 'original'
    try:
        return x
    finally:
        x = 'modified'
print(f4())
def f5():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f5())
def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'end'
print(f6())
def f7():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f7())
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('f8 finally')
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k')
    finally:
        return 'finally wins over except raise'
print(f9())
