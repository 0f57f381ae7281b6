# raise ... from ...: __cause__, __suppress_context__, from None
class AppError(Exception):
    pass
def load():
    try:
        {}['cfg']
    except KeyError as e:
        raise AppError('config missing') from e
try:
    load()
except AppError as e:
    print(e, '| cause:', repr(e.__cause__), '| suppress:', e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('clean') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise RuntimeError('direct') from KeyError('unrelated')
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    raise ValueError('x') from TypeError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError:', e)
e = ValueError('no cause')
print(e.__cause__, e.__context__, e.__suppress_context__)
