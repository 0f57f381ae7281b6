# break and continue inside try/finally and try/except
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('loop done')
i = 0
while True:
    try:
        i += 1
        if i > 2:
            break
    finally:
        print('while finally', i)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if e.args[0] == 1:
            continue
        print('handled', e)
    finally:
        print('cleanup', i)
def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print('inner', i)
        finally:
            print('outer', i)
    return 'after loop'
print(f())
def g():
    result = []
    for i in range(5):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append('f')
    return result
print(g())
def h():
    for i in range(3):
        try:
            return i
        finally:
            break
    return 'break in finally cancelled the return'
print(h())
