"""Pure parsers for UN texts: text in, frozen dataclasses out, no Django imports."""
