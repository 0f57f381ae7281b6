def jumping_range(up_to):
    index = 0
    while index < up_to:
        jump = yield index
        if jump is None:
            jump = 1
        index += jump
if __name__ == '__main__':
    iterator = jumping_range(5)
    print(next(iterator))      # 0
    print(iterator.send(2))    # 2
    print(next(iterator))      # 3
    print(iterator.send(-1))   # 2
    for x in iterator:
        print(x)               # 3, 4
    # more of the same generator
    it = jumping_range(20)
    out = [next(it)]
    for jump in [3, 5, None, 2, -4, 10]:
        out.append(it.send(jump))
    print(out)
    print(list(it))
    it2 = jumping_range(3)
    print(list(it2))
    it3 = jumping_range(10)
    next(it3)
    try:
        it3.send(100)
    except StopIteration:
        print("jumped past the end")
    print(list(jumping_range(0)))
