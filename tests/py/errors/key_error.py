# uncaught KeyError shows the repr of the key
# check: stderr
d = {'present': 1}
print(d['present'])
print(d['missing'])
