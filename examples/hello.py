"""A first coil program: functions, classes, generators and exceptions."""


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

    def greet(self, times=1):
        return " ".join([f"Hello, {self.name}!"] * times)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


if __name__ == "__main__":
    print(Greeter("coil").greet(2))
    print("fib(90) =", fib(90))
    print("2**100 =", 2 ** 100)
    print("countdown:", list(countdown(5)))
    squares = {n: n * n for n in range(1, 6)}
    print("squares:", squares)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught:", repr(e))
