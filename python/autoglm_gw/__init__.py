"""autoglm-gw: the in-car booking gateway."""

__version__ = "0.1.0"
