# recursive generators walking a tree
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(tree))

def preorder(node, depth=0):
    yield depth, node.value
    for c in node.children:
        yield from preorder(c, depth + 1)

for depth, value in preorder(tree):
    print("  " * depth + str(value))

def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.value

print(list(postorder(tree)))

def leaves(node):
    if not node.children:
        yield node.value
    for c in node.children:
        yield from leaves(c)

print(list(leaves(tree)))

def paths(node, prefix=()):
    prefix = prefix + (node.value,)
    if not node.children:
        yield prefix
    for c in node.children:
        yield from paths(c, prefix)

for p in paths(tree):
    print(p)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(list(permutations([1, 2, 3])))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)

print(list(hanoi(3, "A", "C", "B")))
print(sum(1 for _ in hanoi(10, "A", "C", "B")))
