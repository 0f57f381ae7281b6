# SyntaxError: 'yield' outside function (also for yield from at module level)
# check: stderr
print("never printed")
def fine():
    yield from range(3)
yield from fine()
