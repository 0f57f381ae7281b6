# NameError / UnboundLocalError messages and unpacking ValueErrors
def show(fn):
    try:
        fn()
        print('no error')
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
def use_undefined():
    return undefined_variable
show(use_undefined)
def unbound():
    print(x)
    x = 1
show(unbound)
def unbound_aug():
    count += 1
show(unbound_aug)
def unbound_del():
    y = 1
    del y
    return y
show(unbound_del)
def unpack2():
    a, b = [1, 2, 3]
show(unpack2)
def unpack3():
    a, b, c = [1, 2]
show(unpack3)
def unpack_str():
    a, b = 'xyz'
show(unpack_str)
def unpack_int():
    a, b = 5
show(unpack_int)
def unpack_none():
    a, b = None
show(unpack_none)
def unpack_star():
    a, b, *c, d = [1, 2]
show(unpack_star)
def unpack_dict():
    a, b, c = {'k': 1}
show(unpack_dict)
def unpack_gen():
    a, b = (i for i in range(5))
show(unpack_gen)
x = 'global'
def shadowed():
    if False:
        x = 'local'
    return x
show(shadowed)
def closure_unbound():
    def inner():
        return v
    r = None
    try:
        r = inner()
    finally:
        pass
    v = 1
    return r
show(closure_unbound)
show(lambda: [undefined_in_lambda for _ in range(1)])
show(lambda: print(__undefined__))
