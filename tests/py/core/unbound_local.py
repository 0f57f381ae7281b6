# UnboundLocalError: assignment anywhere in a function makes a name local
x = 10
def reads_global():
    return x
def assigns_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 5
    return x
print(reads_global())
print(assigns_later())
def aug():
    try:
        x += 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
aug()
def with_global():
    global x
    x += 1
    return x
print(with_global(), x)
def conditional(flag):
    if flag:
        val = 'set'
    try:
        return val
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(conditional(True), conditional(False))
def loop_var():
    for i in range(0):
        pass
    try:
        return i
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(loop_var())
print(issubclass(UnboundLocalError, NameError))
def caught_as_nameerror():
    try:
        z
        z = 1
    except NameError as e:
        return type(e).__name__
print(caught_as_nameerror())
