"""Writes to draft reports: generation, section saves and proposals, imports, workflow."""
