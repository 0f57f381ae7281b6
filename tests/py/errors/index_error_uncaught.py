# uncaught IndexError in a loop after partial output
# check: stderr
items = [1, 2, 3]
for i in range(5):
    print(items[i])
