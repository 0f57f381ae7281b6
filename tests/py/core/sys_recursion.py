# sys.getrecursionlimit / setrecursionlimit
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit('10')
except TypeError as e:
    print('TypeError:', e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
