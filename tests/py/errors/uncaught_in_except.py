# exception raised inside an except block: chained traceback, last line is the new one
# check: stderr
try:
    {}['key']
except KeyError:
    print('handling KeyError')
    raise RuntimeError('failed while handling')
