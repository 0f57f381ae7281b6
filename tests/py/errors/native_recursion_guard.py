# check: stderr
# recursion that runs through native code (repr calling __repr__) ends in
# RecursionError, never a native stack overflow
class Loop:
    def __repr__(self):
        return repr(self)

try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError caught")

class Deep:
    def __init__(self, child):
        self.child = child
    def __eq__(self, other):
        return self.child == other.child

a = None
b = None
for i in range(100000):
    a, b = Deep(a), Deep(b)
print(a == b)
