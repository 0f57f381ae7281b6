# raising the recursion limit allows recursion 50000 deep
import sys
sys.setrecursionlimit(100000)
def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)
print(total(50000))
def depth(n, acc):
    if n == 0:
        return acc
    return depth(n - 1, acc + 1)
print(depth(50000, 0))
print(sys.getrecursionlimit())
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(40000), odd(40001))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(30000):
    head = Node(head)
print(head.length())
def build(n):
    return [] if n == 0 else [build(n - 1)]
def nest_depth(x):
    return 0 if not x else 1 + nest_depth(x[0])
print(nest_depth(build(20000)))
