# module-level global statements, globals() dict, module-level names from functions
global module_var
module_var = 'set at module level'
print(module_var)
def read():
    return module_var
def write(v):
    global module_var
    module_var = v
write('changed')
print(read(), module_var)
g = globals()
g['injected'] = 'via globals()'
print(injected)
print('read' in g, 'nonexistent' in g, g is globals())
def make_global(name, value):
    globals()[name] = value
make_global('dynamic_name', 123)
print(dynamic_name)
def local_names():
    a = 1
    b = 2
    return sorted(locals())
print(local_names())
counter = 0
for _ in range(3):
    counter += 1
print(counter)
if True:
    inside_if = 'module scope still'
print(inside_if)
for loop_leak in range(3):
    pass
print(loop_leak)
