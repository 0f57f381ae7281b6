# sys.implementation: a namespace describing the interpreter.
import sys
impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower(), hasattr(impl, "cache_tag"))
print(impl.version[:2] == sys.version_info[:2], impl.version.major, impl.hexversion == sys.hexversion)
print(repr(impl).startswith("namespace(name="))
