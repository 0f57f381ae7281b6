# classes: __init__, methods, instance state, self, method binding
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p)
p.move(1, 1).move(1, 1)
print(p)
q = Point(1)
print(q, q.norm2())
m = p.norm2
print(m(), Point.norm2(p))
p.z = 'dynamic'
print(p.z, hasattr(q, 'z'))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, type(e).__name__)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
for i in range(3):
    s.push(i)
print(len(s), s.pop(), len(s))
s2 = Stack()
print(len(s2), s.items is s2.items)
try:
    Point()
except TypeError as err:
    print('TypeError:', err)
class NoInit:
    def hello(self):
        return 'hello from ' + type(self).__name__
print(NoInit().hello())
try:
    NoInit(1)
except TypeError as err:
    print('TypeError:', err)
class Returns:
    def __init__(self):
        self.v = 1
print(Returns().v)
