import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a)
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2); print(copy.deepcopy(t2) is t2)
for x in [1, 'str', None, 2.5, True, (1, 2), frozenset([1]), range(3), len]:
    print(repr(copy.copy(x)), copy.deepcopy(x) == x)
st = {1, 2}; print(copy.copy(st) == st, copy.copy(st) is st)
dd = {'a': [1]}; c = copy.copy(dd); c['a'].append(2); print(dd)
c = copy.deepcopy(dd); c['a'].append(3); print(dd, c)
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, [2])
q = copy.copy(p)
print(type(q).__name__, q.x, q.y is p.y, q is p)
r = copy.deepcopy(p)
print(r.x, r.y, r.y is p.y)
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2[1] is not rec, len(r2))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
class C:
    def __init__(self):
        self.v = 1
    def __copy__(self):
        print('__copy__ called')
        n = C(); n.v = self.v + 100; return n
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        n = C(); n.v = self.v + 1000; return n
print(copy.copy(C()).v, copy.deepcopy(C()).v)
print(copy.deepcopy([C()])[0].v)
memo = {}
obj = [1, 2]
r = copy.deepcopy(obj, memo)
print(id(obj) in memo, memo[id(obj)] is r)
class Node:
    def __init__(self, v):
        self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is not n1)
class Slotted:
    def __init__(self):
        self.a = {'z': 1}
o = copy.deepcopy(Slotted()); print(o.a)
print(copy.copy(P) is P, copy.deepcopy(P) is P)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
from collections import OrderedDict, defaultdict, deque, Counter
od = OrderedDict(a=[1]); od2 = copy.deepcopy(od); od2['a'].append(2)
print(repr(od), repr(od2), type(od2).__name__)
df = defaultdict(list, a=[1]); df2 = copy.deepcopy(df); df2['a'].append(5); df2['n'].append(0)
print(repr(df), repr(df2))
dq = deque([[1]], maxlen=4); dq2 = copy.deepcopy(dq); dq2[0].append(2)
print(repr(dq), repr(dq2))
dq3 = copy.copy(dq); print(dq3[0] is dq[0], repr(dq3))
ct = Counter('aab'); print(repr(copy.copy(ct)), repr(copy.deepcopy(ct)))
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
pt = Pt([1], 2)
print(repr(copy.copy(pt)), repr(copy.deepcopy(pt)), copy.deepcopy(pt).x is pt.x, copy.copy(pt).x is pt.x)
class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 't'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, list(ml2), ml2.tag, ml2[1] is ml[1])
class MyDict(dict):
    pass
md = MyDict(a=[1]); md.extra = 3
md2 = copy.copy(md)
print(type(md2).__name__, dict(md2), md2.extra, md2['a'] is md['a'])
class WithState:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.b = 'restored'
w = copy.deepcopy(WithState())
print(w.a, w.b)
