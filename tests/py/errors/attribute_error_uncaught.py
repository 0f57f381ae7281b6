# uncaught AttributeError on a user class instance
# check: stderr
class Config:
    def __init__(self):
        self.debug = True
c = Config()
print(c.debug)
print(c.verbose)
