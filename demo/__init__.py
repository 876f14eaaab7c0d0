"""The bundled offline sample site and the `make demo` driver."""
