# async methods, staticmethods, classmethods and async dunder methods
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Account:
    rate = 2
    def __init__(self, balance):
        self.balance = balance
    async def deposit(self, amount):
        self.balance += amount
        return self.balance
    @staticmethod
    async def validate(amount):
        if amount < 0:
            raise ValueError("negative amount")
        return True
    @classmethod
    async def create(cls, balance):
        return cls(balance * cls.rate)
    async def __call__(self, x):
        return "called with %r" % (x,)

async def main():
    acc = await Account.create(5)
    print(type(acc).__name__, acc.balance)
    print(await acc.deposit(7))
    print(await Account.validate(3))
    try:
        await Account.validate(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(await acc("arg"))
    bound = acc.deposit
    print(await bound(1), await bound(1))
    return acc.balance

print(run(main()))

# inheritance and super() in async methods
class Base:
    async def describe(self):
        return ["base"]

class Child(Base):
    async def describe(self):
        parts = await super().describe()
        return parts + ["child"]

class GrandChild(Child):
    async def describe(self):
        return await super().describe() + ["grandchild"]

print(run(GrandChild().describe()))

# coroutine functions are plain functions until called
print(type(Account.deposit).__name__, type(Account(0).deposit).__name__)
c = Account(1).deposit(1)
print(type(c).__name__, c.__qualname__)
c.close()

# async lambda does not exist, but a lambda can return a coroutine
make = lambda v: Account(v).deposit(1)
print(run(make(41)))
