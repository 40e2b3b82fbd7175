"""A small, fast ASGI toolkit: requests, responses, errors and routing.

The gateway serves a handful of fixed routes at high rates, so it speaks ASGI directly rather
than through a framework: every allocation on the request path is one we chose.
"""
