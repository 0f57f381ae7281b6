# CPython 3.11's limit on int <-> decimal str conversion (sys.set_int_max_str_digits)
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    int('7' * 4301)
except ValueError as e:
    print('ValueError:', e)
print(len(str(10 ** 4299)), int('9' * 4300) > 0, len(hex(big)) > 0)
sys.set_int_max_str_digits(0)
print(len(str(big)), len(str(int('1' * 6000))))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(repr(10 ** 4999)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print('ValueError:', e)
