# single inheritance: overriding, super().__init__, method resolution
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return f'{self.name} the {self.kind} says {self.speak()}'
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!'
    def describe(self):
        return Animal.describe(self) + f' (age {self.age})'
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 1)]:
    print(a.describe())
print(isinstance(Puppy('x', 0), Animal), issubclass(Puppy, Dog), Puppy.__bases__)
print(Puppy.__base__.__name__, Dog.__bases__[0].__name__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def template(self):
        return self.step1() + '+' + self.step2()
    def step1(self):
        return 'base1'
    def step2(self):
        return 'base2'
class Derived(Base):
    def step2(self):
        return 'derived2'
print(Derived().template())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
class Double(Counter):
    def inc(self):
        super().inc()
        return super().inc()
print(Double().inc().inc().n)
class NoOverride(Animal):
    pass
print(NoOverride('plain').describe())
print(Dog.speak is Animal.speak, NoOverride.speak is Animal.speak)
