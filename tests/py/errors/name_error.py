# uncaught NameError for an undefined name
# check: stderr
print('start')
print(undefined_thing)
