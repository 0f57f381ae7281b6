# __name__ of the main script vs imported module; if __name__ == '__main__'
import _helper_mod
print(__name__)
print(_helper_mod.__name__)
def main():
    print('main() called')
if __name__ == '__main__':
    main()
else:
    print('not main')
print(globals()['__name__'])
import sys
print(sys.modules['__main__'].__name__ if '__main__' in sys.modules else 'no __main__')
print(type(__builtins__).__name__ in ('module', 'dict'))
def helper_name():
    return __name__
print(helper_name())
class K:
    pass
print(K.__module__, _helper_mod.Thing.__module__, _helper_mod.add.__module__)
print(main.__module__)
import _helper_mod as again
print(again.__name__ == '_helper_mod', __name__ == '__main__')
