# class-level counters, instance tracking, ids assigned from class state
class Widget:
    created = 0
    registry = {}
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        Widget.registry[self.id] = name
    @classmethod
    def reset(cls):
        cls.created = 0
        cls.registry = {}
ws = [Widget(n) for n in 'abc']
print([w.id for w in ws], Widget.created, Widget.registry)
Widget.reset()
print(Widget.created, Widget.registry, Widget('d').id)
class Sub(Widget):
    created = 100
s = Sub('sub')
print(s.id, Widget.created, Sub.created)
class SelfCounter:
    n = 0
    def __init__(self):
        self.n += 1
sc1, sc2 = SelfCounter(), SelfCounter()
print(sc1.n, sc2.n, SelfCounter.n)
class TypeCounter:
    n = 0
    def __init__(self):
        type(self).n += 1
class TC2(TypeCounter):
    pass
TypeCounter(); TC2(); TC2()
print(TypeCounter.n, TC2.n)
