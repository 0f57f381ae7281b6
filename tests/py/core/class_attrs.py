# class attributes vs instance attributes, shadowing, shared mutable class attrs
class Dog:
    species = 'canine'
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog('a')
b = Dog('b')
print(a.species, b.species, Dog.species, Dog.count)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = 'changed'
print(a.species, b.species)
a.add_trick('roll')
b.add_trick('sit')
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
class Better:
    def __init__(self):
        self.tricks = []
x, y = Better(), Better()
x.tricks.append(1)
print(x.tricks, y.tricks)
print('name' in a.__dict__, 'species' in a.__dict__, 'species' in Dog.__dict__)
a.count = 100
print(a.count, b.count, Dog.count)
class Config:
    debug = False
    level = 1
c = Config()
c.debug = True
print(c.debug, Config.debug, Config().debug)
print(sorted(k for k in vars(c)))
class Sub(Dog):
    species = 'sub-canine'
s = Sub('s')
print(s.species, s.count, Dog.count, Sub.count)
print(getattr(Sub, 'tricks') is Dog.tricks)
