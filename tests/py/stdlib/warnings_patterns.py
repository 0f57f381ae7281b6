# filterwarnings with message and module regular expressions.
# check: stderr
import warnings
warnings.filterwarnings("ignore", message="spam.*")
warnings.filterwarnings("error", message="boom", category=UserWarning)
warnings.warn("spam and eggs")
warnings.warn("SPAM is case-insensitive")
try:
    warnings.warn("boom now")
except UserWarning as e:
    print("raised", e)
warnings.filterwarnings("ignore", module="__ma.n__")
warnings.warn("ignored by module pattern")
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="other")
print([f[0] for f in warnings.filters][:1], warnings.filters[0][3].pattern)
warnings.warn("shown")
