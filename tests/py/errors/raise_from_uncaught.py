# uncaught raise ... from ...: last line is the outer exception
# check: stderr
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f'bad input {s!r}') from e
print(parse('5'))
print(parse('x'))
