"""Questions in from Moodle XML, GIFT, Aiken and CSV; items out to Anki, Moodle XML and GIFT."""
