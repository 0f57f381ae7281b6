# uncaught TypeError from mixing str and int
# check: stderr
total = 'sum: ' + 5
