"""Bank files: the YAML authoring format, its validator, and import into the database."""
