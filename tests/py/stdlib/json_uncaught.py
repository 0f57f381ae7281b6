# An uncaught JSONDecodeError is reported with its module-qualified name.
# check: stderr
import json
print(json.loads('{"ok": true}'))
json.loads('{"a": [1, 2,]}')
